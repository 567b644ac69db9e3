namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A published figure a plausible world must not contradict, with the two variances history matching adds to the
/// simulation's own (Vernon, Goldstein and Bower 2010; Andrianakis et al. 2015): how uncertain the published figure is,
/// and how far the model may be from reality even at its best parameters (the model discrepancy). Both are stated, not
/// fitted, so that a committee can see what "not contradicted" was allowed to mean.
/// </summary>
/// <param name="Id">The target's id (a calibration target's <see cref="CalibrationTarget.Id"/>).</param>
/// <param name="Published">The published value z.</param>
/// <param name="PublishedVariance">Variance of the published value (its sampling or measurement uncertainty), in the target's unit squared.</param>
/// <param name="DiscrepancyVariance">Model discrepancy variance: how far the model may miss the world at the right parameters, in the target's unit squared.</param>
/// <param name="OneCase">
/// Whether the published figure is one case (one strike, one vote) rather than an average over many: then the world's
/// figure is one draw of the simulation, and the simulation variance is the spread of single runs, not that of their mean
/// (<see cref="SimulationVariance"/>).
/// </param>
public sealed record HistoryTarget(string Id, double Published, double PublishedVariance, double DiscrepancyVariance, bool OneCase = false)
{
    /// <summary>z-value of a two-sided 95% band.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// A target from a published 95% band (the published value ± <paramref name="halfWidth95"/>, read as 1.96 standard
    /// deviations) and a model discrepancy stated as a standard deviation.
    /// </summary>
    public static HistoryTarget FromBand(string id, double published, double halfWidth95, double discrepancySd, bool oneCase = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(halfWidth95);
        ArgumentOutOfRangeException.ThrowIfNegative(discrepancySd);
        var sd = halfWidth95 / Z95;
        return new HistoryTarget(id, published, sd * sd, discrepancySd * discrepancySd, oneCase);
    }

    /// <summary>
    /// The simulation variance of a world's figure: the variance of the simulated mean (s²/n) when the published figure
    /// averages many cases, and the variance of one new run around the simulated mean (s²(1 + 1/n)) when it is one case.
    /// Infinite when there were no samples.
    /// </summary>
    public double SimulationVariance(SimulatedTarget simulated)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        if (simulated.Samples <= 0) return double.PositiveInfinity;
        var v = Math.Max(0, simulated.RunVariance);
        return OneCase ? v * (1 + 1.0 / simulated.Samples) : v / simulated.Samples;
    }
}
