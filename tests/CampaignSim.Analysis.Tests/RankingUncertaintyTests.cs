using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Tests;

/// <summary>The ranking's bootstrap on constructed comparisons whose answer is known.</summary>
public class RankingUncertaintyTests
{
    private const int Runs = 200;
    private static readonly Scenario Scenario = new() { Workplaces = [new WorkplaceSpec { Workers = 100 }] };

    /// <summary>A model whose runs draw wages, demands and firings around the given means, from a seeded generator.</summary>
    private static ModelResult Model(string id, double wages, double demands, double firings, ulong stream)
    {
        var rng = new Pcg32(11, stream);
        var runs = new RunTable.Builder(Runs);
        for (var r = 0; r < Runs; r++)
        {
            runs.Set(new RunSummary(id, r, (ulong)r, new CampaignOutcome
            {
                WageChangePct = rng.NextNormal(wages, 0.5),
                DemandsWon = rng.NextInt(3) + demands,
                Firings = rng.NextInt(3) + firings,
                WorkerControl = 0.5,
                DuesPerWorker = 900,
            }, 0, ""));
        }
        return new ModelResult(id, true, null, runs.Build(), [], new WeeklyMeans([], [], []));
    }

    private static IReadOnlyList<RankedModel> Rank(params ModelResult[] models) =>
        Ranking.Rank(models, new RankingWeights(), Scenario, seed: 1);

    [Fact]
    public void two_models_that_differ_by_less_than_noise_share_first_place_and_there_is_no_clear_winner()
    {
        // The same distributions from different draws: any difference between them is noise.
        var ranking = Rank(Model("a", 2.4, 0, 0, 1), Model("b", 2.4, 0, 0, 2));

        Assert.All(ranking, r => Assert.InRange(r.PBest, 0.35, 0.65));
        Assert.Equal(1.0, ranking.Sum(r => r.PBest), 1e-9);
        Assert.DoesNotContain(ranking, r => r.PBest >= Ranking.ClearMajority);
        Assert.All(ranking, r => Assert.Equal((1, 2), (r.RankLow, r.RankHigh)));
    }

    [Fact]
    public void a_model_that_is_better_on_every_criterion_wins_almost_every_resample()
    {
        var ranking = Rank(Model("weak", 2.0, 0, 1, 1), Model("strong", 3.0, 1, 0, 2), Model("middle", 2.4, 0, 1, 3));

        Assert.Equal("strong", ranking[0].ModelId);
        Assert.True(ranking[0].PBest >= 0.95, $"pBest {ranking[0].PBest}");
        Assert.Equal((1, 1), (ranking[0].RankLow, ranking[0].RankHigh));
    }

    [Fact]
    public void a_difference_far_below_the_noise_barely_moves_a_criterion()
    {
        var ranking = Rank(Model("a", 2.3972, 0, 0, 1), Model("b", 2.3994, 0, 0, 1));

        // The same draws shifted by 0.0022 points: the old min–max scaling gave one model 1 and the other 0.
        var wages = ranking.Select(r => r.Criteria.First(c => c.Key == "wages").Value).ToArray();
        Assert.True(Math.Abs(wages[0] - wages[1]) < 0.05, string.Join(", ", wages));
    }

    [Fact]
    public void the_bootstrap_is_the_same_whatever_the_thread_count()
    {
        ModelResult[] models = [Model("a", 2.4, 0, 0, 1), Model("b", 2.5, 0, 0, 2), Model("c", 2.3, 1, 1, 3)];
        var one = Ranking.Rank(models, new RankingWeights(), Scenario, seed: 5, maxDegreeOfParallelism: 1);
        var many = Ranking.Rank(models, new RankingWeights(), Scenario, seed: 5, maxDegreeOfParallelism: 4);

        Assert.Equal(one.Select(r => (r.ModelId, r.Score, r.PBest, r.RankLow, r.RankHigh)), many.Select(r => (r.ModelId, r.Score, r.PBest, r.RankLow, r.RankHigh)));
    }

    [Fact]
    public void cost_per_worker_adds_dues_and_conflict_hours_per_worker_at_the_stated_value()
    {
        Assert.Equal(900 + 500.0 / 100 * Ranking.HourValue, Ranking.CostPerWorker(900, 500, 100));
        Assert.Equal(100, Ranking.Workers(Scenario));
    }
}
