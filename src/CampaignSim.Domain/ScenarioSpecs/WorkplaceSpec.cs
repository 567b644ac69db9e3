namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>One workplace: its workforce, mainstream union, contract, employer, demands and shocks.</summary>
public sealed record WorkplaceSpec
{
    /// <summary>Identifier used in reports and events (letters, digits, dashes).</summary>
    [Setting("id", "letters, digits, dashes; unique", "— label used in reports and events")]
    public string Id { get; init; } = "workplace";

    /// <summary>Readable name.</summary>
    [Setting("text", "not empty", "— label shown in reports")]
    public string Name { get; init; } = "Workplace";

    /// <summary>
    /// Organizing model fixed for this workplace (a model id), or null when the model is the one under comparison.
    /// Used by city-wide scenarios where each workplace has already chosen its model.
    /// </summary>
    [Setting("model id", "a model id or null", "— pins a workplace's model in city-wide scenarios; null = the model under comparison")]
    public string? Model { get; init; }

    /// <summary>Number of workers.</summary>
    [Parameter(2, 100000, "workers", "situation: a mid-sized workplace; set to the user's own", Kind = ParameterKind.Situation)]
    public int Workers { get; init; } = 200;

    /// <summary>Number of departments (or shifts) workers are spread over (1 to the workplace's workers). Ties are dense within one.</summary>
    [Parameter(1, 100000, "departments", "situation: departments of about 40 workers; ties are dense within one", Kind = ParameterKind.Situation, RangeText = "1–workers")]
    public int Departments { get; init; } = 5;

    /// <summary>Job classes (crafts); shares must sum to 1.</summary>
    public IReadOnlyList<JobClassSpec> JobClasses { get; init; } = [new JobClassSpec()];

    /// <summary>Share of workers on probation at the start.</summary>
    [Parameter(0, 1, "share 0–1", "situation: turnover of a typical year", Kind = ParameterKind.Situation)]
    public double ProbationaryShare { get; init; } = 0.10;

    /// <summary>
    /// Share of the workforce that quits in a year, each replaced at once by a new hire (docs/ODD.md §7.2, turnover); 0,
    /// the default, for a workplace whose scenario states none.
    /// </summary>
    [Parameter(0, 3, "share of the workforce a year", "situation: quits were 2.4% of private-sector employment a month in 2023–2024, about 0.29 a year (BLS JOLTS, docs/sources.md §8); 0 unless the scenario states its workplace's", Kind = ParameterKind.Situation)]
    public double Turnover { get; init; }

    /// <summary>Length of probation.</summary>
    [Parameter(0, 52, "weeks", "situation: a common 90-day probation", Kind = ParameterKind.Situation)]
    public int ProbationWeeks { get; init; } = 13;

    /// <summary>Social ties between workers.</summary>
    public NetworkSpec Network { get; init; } = new();

    /// <summary>Distribution of participation thresholds (Granovetter 1978).</summary>
    public ThresholdSpec Thresholds { get; init; } = new();

    /// <summary>Initial grievance, 0–1 (how aggrieved workers are about conditions).</summary>
    [ProfileSource(nameof(DistributionSpec.Mean), "situation: aggrieved but not boiling over (wildcats start above 0.7)")]
    [ProfileSource(nameof(DistributionSpec.Sd), "situation: a spread of views within a workforce")]
    public DistributionSpec Grievance { get; init; } = new() { Mean = 0.45, Sd = 0.15 };

    /// <summary>Initial fear of retaliation, 0–1.</summary>
    [ProfileSource(nameof(DistributionSpec.Mean), "situation: moderate fear; sources §1a reports interrogations and threats in more than half of campaigns")]
    [ProfileSource(nameof(DistributionSpec.Sd), "situation: coworkers differ in how exposed they feel, about as much as in how aggrieved")]
    public DistributionSpec Fear { get; init; } = new() { Mean = 0.35, Sd = 0.15 };

    /// <summary>Initial trust in the mainstream union, 0–1 (ignored when there is none).</summary>
    [ProfileSource(nameof(DistributionSpec.Mean), "situation: neutral trust in the mainstream union")]
    [ProfileSource(nameof(DistributionSpec.Sd), "situation: trust varies more than grievance")]
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
