using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// Ranks models across plausible worlds (docs/robustness.md): in each world, the leader and the models tied with it by the
/// smallest differences that matter, as the single-world ranking does (<see cref="Ranking"/>); across worlds, each model's
/// share of worlds in which it is first, its regret, and its outcomes' spread across worlds beside across runs.
/// </summary>
/// <remarks>
/// The single-world ranking places each criterion on the spread of that comparison's confidence intervals, a scale that
/// changes from world to world; a regret measured on it in a world where the models are close would be stretched. Here every
/// world shares one scale per criterion, from the worst to the best world mean of any model, so a point of regret means the
/// same in every world. The first place uses only the means and the smallest differences that matter, which are in the
/// criteria's own units, so it does not depend on the scale.
/// </remarks>
public static class RobustComparison
{
    /// <summary>
    /// Share of worlds in which one model must be first for the ranking to be called robust: nine in ten. A committee
    /// reading "best in 45 of 50 plausible worlds" would call that holding; at two thirds (the single-world ranking's clear
    /// majority) one world in three would tell it otherwise, which is not robust.
    /// </summary>
    public const double DefaultRobustShare = 0.9;

    /// <summary>Scores closer than this are equal (rounding, not substance).</summary>
    private const double Tolerance = 1e-12;

    /// <summary>Relative slack on a smallest difference that matters (as in <see cref="Ranking"/>).</summary>
    private const double MatterSlack = 1e-9;

    /// <summary>The robust comparison's criteria for a scenario under the user's weights and smallest differences that matter (those of <see cref="Ranking.CriteriaFor"/>).</summary>
    public static IReadOnlyList<WorldCriterion> CriteriaFor(Scenario scenario, RankingWeights weights, DifferencesThatMatter? matter = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(weights);
        double[] w = [weights.Wages, weights.Demands, weights.Safety, weights.Control, weights.Cost];
        return Ranking.CriteriaFor(scenario, matter).Select((c, k) => new WorldCriterion(c.Name, c.HigherIsBetter, w[k], c.Matter)).ToArray();
    }

    /// <summary>
    /// One world's runs read from a comparison's model results (applicable models only), each criterion read as the ranking
    /// reads it (<see cref="Ranking.CriteriaFor"/> for the world's scenario).
    /// </summary>
    /// <param name="values">The world's parameter values.</param>
    /// <param name="models">The comparison's models in this world.</param>
    /// <param name="scenario">The world's scenario (for cost per worker).</param>
    /// <param name="matter">The smallest differences that matter; the defaults when null.</param>
    public static WorldRuns WorldFrom(IReadOnlyList<double> values, IReadOnlyList<ModelResult> models, Scenario scenario, DifferencesThatMatter? matter = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var criteria = Ranking.CriteriaFor(scenario, matter);
        return new WorldRuns(values, models.Where(m => m.Applicable).Select(m => new ModelRuns(m.ModelId,
            criteria.Select(c => (IReadOnlyList<double>)Enumerable.Range(0, m.Runs.Count).Select(r => c.Read(m.Runs, r)).ToArray()).ToArray())).ToArray());
    }

    /// <summary>Ranks the models across the worlds.</summary>
    /// <param name="criteria">The criteria, in the order of each <see cref="ModelRuns.Criteria"/>.</param>
    /// <param name="worlds">Each world's runs; every world has the same models in the same order.</param>
    /// <param name="robustShare">Share of worlds one model must be first in for the ranking to be robust.</param>
    public static RobustRanking Rank(IReadOnlyList<WorldCriterion> criteria, IReadOnlyList<WorldRuns> worlds, double robustShare = DefaultRobustShare)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(worlds);
        if (criteria.Count == 0 || !(criteria.Sum(c => c.Weight) > 0) || criteria.Any(c => c.Weight < 0 || c.Matter < 0))
        {
            throw new ArgumentException("The criteria need weights of 0 or more, at least one above 0, and differences that matter of 0 or more.", nameof(criteria));
        }

        if (!(robustShare > 0 && robustShare <= 1)) throw new ArgumentOutOfRangeException(nameof(robustShare), robustShare, "A share from above 0 to 1.");
        var modelIds = worlds.Count == 0 ? [] : worlds[0].Models.Select(m => m.ModelId).ToArray();
        foreach (var world in worlds)
        {
            if (!world.Models.Select(m => m.ModelId).SequenceEqual(modelIds))
            {
                throw new ArgumentException("Every world must hold the same models in the same order.", nameof(worlds));
            }

            if (world.Models.Any(m => m.Criteria.Count != criteria.Count || m.Criteria.Any(r => r.Count == 0)))
            {
                throw new ArgumentException($"Every model needs at least one run on each of the {criteria.Count} criteria in every world.", nameof(worlds));
            }
        }

        // means[w][m][k]: the mean of world w, model m, criterion k over its runs.
        var means = worlds.Select(w => w.Models.Select(m => m.Criteria.Select(Statistics.Mean).ToArray()).ToArray()).ToArray();
        var low = criteria.Select((c, k) => means.Length == 0 ? 0 : means.Min(w => w.Min(m => m[k]))).ToArray();
        var high = criteria.Select((c, k) => means.Length == 0 ? 0 : means.Max(w => w.Max(m => m[k]))).ToArray();
        var total = criteria.Sum(c => c.Weight);

        var rankings = new WorldRanking[worlds.Count];
        for (var w = 0; w < worlds.Count; w++)
        {
            var scores = means[w].Select(m => criteria.Select((c, k) => c.Weight * Place(m[k], low[k], high[k], c.HigherIsBetter)).Sum() / total).ToArray();
            var leader = 0;
            for (var m = 1; m < scores.Length; m++)
            {
                if (scores[m] > scores[leader] + Tolerance) leader = m;
            }

            var first = Enumerable.Range(0, scores.Length)
                .Where(m => scores[m] >= scores[leader] - Tolerance || Tied(criteria, means[w][leader], means[w][m]))
                .Select(m => modelIds[m]).ToArray();
            rankings[w] = new WorldRanking(w, worlds[w].Values, modelIds[leader], first, scores,
                means[w].Select(m => (IReadOnlyList<double>)m).ToArray());
        }

        var models = modelIds.Select((id, m) => Summarize(id, m, criteria, worlds, means, rankings)).ToArray();
        var order = Enumerable.Range(0, models.Length)
            .OrderByDescending(m => Math.Round(models[m].BestShare, 9))
            .ThenBy(m => Math.Round(models[m].MedianRegret, 9))
            .ThenBy(m => m)
            .Select(m => models[m])
            .ToArray();
        return new RobustRanking(criteria, low, high, modelIds, order, rankings, robustShare);
    }

    /// <summary>A mean's place on the shared scale, 0–1 (1 = best); 0.5 when every model in every world has the same value.</summary>
    private static double Place(double mean, double low, double high, bool higherIsBetter)
    {
        var range = high - low;
        if (range < Tolerance) return 0.5;
        var x = Math.Clamp((mean - low) / range, 0, 1);
        return higherIsBetter ? x : 1 - x;
    }

    /// <summary>Whether no criterion with a weight above zero separates the two models' means by more than its smallest difference that matters.</summary>
    private static bool Tied(IReadOnlyList<WorldCriterion> criteria, double[] a, double[] b)
    {
        for (var k = 0; k < criteria.Count; k++)
        {
            if (criteria[k].Weight <= 0) continue;
            if (Math.Abs(a[k] - b[k]) > criteria[k].Matter * (1 + MatterSlack) + Tolerance) return false;
        }

        return true;
    }

    private static RobustModel Summarize(string id, int m, IReadOnlyList<WorldCriterion> criteria, IReadOnlyList<WorldRuns> worlds,
        double[][][] means, WorldRanking[] rankings)
    {
        var share = 0.0;
        var firstIn = 0;
        var alone = 0;
        var regrets = new double[rankings.Length];
        for (var w = 0; w < rankings.Length; w++)
        {
            var r = rankings[w];
            if (r.First.Contains(id))
            {
                firstIn++;
                share += 1.0 / r.First.Count;
                if (r.First.Count == 1) alone++;
            }
            else
            {
                regrets[w] = r.Scores.Max() - r.Scores[m];
            }
        }

        var sorted = regrets.OrderBy(x => x).ToArray();
        var spreads = criteria.Select((c, k) =>
        {
            var worldMeans = means.Select(w => w[m][k]).ToArray();
            var between = Statistics.StandardDeviation(worldMeans, Statistics.Mean(worldMeans));
            var variances = worlds.Select(w =>
            {
                var runs = w.Models[m].Criteria[k];
                var sd = Statistics.StandardDeviation(runs, Statistics.Mean(runs));
                return sd * sd;
            }).ToArray();
            var within = Statistics.Mean(variances);
            var noise = worlds.Count == 0 ? 0 : worlds.Select((w, i) => variances[i] / w.Models[m].Criteria[k].Count).Average();
            return new CriterionSpread(c.Name, between, Math.Sqrt(within), Math.Sqrt(Math.Max(0, between * between - noise)));
        }).ToArray();

        return new RobustModel(id, rankings.Length == 0 ? 0 : share / rankings.Length, firstIn, alone, regrets,
            Statistics.Percentile(sorted, 0.5), Statistics.Percentile(sorted, 0.9), sorted.Length == 0 ? 0 : sorted[^1],
            rankings.Length == 0 ? 0 : rankings.Average(r => r.Scores[m]), spreads);
    }
}
