namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A candidate world handed to the simulator: which wave and which point of the wave's design it is, the values of the
/// varied parameters, and the first seed its runs use.
/// </summary>
/// <param name="Wave">The wave, from 1.</param>
/// <param name="Index">The candidate's position in the wave, from 0.</param>
/// <param name="Values">The varied parameters' values, in the order of the parameters given to history matching.</param>
/// <param name="Seed">The first seed of the candidate's runs (<see cref="HistoryMatchingOptions.CommonSeeds"/>).</param>
public sealed record WorldCandidate(int Wave, int Index, IReadOnlyList<double> Values, ulong Seed);
