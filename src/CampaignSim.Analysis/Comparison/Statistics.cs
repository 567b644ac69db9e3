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

    /// <summary>Half-width of the 95% confidence interval of the mean: 1.96 standard errors.</summary>
    public static double HalfWidth95(IReadOnlyList<double> values, double mean) =>
        values.Count < 2 ? 0 : 1.96 * StandardDeviation(values, mean) / Math.Sqrt(values.Count);

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
