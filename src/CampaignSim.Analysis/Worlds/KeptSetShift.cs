namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// How far a wave's kept candidates moved from those of the wave two before it: the share of the wave's candidates kept,
/// and each parameter's distribution among the kept. The kept set has settled when neither moved by more than the
/// sampling of two waves explains: the shares by a two-proportion z-test at 5% (two-sided), the distributions by a
/// two-sample Kolmogorov–Smirnov test at 5% over all the parameters together (Bonferroni: each at 5% divided by their
/// number). Two waves apart, because each wave's box is drawn from the one before, so the kept set moves by steps that a
/// single wave's sampling can hide and two waves' cannot as easily. This is the stopping rule of the history-matching
/// literature in the form a fixed number of candidates a wave can test: matching stops when a further wave no longer
/// changes the region not ruled out (Andrianakis et al. 2015), rather than when the kept candidates' outermost values,
/// which move by chance wherever the region tapers, stop moving.
/// </summary>
/// <param name="ComparedWave">The earlier wave compared with.</param>
/// <param name="KeptBefore">Candidates the earlier wave kept.</param>
/// <param name="SimulatedBefore">Candidates the earlier wave simulated.</param>
/// <param name="KeptAfter">Candidates this wave kept.</param>
/// <param name="SimulatedAfter">Candidates this wave simulated.</param>
/// <param name="ShareZ">The two-proportion z statistic of the change in the share kept (positive when it rose).</param>
/// <param name="LargestDistance">The largest Kolmogorov–Smirnov distance between the two kept sets' values of a parameter.</param>
/// <param name="LargestPath">The parameter with that distance (null when no parameter varies).</param>
/// <param name="DistanceLimit">The distance above which a parameter's kept values differ at the Bonferroni level.</param>
public sealed record KeptSetShift(
    int ComparedWave,
    int KeptBefore,
    int SimulatedBefore,
    int KeptAfter,
    int SimulatedAfter,
    double ShareZ,
    double LargestDistance,
    string? LargestPath,
    double DistanceLimit)
{
    /// <summary>The level of both tests: 5%.</summary>
    public const double Level = 0.05;

    /// <summary>The two-sided 5% limit of the z statistic.</summary>
    public const double ShareZLimit = Comparison.StudentT.Z975;

    /// <summary>Whether neither the share kept nor any parameter's kept values moved by more than sampling explains.</summary>
    public bool Settled => Math.Abs(ShareZ) <= ShareZLimit && LargestDistance <= DistanceLimit;

    /// <summary>
    /// Compares two waves' kept candidates (each a row of parameter values, in the order of <paramref name="parameters"/>);
    /// parameters whose starting range is a single value are left out.
    /// </summary>
    public static KeptSetShift Between(IReadOnlyList<WorldParameter> parameters, int comparedWave, IReadOnlyList<double[]> keptBefore,
        int simulatedBefore, IReadOnlyList<double[]> keptAfter, int simulatedAfter)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(keptBefore);
        ArgumentNullException.ThrowIfNull(keptAfter);
        if (keptBefore.Count == 0 || keptAfter.Count == 0) throw new ArgumentException("Both waves must have kept candidates.");
        ArgumentOutOfRangeException.ThrowIfLessThan(simulatedBefore, keptBefore.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(simulatedAfter, keptAfter.Count);

        var varied = Enumerable.Range(0, parameters.Count).Where(j => parameters[j].Max > parameters[j].Min).ToArray();
        double largest = 0;
        string? path = null;
        foreach (var j in varied)
        {
            var d = Distance(keptBefore.Select(r => r[j]).ToArray(), keptAfter.Select(r => r[j]).ToArray());
            if (path is null || d > largest)
            {
                largest = d;
                path = parameters[j].Path;
            }
        }

        double n = keptBefore.Count, m = keptAfter.Count;
        // Asymptotic two-sample critical value (Smirnov): c(a) √((n + m) / nm) with c(a) = √(−ln(a / 2) / 2).
        var each = Level / Math.Max(1, varied.Length);
        var limit = Math.Sqrt(-Math.Log(each / 2) / 2) * Math.Sqrt((n + m) / (n * m));
        return new KeptSetShift(comparedWave, keptBefore.Count, simulatedBefore, keptAfter.Count, simulatedAfter,
            ZOfShares(keptBefore.Count, simulatedBefore, keptAfter.Count, simulatedAfter), largest, path, limit);
    }

    /// <summary>The two-proportion z statistic of k2/n2 against k1/n1, with the pooled share's variance (0 when the pooled share is 0 or 1).</summary>
    public static double ZOfShares(int k1, int n1, int k2, int n2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n2, 1);
        var pooled = (double)(k1 + k2) / (n1 + n2);
        var variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        return variance <= 0 ? 0 : ((double)k2 / n2 - (double)k1 / n1) / Math.Sqrt(variance);
    }

    /// <summary>The two-sample Kolmogorov–Smirnov distance: the largest gap between the two samples' empirical distribution functions.</summary>
    public static double Distance(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0) throw new ArgumentException("Both samples must hold values.");
        var x = a.OrderBy(v => v).ToArray();
        var y = b.OrderBy(v => v).ToArray();
        int i = 0, k = 0;
        double largest = 0;
        while (i < x.Length && k < y.Length)
        {
            var v = Math.Min(x[i], y[k]);
            while (i < x.Length && x[i] <= v) i++;
            while (k < y.Length && y[k] <= v) k++;
            largest = Math.Max(largest, Math.Abs((double)i / x.Length - (double)k / y.Length));
        }

        return largest;
    }
}
