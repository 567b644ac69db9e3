namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>A bounded, approximately normal distribution on [0, 1] (Irwin–Hall sum of twelve uniforms, clamped).</summary>
public sealed record DistributionSpec
{
    /// <summary>Mean of the level across workers.</summary>
    [Parameter(0, 1, "0–1 scale", "situation: set per use, below", Kind = ParameterKind.Situation, PlausibleMin = 0.1, PlausibleMax = 0.8, PlausibleBecause = "the middle of the scale, so that the spread is not mostly clamped; shipped scenarios use 0.3–0.7")]
    public double Mean { get; init; } = 0.5;

    /// <summary>Standard deviation of the level across workers.</summary>
    [Parameter(0, 1, "0–1 scale", "situation: set per use, below", Kind = ParameterKind.Situation)]
    public double Sd { get; init; } = 0.15;
}
