namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// Ranks applicable models under the user's weights. Each criterion's model means are scaled from the worst
/// model (0) to the best (1); when all models are equal on a criterion it gives 0.5 to each.
/// </summary>
public static class Ranking
{
    /// <summary>The criteria: name, how to read it from a model's results, and whether higher is better.</summary>
    public static IReadOnlyList<(string Name, Func<ModelResult, double> Read, bool HigherIsBetter)> Criteria { get; } =
    [
        ("wages", m => m["wageChangePct"].Mean, true),
        ("demands", m => m["demandsWon"].Mean, true),
        ("safety", m => m["firings"].Mean, false),
        ("control", m => m["workerControl"].Mean, true),
        ("cost", m => m["duesPerWorker"].Mean + m["conflictHours"].Mean * HourValue, false),
    ];

    /// <summary>Dollar value put on an organizer hour when adding conflict hours to dues in the cost criterion.</summary>
    public const double HourValue = 20.0;

    /// <summary>Ranks the applicable models, best first; ties keep the requested order.</summary>
    public static IReadOnlyList<RankedModel> Rank(IReadOnlyList<ModelResult> models, RankingWeights weights)
    {
        var applicable = models.Where(m => m.Applicable).ToArray();
        if (applicable.Length == 0) return [];
        var w = new[] { weights.Wages, weights.Demands, weights.Safety, weights.Control, weights.Cost };
        var total = w.Sum();
        var scaled = Criteria.Select(c =>
        {
            var values = applicable.Select(c.Read).ToArray();
            var lo = values.Min();
            var hi = values.Max();
            return values.Select(v => hi - lo < 1e-12 ? 0.5 : c.HigherIsBetter ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo)).ToArray();
        }).ToArray();
        return applicable
            .Select((m, i) =>
            {
                var criteria = Criteria.Select((c, k) => new KeyValuePair<string, double>(c.Name, scaled[k][i])).ToArray();
                var score = Enumerable.Range(0, w.Length).Sum(k => w[k] * scaled[k][i]) / total;
                return (m.ModelId, score, criteria, i);
            })
            .OrderByDescending(x => x.score).ThenBy(x => x.i)
            .Select((x, rank) => new RankedModel(rank + 1, x.ModelId, x.score, x.criteria))
            .ToArray();
    }
}
