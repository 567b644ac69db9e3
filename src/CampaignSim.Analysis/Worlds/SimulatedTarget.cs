using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// What the simulation said about one target in one candidate world: the mean of its samples, their variance and how
/// many there were. The variance is that of single samples; <see cref="HistoryTarget.SimulationVariance"/> turns it into
/// the variance that belongs in the implausibility, which depends on whether the published figure is one case or many.
/// </summary>
/// <param name="Mean">Mean of the samples.</param>
/// <param name="RunVariance">Sample variance of single samples (n − 1 in the denominator), 0 for fewer than two.</param>
/// <param name="Samples">Number of samples; 0 when no run produced the measured event (the world then cannot be checked against the target and is implausible).</param>
public sealed record SimulatedTarget(double Mean, double RunVariance, int Samples)
{
    /// <summary>No sample: the candidate never produced what the target measures.</summary>
    public static SimulatedTarget None { get; } = new(double.NaN, double.NaN, 0);

    /// <summary>The mean, variance and count of a list of samples (summed in order, so the result does not depend on threads).</summary>
    public static SimulatedTarget FromSamples(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0) return None;
        var mean = Statistics.Mean(samples);
        var sd = Statistics.StandardDeviation(samples, mean);
        return new SimulatedTarget(mean, sd * sd, samples.Count);
    }
}
