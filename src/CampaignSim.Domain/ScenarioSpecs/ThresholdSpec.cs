namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>Participation thresholds: the share of a worker's ties that must be in an action before she joins.</summary>
public sealed record ThresholdSpec
{
    /// <summary>Distribution shape. Default normal.</summary>
    [Setting("choice", "", "assumption: Granovetter's normal example (sources §5)")]
    public ThresholdDistribution Distribution { get; init; } = ThresholdDistribution.Normal;

    /// <summary>Normal: mean.</summary>
    [Parameter(0, 1, "share of ties", "assumption: a little above Granovetter's 0.25 (sources §5), since workplace action carries risk", PlausibleMin = 0.1, PlausibleMax = 0.6, PlausibleBecause = "around Granovetter's typical 0.25 and the default 0.35 (sources §5)")]
    public double Mean { get; init; } = 0.35;

    /// <summary>Normal: standard deviation.</summary>
    [Parameter(0, 1, "share of ties", "assumption: just above the ≈0.12 at which Granovetter's cascade tips for mean 0.25 (sources §5)")]
    public double Sd { get; init; } = 0.15;

    /// <summary>Uniform and spread: lower bound.</summary>
    [Parameter(0, 1, "share of ties", "assumption: the bottom of the scale, so that some workers need nobody in first (uniform and spread only)", InertInShippedScenarios = "only the uniform and spread distributions read it, and every shipped scenario uses the normal one", RangeText = "0–1; at most `max`")]
    public double Min { get; init; } = 0.0;

    /// <summary>Uniform and spread: upper bound, at least <see cref="Min"/>.</summary>
    [Parameter(0, 1, "share of ties", "assumption: the top of the scale, so that some workers join only when all their ties are in (uniform and spread only)", InertInShippedScenarios = "only the uniform and spread distributions read it, and every shipped scenario uses the normal one", RangeText = "0–1; at least `min`")]
    public double Max { get; init; } = 1.0;
}
