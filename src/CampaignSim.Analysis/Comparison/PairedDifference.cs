using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// A model minus the baseline on one metric, replication by replication (the same seed for both), with the
/// 95% confidence interval of the mean difference (Student's t).
/// </summary>
/// <param name="Metric">Metric id.</param>
/// <param name="MeanDifference">Mean of (model − baseline).</param>
/// <param name="CiLow">Lower end of the interval.</param>
/// <param name="CiHigh">Upper end.</param>
public sealed record PairedDifference(string Metric, double MeanDifference, double CiLow, double CiHigh)
{
    /// <summary>Whether the interval excludes zero.</summary>
    public bool Clear => CiLow > 0 || CiHigh < 0;

    /// <summary><paramref name="runs"/> minus <paramref name="baseline"/> on a metric, run by run in replication order.</summary>
    public static PairedDifference Of(OutcomeMetric metric, RunTable runs, RunTable baseline)
    {
        var diffs = runs.Values(metric).Zip(baseline.Values(metric), (a, b) => a - b).ToArray();
        var mean = Statistics.Mean(diffs);
        var half = Statistics.HalfWidth95(diffs, mean);
        return new PairedDifference(metric.Id, mean, mean - half, mean + half);
    }
}
