namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// How well the plausible worlds predict a target they were not matched to (a validation target): the spread of their
/// simulated figures beside the published one, and the share of worlds that the target would not rule out. A target
/// that most worlds meet is predicted; one that few meet shows what the matched targets left unconstrained or got wrong.
/// </summary>
/// <param name="TargetId">The validation target.</param>
/// <param name="Published">Its published value.</param>
/// <param name="Worlds">Worlds checked.</param>
/// <param name="NotRuledOut">Worlds whose implausibility on the target is below the cutoff.</param>
/// <param name="Low">Lowest simulated mean over the worlds (NaN when no world produced a sample).</param>
/// <param name="Median">Median simulated mean.</param>
/// <param name="High">Highest simulated mean.</param>
/// <param name="MedianImplausibility">Median implausibility over the worlds.</param>
public sealed record ValidationCheck(string TargetId, double Published, int Worlds, int NotRuledOut, double Low, double Median, double High,
    double MedianImplausibility)
{
    /// <summary>Share of worlds the target does not rule out (0 without worlds).</summary>
    public double Share => Worlds == 0 ? 0 : (double)NotRuledOut / Worlds;
}
