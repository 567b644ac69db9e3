namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>A scheduled change in the situation.</summary>
public sealed record ShockSpec
{
    /// <summary>Week it happens (0 to the campaign's weeks).</summary>
    [Parameter(0, 520, "week", "situation: required in every shock; 0 means week 1", Kind = ParameterKind.Situation, RangeText = "0–weeks")]
    public int Week { get; init; }

    /// <summary>What happens.</summary>
    [Setting("choice", "", "— required in every shock (docs/scenarios.md)")]
    public ShockKind Kind { get; init; }

    /// <summary>Layoff: number of workers laid off (1 to the workplace's workers).</summary>
    [Parameter(0, 100000, "workers", "situation: set by the scenario for a layoff", Kind = ParameterKind.Situation, RangeText = "layoff: 1–workers; otherwise absent")]
    public int Count { get; init; }

    /// <summary>ActionUnderWay: share of workers already in action. ConditionsWorsen: grievance added, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share 0–1", "situation: set by the scenario for those shocks", Kind = ParameterKind.Situation, RangeText = "action-under-way, conditions-worsen: 0–1; otherwise absent")]
    public double Size { get; init; }
}
