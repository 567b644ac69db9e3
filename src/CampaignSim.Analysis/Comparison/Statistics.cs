namespace CampaignSim.Analysis.Comparison;

/// <summary>Summary statistics, summed in index order so results do not depend on thread scheduling.</summary>
public static class Statistics
{
    /// <summary>Arithmetic mean (0 for no values).</summary>
    public static double Mean(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++) sum += values[i];
        return sum / values.Count;
    }

    /// <summary>Sample standard deviation.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values, double mean)
    {
        if (values.Count < 2) return 0;
        var ss = 0.0;
        for (var i = 0; i < values.Count; i++) ss += (values[i] - mean) * (values[i] - mean);
        return Math.Sqrt(ss / (values.Count - 1));
    }

    /// <summary>
    /// Half-width of the 95% confidence interval of the mean: Student's t quantile for n − 1 degrees of freedom times the
    /// standard error (0 for fewer than two values). For large samples t is close to 1.96; for 10 runs it is 2.26.
    /// </summary>
    public static double HalfWidth95(IReadOnlyList<double> values, double mean) =>
        values.Count < 2 ? 0 : StudentT.Quantile975(values.Count - 1) * StandardDeviation(values, mean) / Math.Sqrt(values.Count);

    /// <summary>
    /// The 95% t interval of the mean, cut to the smallest and largest value observed: a mean cannot lie outside the
    /// values it averages, so an interval that runs past them (2.99 to 3.01 when 3 is the most demands a campaign can win)
    /// claims a precision it does not have on that side.
    /// </summary>
    public static (double Low, double High) MeanInterval95(IReadOnlyList<double> values, double mean)
    {
        if (values.Count == 0) return (0, 0);
        var half = HalfWidth95(values, mean);
        var min = values[0];
        var max = values[0];
        for (var i = 1; i < values.Count; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (Math.Max(min, mean - half), Math.Min(max, mean + half));
    }

    /// <summary>
    /// The Wilson score 95% interval of a proportion (Wilson 1927): unlike the normal interval it stays inside 0–1, and
    /// when no run (or every run) had the event it still says how large the chance could be: 0 of 100 gives 0 to 3.7%.
    /// </summary>
    /// <param name="successes">Runs with the event.</param>
    /// <param name="n">Runs, at least 1.</param>
    public static (double Low, double High) Wilson95(double successes, int n)
    {
        if (n <= 0) return (0, 0);
        const double z = StudentT.Z975;
        var p = successes / n;
        var z2n = z * z / n;
        var centre = (p + z2n / 2) / (1 + z2n);
        var half = z / (1 + z2n) * Math.Sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Percentile of sorted values, interpolating linearly (R type 7).</summary>
    public static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0) return 0;
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
