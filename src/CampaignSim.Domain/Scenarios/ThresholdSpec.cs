namespace CampaignSim.Domain.Scenarios;

/// <summary>Participation thresholds: the share of a worker's ties that must be in an action before she joins.</summary>
public sealed record ThresholdSpec
{
    /// <summary>Distribution shape. Default normal.</summary>
    public ThresholdDistribution Distribution { get; init; } = ThresholdDistribution.Normal;

    /// <summary>Normal: mean, 0–1. Assumption: 0.35 (Granovetter 1978 uses 0.25 as a typical mean).</summary>
    public double Mean { get; init; } = 0.35;

    /// <summary>Normal: standard deviation, 0–1. Assumption: 0.15.</summary>
    public double Sd { get; init; } = 0.15;

    /// <summary>Uniform and spread: lower bound, 0–1.</summary>
    public double Min { get; init; } = 0.0;

    /// <summary>Uniform and spread: upper bound, 0–1, at least <see cref="Min"/>.</summary>
    public double Max { get; init; } = 1.0;
}
