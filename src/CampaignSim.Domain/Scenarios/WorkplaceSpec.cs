namespace CampaignSim.Domain.Scenarios;

/// <summary>One workplace: its workforce, mainstream union, contract, employer, demands and shocks.</summary>
public sealed record WorkplaceSpec
{
    /// <summary>Identifier used in reports and events (letters, digits, dashes).</summary>
    public string Id { get; init; } = "workplace";

    /// <summary>Readable name.</summary>
    public string Name { get; init; } = "Workplace";

    /// <summary>
    /// Organizing model fixed for this workplace (a model id), or null when the model is the one under comparison.
    /// Used by city-wide scenarios where each workplace has already chosen its model.
    /// </summary>
    public string? Model { get; init; }

    /// <summary>Number of workers, 2–100,000.</summary>
    public int Workers { get; init; } = 200;

    /// <summary>Number of departments (or shifts) workers are spread over, 1–workers. Ties are dense within one.</summary>
    public int Departments { get; init; } = 5;

    /// <summary>Job classes (crafts); shares must sum to 1.</summary>
    public IReadOnlyList<JobClassSpec> JobClasses { get; init; } = [new JobClassSpec()];

    /// <summary>Share of workers on probation at the start, 0–1. Assumption: 10% (turnover of a typical year).</summary>
    public double ProbationaryShare { get; init; } = 0.10;

    /// <summary>Length of probation in weeks, 0–52. Assumption: 13 (a common 90-day probation).</summary>
    public int ProbationWeeks { get; init; } = 13;

    /// <summary>Social ties between workers.</summary>
    public NetworkSpec Network { get; init; } = new();

    /// <summary>Distribution of participation thresholds (Granovetter 1978).</summary>
    public ThresholdSpec Thresholds { get; init; } = new();

    /// <summary>Initial grievance, 0–1 (how aggrieved workers are about conditions).</summary>
    public DistributionSpec Grievance { get; init; } = new() { Mean = 0.45, Sd = 0.15 };

    /// <summary>Initial fear of retaliation, 0–1.</summary>
    public DistributionSpec Fear { get; init; } = new() { Mean = 0.35, Sd = 0.15 };

    /// <summary>Initial trust in the mainstream union, 0–1 (ignored when there is none).</summary>
    public DistributionSpec TrustInUnion { get; init; } = new() { Mean = 0.5, Sd = 0.2 };

    /// <summary>Participation rule weights and organizing effects.</summary>
    public BehaviourSpec Behaviour { get; init; } = new();

    /// <summary>The worker-organizers' committee at the start.</summary>
    public CommitteeSpec Committee { get; init; } = new();

    /// <summary>The mainstream union, if any.</summary>
    public UnionSpec Union { get; init; } = new();

    /// <summary>The collective agreement, if any.</summary>
    public ContractSpec Contract { get; init; } = new();

    /// <summary>The employer.</summary>
    public EmployerSpec Employer { get; init; } = new();

    /// <summary>What the workers want; at least one.</summary>
    public IReadOnlyList<DemandSpec> Demands { get; init; } =
    [
        new DemandSpec { Id = "raise", Kind = DemandKind.Wage, WagePct = 10, Cost = 1.0 },
        new DemandSpec { Id = "staffing", Kind = DemandKind.NonWage, Cost = 0.5 },
    ];

    /// <summary>Scheduled shocks.</summary>
    public IReadOnlyList<ShockSpec> Shocks { get; init; } = [];
}
