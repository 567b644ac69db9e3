namespace CampaignSim.Domain.Scenarios;

/// <summary>A scheduled change in the situation.</summary>
public sealed record ShockSpec
{
    /// <summary>Week it happens, 0–weeks.</summary>
    public int Week { get; init; }

    /// <summary>What happens.</summary>
    public ShockKind Kind { get; init; }

    /// <summary>Layoff: number of workers laid off, 1–workers.</summary>
    public int Count { get; init; }

    /// <summary>ActionUnderWay: share of workers already in action, 0–1. ConditionsWorsen: grievance added, 0–1.</summary>
    public double Size { get; init; }
}
