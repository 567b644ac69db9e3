using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Analysis;

/// <summary>
/// Summarises the samples of a target's runs. Samples of one run are not independent (the contracts of one run share
/// its employer, the strikers of one strike its length), so intervals treat each run as a cluster: the mean's standard
/// error is the ratio estimator's over runs, which is the usual one when every run gives one sample.
/// </summary>
public static class CalibrationEstimator
{
    /// <summary>The estimate a statistic gives from the runs' samples.</summary>
    /// <param name="statistic">How to summarise.</param>
    /// <param name="samples">Samples of each run, in run order.</param>
    /// <param name="exposed">For <see cref="CalibrationStatistic.RelativeDifference"/>, whether each run is exposed.</param>
    public static CalibrationEstimate Estimate(CalibrationStatistic statistic, IReadOnlyList<double[]> samples, IReadOnlyList<bool>? exposed = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return statistic switch
        {
            CalibrationStatistic.Mean => Mean(samples),
            CalibrationStatistic.Median => Median(samples),
            CalibrationStatistic.RelativeDifference => RelativeDifference(samples,
                exposed ?? throw new ArgumentException("a relative difference needs each run's exposure", nameof(exposed))),
            _ => throw new ArgumentOutOfRangeException(nameof(statistic), statistic, null),
        };
    }

    /// <summary>
    /// The mean of all samples with a 95% interval that treats runs as clusters, cut to the smallest and largest sample:
    /// a mean cannot lie outside the values it averages (a share of runs is not below 0).
    /// </summary>
    public static CalibrationEstimate Mean(IReadOnlyList<double[]> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        double sum = 0;
        var n = 0;
        foreach (var run in samples)
        {
            foreach (var x in run) sum += x;
            n += run.Length;
        }

        if (n == 0) return new CalibrationEstimate(double.NaN, double.NaN, double.NaN, double.NaN, 0, samples.Count);
        var mean = sum / n;
        var clusters = samples.Count(s => s.Length > 0);
        double ss = 0;
        foreach (var run in samples)
        {
            var deviation = 0.0;
            foreach (var x in run) deviation += x - mean;
            ss += deviation * deviation;
        }

        var se = clusters < 2 ? 0 : Math.Sqrt(clusters / (clusters - 1.0) * ss) / n;
        var min = samples.Where(s => s.Length > 0).Min(s => s.Min());
        var max = samples.Where(s => s.Length > 0).Max(s => s.Max());
        return new CalibrationEstimate(mean, Math.Max(min, mean - StudentT.Z975 * se), Math.Min(max, mean + StudentT.Z975 * se), se, n, samples.Count);
    }

    /// <summary>
    /// The median of all samples (R type 7), with the distribution-free 95% interval between the order statistics
    /// n/2 ∓ 1.96 √n / 2; the standard error is that interval's half-width over 1.96.
    /// </summary>
    public static CalibrationEstimate Median(IReadOnlyList<double[]> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.SelectMany(s => s).Order().ToArray();
        var n = sorted.Length;
        if (n == 0) return new CalibrationEstimate(double.NaN, double.NaN, double.NaN, double.NaN, 0, samples.Count);
        var median = Statistics.Percentile(sorted, 0.5);
        var reach = StudentT.Z975 * Math.Sqrt(n) / 2;
        var low = sorted[Math.Clamp((int)Math.Floor(n / 2.0 - reach), 0, n - 1)];
        var high = sorted[Math.Clamp((int)Math.Ceiling(n / 2.0 + reach) - 1, 0, n - 1)];
        return new CalibrationEstimate(median, low, high, (high - low) / (2 * StudentT.Z975), n, samples.Count);
    }

    /// <summary>
    /// m₁ / m₀ − 1 between the means of exposed and unexposed runs, with the delta-method 95% interval of the log ratio.
    /// No value when either group has no sample or a mean of zero.
    /// </summary>
    public static CalibrationEstimate RelativeDifference(IReadOnlyList<double[]> samples, IReadOnlyList<bool> exposed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(exposed);
        var withIt = Mean(samples.Where((_, k) => exposed[k]).ToArray());
        var without = Mean(samples.Where((_, k) => !exposed[k]).ToArray());
        var n = withIt.Samples + without.Samples;
        if (!withIt.HasValue || !without.HasValue || withIt.Value <= 0 || without.Value <= 0)
            return new CalibrationEstimate(double.NaN, double.NaN, double.NaN, double.NaN, n, samples.Count);
        var ratio = withIt.Value / without.Value;
        var seLog = Math.Sqrt(Math.Pow(withIt.StandardError / withIt.Value, 2) + Math.Pow(without.StandardError / without.Value, 2));
        return new CalibrationEstimate(ratio - 1, ratio * Math.Exp(-StudentT.Z975 * seLog) - 1, ratio * Math.Exp(StudentT.Z975 * seLog) - 1,
            ratio * seLog, n, samples.Count);
    }
}
