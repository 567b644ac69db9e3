namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The first sentence of a robust comparison's report: whether the ranking holds across the plausible worlds ("best in 47
/// of 50 plausible worlds") or depends on assumptions, and on which.
/// </summary>
public static class RobustVerdict
{
    /// <summary>The verdict, followed by the discovered conditions when the ranking depends on assumptions.</summary>
    /// <param name="ranking">The robust ranking.</param>
    /// <param name="discoveries">What scenario discovery found (<see cref="ScenarioDiscovery.WhereWinnerChanges"/>); may be empty.</param>
    /// <param name="modelName">A model's name from its id; the catalogue's names when null.</param>
    public static string Sentence(RobustRanking ranking, IReadOnlyList<DiscoveredScenario> discoveries, Func<string, string>? modelName = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(discoveries);
        modelName ??= WorldsText.ModelName;
        var n = ranking.Worlds.Count;
        if (ranking.Leading is not { } leading) return "There is no plausible world to compare the models in.";
        var shared = leading.FirstIn - leading.AloneFirstIn;
        var ties = shared > 0 ? $" (sharing first place in {shared} of them)" : "";
        if (ranking.Robust)
        {
            return $"{WorldsText.Capitalized(modelName(leading.ModelId))} is best in {leading.FirstIn} of {n} plausible worlds{ties}: "
                   + "the ranking holds across the assumptions the published record leaves open.";
        }

        var others = ranking.Models.Skip(1).Where(m => m.FirstIn > 0).Take(2)
            .Select(m => $"{WorldsText.Inside(modelName(m.ModelId))} in {m.FirstIn}").ToArray();
        var list = others.Length == 0 ? "" : ", " + string.Join(others.Length == 2 ? " and " : ", ", others);
        var sentence = $"The ranking depends on assumptions: {WorldsText.Inside(modelName(leading.ModelId))} is best in {leading.FirstIn} of {n} "
                       + $"plausible worlds{ties}{list}.";
        return discoveries.Count == 0 ? sentence : sentence + " " + string.Join(" ", discoveries.Select(d => d.Sentence(modelName)));
    }
}
