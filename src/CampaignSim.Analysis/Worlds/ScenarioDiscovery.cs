namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// Scenario discovery (Bryant and Lempert 2010; Kwakkel 2017): where the model first in most worlds is not first in all,
/// finds for each challenger that wins elsewhere the one to three parameters that describe the worlds in which it does.
/// </summary>
public static class ScenarioDiscovery
{
    /// <summary>
    /// For each challenger (up to <see cref="DiscoveryOptions.MaxChallengers"/>, those winning the most worlds first) that
    /// is first in enough worlds where the leading model is not, PRIM's box and the tree's best leaf for those worlds. Empty
    /// when the leading model is first in every world.
    /// </summary>
    /// <param name="ranking">The robust ranking, whose worlds carry their parameter values.</param>
    /// <param name="parameters">The varied parameters, in the order of the worlds' values.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <param name="live">For each parameter, whether it can act in the scenario (<see cref="ParameterLiveness.Live"/>); the
    /// others are held at one value so that no box or split uses them. Null: every parameter may be used.</param>
    public static IReadOnlyList<DiscoveredScenario> WhereWinnerChanges(RobustRanking ranking, IReadOnlyList<WorldParameter> parameters, DiscoveryOptions? options = null,
        IReadOnlyList<bool>? live = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(parameters);
        options ??= new DiscoveryOptions();
        if (live is not null && live.Count != parameters.Count) throw new ArgumentException($"{live.Count} flags for {parameters.Count} parameters.", nameof(live));
        if (!ranking.WinnerChanges || ranking.Leading is not { } leading) return [];

        var worlds = ranking.Worlds;
        var points = worlds.Select(w => live is null ? w.Values
            : (IReadOnlyList<double>)w.Values.Select((v, j) => live[j] ? v : parameters[j].Min).ToArray()).ToArray();
        var incumbent = leading.ModelId;
        var fewest = Math.Max(options.MinimumCases, (int)Math.Ceiling(options.MinimumCaseShare * worlds.Count - 1e-9));
        return ranking.Models
            .Where(m => m.ModelId != incumbent)
            .Select(m => (Model: m.ModelId, Cases: worlds.Select(w => w.First.Contains(m.ModelId) && !w.First.Contains(incumbent)).ToArray()))
            .Select(c => (c.Model, c.Cases, Count: c.Cases.Count(x => x)))
            .Where(c => c.Count >= fewest)
            .OrderByDescending(c => c.Count)
            .Take(options.MaxChallengers)
            .Select(c => new DiscoveredScenario(c.Model, incumbent, c.Count, worlds.Count,
                Prim.Find(points, c.Cases, parameters, options.Prim), ClassificationTree.Fit(points, c.Cases, parameters, options.Tree)))
            .ToArray();
    }
}
