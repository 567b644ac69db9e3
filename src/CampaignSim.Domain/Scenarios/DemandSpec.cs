namespace CampaignSim.Domain.Scenarios;

/// <summary>A demand workers press on the employer.</summary>
public sealed record DemandSpec
{
    /// <summary>Identifier (letters, digits, dashes), shown in reports.</summary>
    public string Id { get; init; } = "demand";

    /// <summary>Wage or non-wage.</summary>
    public DemandKind Kind { get; init; } = DemandKind.NonWage;

    /// <summary>Wage demands: percent raise asked, 0–100.</summary>
    public double WagePct { get; init; }

    /// <summary>
    /// Non-wage demands: cost to the employer in weeks of payroll over its planning horizon, 0–52.
    /// Wage demands: multiplier on the raise's payroll cost, 0–10 (1 = just the raise).
    /// </summary>
    public double Cost { get; init; } = 0.5;

    /// <summary>Share of grievance relieved when the demand is won, 0–1. Assumption: 0.3.</summary>
    public double GrievanceRelief { get; init; } = 0.3;

    /// <summary>
    /// Ids of the job classes the demand concerns; empty (the default) means every class. A raise won on the floor
    /// reaches these classes, its cost counts their payroll, and outcomes per job class count the demand for them.
    /// </summary>
    public IReadOnlyList<string> JobClasses { get; init; } = [];
}
