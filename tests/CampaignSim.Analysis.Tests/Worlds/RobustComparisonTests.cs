using CampaignSim.Analysis.Worlds;
using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>
/// The robust ranking on constructed worlds whose answer is known from how they were built: one model better everywhere
/// (robust), a winner that flips on one parameter (named, with the parameter and its threshold), and small cases worked by
/// hand for the tie rule, the regret scale and the spreads.
/// </summary>
public class RobustComparisonTests
{
    private const string Militant = "militant-mainstream";
    private const string Caucus = "caucus-grassroots";
    private const string Business = "business-unionism";

    /// <summary>Wages (percent, higher better, a quarter point matters) and the chance of a firing (lower better, five points matter).</summary>
    private static readonly WorldCriterion[] Criteria =
    [
        new("wages", HigherIsBetter: true, Weight: 1, Matter: 0.25),
        new("safety", HigherIsBetter: false, Weight: 1, Matter: 0.05),
    ];

    /// <summary>Employer hostility decides the flip; fear and committee size are parameters that decide nothing.</summary>
    private static readonly WorldParameter[] Parameters =
    [
        new("workplaces[].employer.hostility", WorldValueKind.Continuous, 0, 1),
        new("workplaces[].fear.mean", WorldValueKind.Continuous, 0, 1),
        new("workplaces[].committee.initialMembers", WorldValueKind.Whole, 0, 10),
    ];

    /// <summary>
    /// A model's runs in a world: wages around <paramref name="wages"/> and firings around <paramref name="firings"/>, with
    /// the same noise for every model in the world (common random numbers: run r of every model draws from the same stream).
    /// </summary>
    private static ModelRuns Runs(string id, double wages, double firings, int world, int runs = 20)
    {
        var rng = new Pcg32((ulong)world, 99);
        var w = new double[runs];
        var f = new double[runs];
        for (var r = 0; r < runs; r++)
        {
            w[r] = rng.NextNormal(wages, 0.5);
            f[r] = Math.Clamp(rng.NextNormal(firings, 0.1), 0, 1);
        }

        return new ModelRuns(id, [w, f]);
    }

    private static double[][] Design(int worlds) => LatinHypercube.Sample(Parameters, worlds, seed: 21);

    [Fact]
    public void a_model_better_everywhere_is_robust_and_the_first_sentence_says_so()
    {
        var worlds = Design(50).Select((v, w) => new WorldRuns(v,
        [
            Runs(Militant, 4 + v[0], 0.10, w),
            Runs(Caucus, 2 + v[0], 0.30, w),
            Runs(Business, 1, 0.20, w),
        ])).ToArray();

        var ranking = RobustComparison.Rank(Criteria, worlds);

        Assert.True(ranking.Robust);
        Assert.False(ranking.WinnerChanges);
        Assert.Equal(Militant, ranking.Leading!.ModelId);
        Assert.Equal(50, ranking[Militant].FirstIn);
        Assert.Equal(1.0, ranking[Militant].BestShare);
        Assert.All(ranking[Militant].Regrets, r => Assert.Equal(0, r));
        Assert.True(ranking[Business].MedianRegret > 0);
        Assert.Empty(ScenarioDiscovery.WhereWinnerChanges(ranking, Parameters));
        Assert.Equal("Militant mainstream unionism is best in 50 of 50 plausible worlds: the ranking holds across the assumptions the published record leaves open.",
            RobustVerdict.Sentence(ranking, []));
    }

    [Fact]
    public void a_winner_that_flips_on_one_parameter_is_named_with_the_parameter_and_its_threshold()
    {
        // Caucus grassroots organizing gains 2 points of wage per 0.1 of hostility above 0.6 and loses as much below it. Within
        // a quarter point (the difference that matters) the two are tied, so caucus grassroots beats militant mainstream
        // unionism from a hostility of 0.6 + 0.25 / 20 = 0.6125, and militant mainstream unionism is first below it.
        var worlds = Design(80).Select((v, w) => new WorldRuns(v,
        [
            Runs(Militant, 3, 0.10, w),
            Runs(Caucus, 3 + 20 * (v[0] - 0.6), 0.10, w),
            Runs(Business, 1, 0.10, w),
        ])).ToArray();

        var ranking = RobustComparison.Rank(Criteria, worlds);
        var found = Assert.Single(ScenarioDiscovery.WhereWinnerChanges(ranking, Parameters));

        Assert.False(ranking.Robust);
        Assert.Equal(Militant, ranking.Leading!.ModelId);
        Assert.Equal(Caucus, found.ChallengerId);
        Assert.Equal(Militant, found.IncumbentId);
        var limit = Assert.Single(found.Box.Limits);
        Assert.Equal("workplaces[].employer.hostility", limit.Path);
        Assert.Null(limit.Upper);
        Assert.InRange(limit.Lower!.Value, 0.6, 0.63);
        Assert.True(found.Box.Coverage >= 0.95 && found.Box.Density >= 0.95, $"coverage {found.Box.Coverage}, density {found.Box.Density}");
        Assert.True(found.TreeAgrees);
        Assert.Matches(@"^Caucus grassroots organizing beats militant mainstream unionism in the worlds where employer hostility is above 0\.6\d* \(coverage 1?\d\d%, density 1?\d\d%\)\.$",
            found.Sentence());
        var verdict = RobustVerdict.Sentence(ranking, [found]);
        Assert.StartsWith($"The ranking depends on assumptions: militant mainstream unionism is best in {ranking[Militant].FirstIn} of 80 plausible worlds", verdict);
        Assert.Contains($"caucus grassroots organizing in {ranking[Caucus].FirstIn}.", verdict);
        Assert.EndsWith(found.Sentence(), verdict);
    }

    [Fact]
    public void a_shared_first_place_counts_half_and_costs_no_regret_and_regret_is_read_on_the_shared_scale()
    {
        // One criterion, a tenth of a point matters. World 0: a 1, b 3 (b first). World 1: a 2, b 2.05 (tied).
        WorldCriterion[] wages = [new("wages", true, 1, 0.1)];
        WorldRuns World(double a, double b) => new([0], [new ModelRuns("a", [[a]]), new ModelRuns("b", [[b]])]);

        var ranking = RobustComparison.Rank(wages, [World(1, 3), World(2, 2.05)]);

        Assert.Equal([1.0], ranking.ScaleLow);
        Assert.Equal([3.0], ranking.ScaleHigh);
        // On the shared scale 1–3, a scores 0 in world 0 against b's 1: a regret of the whole scale. Tied in world 1: none.
        Assert.Equal([1.0, 0.0], ranking["a"].Regrets);
        Assert.Equal(0.25, ranking["a"].BestShare, 12);
        Assert.Equal(0.75, ranking["b"].BestShare, 12);
        Assert.Equal((2, 1), (ranking["b"].FirstIn, ranking["b"].AloneFirstIn));
        Assert.Equal(["a", "b"], ranking.Worlds[1].First.Order());
        Assert.Equal("b", ranking.Models[0].ModelId);
    }

    [Fact]
    public void the_spread_across_worlds_is_set_beside_the_spread_across_runs()
    {
        // World w's runs are w − 1 and w + 1, ten of each: world means 0–4 (sd 1.58), runs' variance 20/19 in each world.
        WorldCriterion[] wages = [new("wages", true, 1, 0.1)];
        var worlds = Enumerable.Range(0, 5).Select(w => new WorldRuns([w],
            [new ModelRuns("a", [Enumerable.Range(0, 20).Select(r => w + (r % 2 == 0 ? -1.0 : 1.0)).ToArray()])])).ToArray();

        var spread = Assert.Single(RobustComparison.Rank(wages, worlds)["a"].Spreads);

        Assert.Equal(Math.Sqrt(2.5), spread.BetweenWorlds, 12);
        Assert.Equal(Math.Sqrt(20.0 / 19), spread.WithinWorlds, 12);
        Assert.Equal(Math.Sqrt(2.5 - 20.0 / 19 / 20), spread.BetweenWorldsBeyondNoise, 12);
    }

    [Fact]
    public void worlds_with_different_models_are_refused()
    {
        WorldCriterion[] wages = [new("wages", true, 1, 0.1)];
        WorldRuns[] worlds = [new([0], [new ModelRuns("a", [[1.0]])]), new([0], [new ModelRuns("b", [[1.0]])])];

        Assert.Throws<ArgumentException>(() => RobustComparison.Rank(wages, worlds));
    }
}
