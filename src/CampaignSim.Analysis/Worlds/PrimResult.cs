namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// What PRIM found: the peeling trajectory (each box from all worlds down to the smallest, the coverage–density trade-off
/// a report can show), the box chosen from it, and that box after pasting.
/// </summary>
/// <param name="Trajectory">The boxes peeling passed through, the first holding every world.</param>
/// <param name="Chosen">The position in <paramref name="Trajectory"/> of the box chosen: the one with the largest coverage × density.</param>
/// <param name="Box">The chosen box after pasting and lifting the restrictions chance could have produced; the whole set of
/// worlds (no restriction) when the search-wide test finds the box no better than a search in shuffled worlds finds.</param>
public sealed record PrimResult(IReadOnlyList<ScenarioBox> Trajectory, int Chosen, ScenarioBox Box)
{
    /// <summary>
    /// The search-wide p-value of the box found before the test (<see cref="PrimOptions.SearchPermutations"/>); null when
    /// no test was run (no restriction was left to test, or no permutations were asked for).
    /// </summary>
    public double? SearchPValue { get; init; }

    /// <summary>The box the search found before the search-wide test (the same as <see cref="Box"/> when it passed or was not tested).</summary>
    public ScenarioBox? Found { get; init; }

    /// <summary>Whether the search-wide test set aside a box the search had found.</summary>
    public bool SetAsideAsChance => Found is not null && !ReferenceEquals(Found, Box);
}
