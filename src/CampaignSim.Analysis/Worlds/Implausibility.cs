namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The implausibility measure of history matching (Craig et al. 1997; Vernon, Goldstein and Bower 2010):
/// I = |simulated − published| / √(published variance + simulation variance + discrepancy variance), the distance between
/// the world and the record in standard deviations of everything that could separate them. By Pukelsheim's three-sigma rule
/// (any unimodal distribution keeps at least 95% of its mass within three standard deviations) a world with I ≥ 3 on a
/// target is implausible whatever the shape of the errors.
/// </summary>
public static class Implausibility
{
    /// <summary>The conventional cutoff: three standard deviations (Pukelsheim 1994).</summary>
    public const double DefaultCutoff = 3;

    /// <summary>
    /// The implausibility of one simulated figure against its target. Infinite when there were no samples (the world never
    /// produced what the target measures) or when every variance is zero and the figures differ; 0 when they agree.
    /// </summary>
    public static double Of(HistoryTarget target, SimulatedTarget simulated)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(simulated);
        if (simulated.Samples <= 0 || double.IsNaN(simulated.Mean)) return double.PositiveInfinity;
        var variance = Math.Max(0, target.PublishedVariance) + Math.Max(0, target.DiscrepancyVariance) + target.SimulationVariance(simulated);
        var distance = Math.Abs(simulated.Mean - target.Published);
        if (distance == 0) return 0;
        return variance > 0 ? distance / Math.Sqrt(variance) : double.PositiveInfinity;
    }

    /// <summary>
    /// The largest and second-largest of a world's implausibilities. The maximum decides (every target must be met); the
    /// second maximum is what the literature reports beside it, because it shows whether one target alone rules the world
    /// out (a low second maximum) or several do. The second maximum is 0 with a single target.
    /// </summary>
    public static (double Max, double Second) Largest(IReadOnlyList<double> implausibilities)
    {
        ArgumentNullException.ThrowIfNull(implausibilities);
        var max = 0.0;
        var second = 0.0;
        foreach (var i in implausibilities)
        {
            if (i > max || double.IsNaN(i))
            {
                second = max;
                max = double.IsNaN(i) ? double.PositiveInfinity : i;
            }
            else if (i > second)
            {
                second = i;
            }
        }

        return (max, second);
    }
}
