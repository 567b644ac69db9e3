namespace CampaignSim.Domain.Scenarios;

/// <summary>A bounded, approximately normal distribution on [0, 1] (Irwin–Hall sum of twelve uniforms, clamped).</summary>
public sealed record DistributionSpec
{
    /// <summary>Mean, 0–1.</summary>
    public double Mean { get; init; } = 0.5;

    /// <summary>Standard deviation, 0–1.</summary>
    public double Sd { get; init; } = 0.15;
}
