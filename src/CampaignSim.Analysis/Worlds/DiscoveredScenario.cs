namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The worlds in which a challenger beats the model best in most worlds, and the few parameters that describe them: PRIM's
/// box, checked by a classification tree's best leaf.
/// </summary>
/// <param name="ChallengerId">The model that wins in these worlds.</param>
/// <param name="IncumbentId">The model first in the most worlds, which it beats there.</param>
/// <param name="Cases">Worlds in which the challenger is first and the incumbent is not.</param>
/// <param name="Worlds">Worlds in all.</param>
/// <param name="Prim">PRIM's trajectory and box.</param>
/// <param name="Tree">The classification tree's leaves and best leaf.</param>
public sealed record DiscoveredScenario(string ChallengerId, string IncumbentId, int Cases, int Worlds, PrimResult Prim, TreeResult Tree)
{
    /// <summary>The box the sentence states (PRIM's, after pasting).</summary>
    public ScenarioBox Box => Prim.Box;

    /// <summary>Whether the tree's best leaf restricts at least one parameter PRIM's box restricts: the two methods point to the same assumption.</summary>
    public bool TreeAgrees => Tree.Best is { } leaf && leaf.Limits.Any(l => Box.Limits.Any(p => p.Parameter == l.Parameter));

    /// <summary>
    /// The finding in a sentence a committee can check against what it knows: "Caucus grassroots organizing beats militant
    /// mainstream unionism in the worlds where employer hostility is above 0.62 (coverage 82%, density 90%)."
    /// </summary>
    /// <param name="modelName">A model's name from its id; the catalogue's names when null.</param>
    public string Sentence(Func<string, string>? modelName = null)
    {
        modelName ??= WorldsText.ModelName;
        var challenger = WorldsText.Capitalized(modelName(ChallengerId));
        var incumbent = WorldsText.Inside(modelName(IncumbentId));
        if (Box.Limits.Count > 0)
            return $"{challenger} beats {incumbent} in the worlds where {WorldsText.Conditions(Box.Limits)} (coverage {WorldsText.Percent(Box.Coverage)}, density {WorldsText.Percent(Box.Density)}).";
        var none = $"{challenger} beats {incumbent} in {Cases} of {Worlds} plausible worlds, and no condition on up to three parameters describes them";
        // A box the search found but chance explains as well is named, so that a reader who finds it elsewhere knows why it was set aside.
        return Prim is { SetAsideAsChance: true, Found: { } found, SearchPValue: { } p }
            ? $"{none}: the best the search found, where {WorldsText.Conditions(found.Limits)}, is no better than chance (searches of the same worlds with their winners shuffled find one as good {WorldsText.Percent(p)} of the time)."
            : none + ".";
    }
}
