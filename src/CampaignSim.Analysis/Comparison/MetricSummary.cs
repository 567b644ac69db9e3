namespace CampaignSim.Analysis.Comparison;

/// <summary>The distribution of one metric over a model's replications.</summary>
/// <param name="Mean">Mean.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="CiLow">Lower end of the 95% confidence interval of the mean (normal approximation).</param>
/// <param name="CiHigh">Upper end of that interval.</param>
public sealed record MetricSummary(double Mean, double P5, double P50, double P95, double CiLow, double CiHigh)
{
    /// <summary>Summarises values (percentiles by linear interpolation between order statistics, as R's type 7).</summary>
    public static MetricSummary Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return new MetricSummary(0, 0, 0, 0, 0, 0);
        var sorted = values.Order().ToArray();
        var mean = Statistics.Mean(values);
        var half = Statistics.HalfWidth95(values, mean);
        return new MetricSummary(mean, Statistics.Percentile(sorted, 0.05), Statistics.Percentile(sorted, 0.5),
            Statistics.Percentile(sorted, 0.95), mean - half, mean + half);
    }
}
