using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Scenarios;

namespace CampaignSim.Analysis.Tests;

/// <summary>
/// The ranking's tie rule on the shipped hospital scenario, in the cases issue 22 measured: a committee's weights under
/// which the models differ by less than matters get a tie, not a winner in "100%" of the resamples, and the shares do not
/// drift with the number of runs.
/// </summary>
public class RankingOnShippedScenarioTests
{
    private static readonly Lazy<Scenario> Hospital = new(() =>
    {
        var catalog = ScenarioCatalog.Shipped();
        return ScenarioLoader.Load(catalog.Resolve("hospital-stewards")).Scenario;
    });

    private static ComparisonResult Compare(string weights, int runs, params string[] models) => ComparisonRunner.Run(new ComparisonRequest
    {
        Scenario = Hospital.Value,
        Models = models.Length > 0 ? models : Domain.OrganizingModels.ModelCatalog.Ids,
        Replications = runs,
        BaseSeed = 1,
        Weights = RankingWeights.Parse(weights),
    });

    [Fact]
    public void safety_and_cost_with_firing_rates_a_few_points_apart_and_costs_a_few_dollars_apart_is_a_tie()
    {
        // At 200 runs (engine 2.4.0) business unionism has a firing in 8% of campaigns and militant mainstream in 10%: 2
        // points, under the 5 points that matter; their costs differ by $1–2 per worker per year, under $25. Caucus
        // grassroots and independent solidarity fire in 14% and hybrid dual-card in 22%, 6 and 14 points more than
        // business unionism.
        var result = Compare("wages=0,demands=0,safety=3,control=0,cost=0.5", 200);

        Assert.True(result.Tied, string.Join(", ", result.Ranking.Select(r => $"{r.ModelId} {r.PBest}")));
        Assert.Equal(["business-unionism", "militant-mainstream"], result.FirstPlace.Select(r => r.ModelId).Order());
        Assert.Null(result.ClearWinner);
        Assert.All(result.Ranking, r => Assert.True(r.PBest < Ranking.ClearMajority, $"{r.ModelId} best in {r.PBest}"));
        Assert.True(result.Ranking.Single(r => r.ModelId == "hybrid-dual-card").PBest < 0.01);
    }

    [Fact]
    public void best_in_at_200_runs_and_at_2000_runs_agree_within_three_points()
    {
        // Demands won alone: at 2,000 runs (engine 2.10.0) militant mainstream wins 0.73 demands on average and caucus
        // grassroots 0.70, well within the tenth of a demand that matters. More runs make this small difference ever more
        // certain but no larger, so the answer stays a tie, each first in about half of the resamples. (Hybrid dual-card,
        // at 0.66, lies 0.07 behind militant mainstream, close to the tenth: at 200 runs some resamples put it more than a
        // tenth behind, so its share still moves with the runs, as docs/cli.md says a share near a smallest difference does.)
        var full = Compare("wages=0,demands=1,safety=0,control=0,cost=0", 2000, "militant-mainstream", "caucus-grassroots");
        var first200 = full.Models.Select(m => m with { Runs = m.Runs.Take(200) }).ToArray();
        var request = full.Request;
        var at200 = Ranking.Rank(first200, request.Weights, request.Scenario, request.BaseSeed).ToDictionary(r => r.ModelId);
        var at2000 = full.Ranking.ToDictionary(r => r.ModelId);

        foreach (var (model, r2000) in at2000)
        {
            var r200 = at200[model];
            Assert.True(r200.First && r2000.First, $"{model} is not tied for first at 200 or at 2,000 runs");
            Assert.True(Math.Abs(r200.PBest - r2000.PBest) <= 0.03, $"{model}: best in {r200.PBest} at 200 runs, {r2000.PBest} at 2,000");
        }
    }
}
