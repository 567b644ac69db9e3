namespace CampaignSim.Analysis.Comparison;

/// <summary>The distribution of one metric over a model's replications.</summary>
/// <param name="Mean">Mean (for a yes/no outcome, the share of runs in which it happened).</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="CiLow">Lower end of the 95% confidence interval of the mean: Wilson's for a yes/no outcome, Student's t otherwise, never below the smallest value.</param>
/// <param name="CiHigh">Upper end of that interval, never above the largest value (or 1 for a yes/no outcome).</param>
public sealed record MetricSummary(double Mean, double P5, double P50, double P95, double CiLow, double CiHigh)
{
    /// <summary>Summarises values (percentiles by linear interpolation between order statistics, as R's type 7).</summary>
    /// <param name="values">One value per run.</param>
    /// <param name="proportion">Whether the values are 0 or 1 (a yes/no outcome): the interval is then Wilson's.</param>
    public static MetricSummary Of(IReadOnlyList<double> values, bool proportion = false)
    {
        if (values.Count == 0) return new MetricSummary(0, 0, 0, 0, 0, 0);
        var sorted = values.Order().ToArray();
        var mean = Statistics.Mean(values);
        var (low, high) = proportion
            ? Statistics.Wilson95(mean * values.Count, values.Count)
            : Statistics.MeanInterval95(values, mean);
        return new MetricSummary(mean, Statistics.Percentile(sorted, 0.05), Statistics.Percentile(sorted, 0.5),
            Statistics.Percentile(sorted, 0.95), low, high);
    }
}
