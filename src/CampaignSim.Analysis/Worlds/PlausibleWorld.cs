namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A candidate world that no target rules out: its parameter values, its implausibility on each target and the two
/// largest of them, and where it came from.
/// </summary>
/// <param name="Wave">The wave that simulated it.</param>
/// <param name="Index">Its position in that wave.</param>
/// <param name="Values">The varied parameters' values, in the order of the parameters.</param>
/// <param name="Implausibilities">Its implausibility on each target, in the order of the targets.</param>
/// <param name="MaxImplausibility">The largest of them (below the cutoff).</param>
/// <param name="SecondImplausibility">The second largest.</param>
public sealed record PlausibleWorld(int Wave, int Index, IReadOnlyList<double> Values, IReadOnlyList<double> Implausibilities,
    double MaxImplausibility, double SecondImplausibility);
