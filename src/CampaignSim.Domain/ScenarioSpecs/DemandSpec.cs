namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>A demand workers press on the employer.</summary>
public sealed record DemandSpec
{
    /// <summary>Identifier (letters, digits, dashes), shown in reports.</summary>
    [Setting("id", "letters, digits, dashes; unique in the workplace", "— label of the demand")]
    public string Id { get; init; } = "demand";

    /// <summary>Wage or non-wage.</summary>
    [Setting("choice", "", "situation: a demand is non-wage unless it asks for a raise")]
    public DemandKind Kind { get; init; } = DemandKind.NonWage;

    /// <summary>Wage demands: percent raise asked.</summary>
    [Parameter(0, 100, "% raise", "situation per scenario; sources §3 for realistic asks (the default `raise` asks 10%)", Kind = ParameterKind.Situation, RangeText = "0–100; above 0 for wage demands")]
    public double WagePct { get; init; }

    /// <summary>
    /// Non-wage demands: cost to the employer in weeks of payroll over its planning horizon. Wage demands: multiplier on
    /// the raise's payroll cost (1 = just the raise).
    /// </summary>
    [Parameter(0, 52, "weekly payrolls (non-wage); multiplier (wage)", "situation: half a week's payroll over the horizon for a non-wage demand", Kind = ParameterKind.Situation, RangeText = "0–52 (non-wage); 0–10 (wage)")]
    public double Cost { get; init; } = 0.5;

    /// <summary>Share of grievance relieved when the demand is won.</summary>
    [Parameter(0, 1, "share of grievance", "assumption: a win relieves part, not all, of the anger")]
    public double GrievanceRelief { get; init; } = 0.3;

    /// <summary>
    /// Ids of the job classes the demand concerns; empty (the default) means every class. A raise won on the floor
    /// reaches these classes, its cost counts their payroll, and outcomes per job class count the demand for them.
    /// </summary>
    [Setting("job class ids", "ids of the workplace's job classes, at most 50; empty = all", "situation per scenario: whom a demand is for; a wage demand raises only those classes' pay and costs their share of payroll")]
    public IReadOnlyList<string> JobClasses { get; init; } = [];
}
