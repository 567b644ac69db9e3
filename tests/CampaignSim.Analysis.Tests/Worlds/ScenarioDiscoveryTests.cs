using CampaignSim.Analysis.Worlds;
using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>
/// PRIM and the classification tree on synthetic worlds with a planted box: cases are likely inside it and rare outside,
/// so the method must find the box's parameters and bounds, with coverage and density near those of the planted box in the
/// same sample.
/// </summary>
public class ScenarioDiscoveryTests
{
    private static readonly WorldParameter[] Four =
    [
        new("a", WorldValueKind.Continuous, 0, 1),
        new("b", WorldValueKind.Continuous, 0, 1),
        new("c", WorldValueKind.Continuous, 0, 1),
        new("d", WorldValueKind.Continuous, 0, 1),
    ];

    /// <summary>Worlds from a Latin hypercube, each a case with one chance inside the planted box and another outside.</summary>
    private static (double[][] Points, bool[] Cases, bool[] Inside) Planted(Func<double[], bool> box, double inside, double outside, int n = 1000, ulong seed = 3)
    {
        var points = LatinHypercube.Sample(Four, n, seed);
        var rng = new Pcg32(seed, 5);
        var inBox = points.Select(box).ToArray();
        var cases = inBox.Select(b => rng.NextDouble() < (b ? inside : outside)).ToArray();
        return (points, cases, inBox);
    }

    private static (double Coverage, double Density) Truth(bool[] cases, bool[] inside)
    {
        var inCases = cases.Where((c, i) => c && inside[i]).Count();
        return ((double)inCases / cases.Count(c => c), (double)inCases / inside.Count(x => x));
    }

    [Fact]
    public void prim_finds_a_planted_box_with_coverage_and_density_near_the_truth()
    {
        // a from 0.2 to 0.6 and b above 0.5: a fifth of the worlds, cases 90% inside and 5% outside.
        var (points, cases, inside) = Planted(x => x[0] >= 0.2 && x[0] <= 0.6 && x[1] >= 0.5, 0.9, 0.05);
        var (coverage, density) = Truth(cases, inside);

        var found = Prim.Find(points, cases, Four);
        var box = found.Box;
        var a = box.Limits.Single(l => l.Path == "a");
        var b = box.Limits.Single(l => l.Path == "b");

        Assert.InRange(a.Lower!.Value, 0.15, 0.25);
        Assert.InRange(a.Upper!.Value, 0.55, 0.65);
        Assert.InRange(b.Lower!.Value, 0.45, 0.55);
        Assert.Null(b.Upper);
        Assert.InRange(box.Coverage, coverage - 0.1, coverage + 0.05);
        Assert.InRange(box.Density, density - 0.07, density + 0.07);
        Assert.True(box.Limits.Count <= 3);
        Assert.Equal(1.0, found.Trajectory[0].Coverage);
        Assert.Empty(found.Trajectory[0].Limits);
        Assert.True(found.Trajectory.Zip(found.Trajectory.Skip(1)).All(p => p.Second.Mass < p.First.Mass), "each peel removes worlds");
    }

    [Theory]
    [InlineData(10, 10, 0.5, 1.0 / 1024)]
    [InlineData(5, 3, 0.5, 16.0 / 32)]
    [InlineData(4, 0, 0.3, 1.0)]
    [InlineData(4, 5, 0.3, 0.0)]
    [InlineData(3, 1, 0.2, 1 - 0.512)]
    public void the_quasi_p_value_is_the_binomial_upper_tail(int n, int k, double p, double expected) =>
        Assert.Equal(expected, Prim.QuasiPValue(n, k, p), 12);

    [Fact]
    public void restrictions_chance_could_have_produced_are_lifted_from_the_box()
    {
        // Only a matters (cases 90% above 0.7, 5% below), in a few dozen worlds: peeling also trims b, c or d where a
        // handful of worlds happen to lie, and those trims do not survive the quasi-p-value test.
        var lifted = 0;
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (points, cases, _) = Planted(x => x[0] > 0.7, 0.9, 0.05, n: 40, seed: seed);
            var all = Prim.Find(points, cases, Four, new PrimOptions { MaxQuasiPValue = 1 }).Box;
            var simplified = Prim.Find(points, cases, Four).Box;
            Assert.All(simplified.Limits, l => Assert.Contains(all.Limits, m => m.Path == l.Path));
            // Where peeling found the planted condition, it stays.
            if (all.Limits.Any(l => l.Path == "a" && l.Lower is > 0.6 and < 0.8))
                Assert.True(simplified.Limits.Any(l => l.Path == "a" && l.Lower is > 0.6 and < 0.8), $"seed {seed}: the planted condition on a was lifted");
            lifted += all.Limits.Count - simplified.Limits.Count;
        }

        Assert.True(lifted > 0, "no restriction was lifted in 20 samples");
    }

    [Fact]
    public void a_tree_of_depth_two_finds_a_planted_corner()
    {
        // a above 0.5 and b above 0.4: 30% of the worlds, cases 95% inside and 3% outside.
        var (points, cases, inside) = Planted(x => x[0] > 0.5 && x[1] > 0.4, 0.95, 0.03);
        var (coverage, density) = Truth(cases, inside);

        var tree = ClassificationTree.Fit(points, cases, Four);
        var best = tree.Best!;

        Assert.InRange(tree.Leaves.Count, 2, 4);
        Assert.InRange(best.Limits.Single(l => l.Path == "a").Lower!.Value, 0.46, 0.54);
        Assert.InRange(best.Limits.Single(l => l.Path == "b").Lower!.Value, 0.36, 0.44);
        Assert.InRange(best.Coverage, coverage - 0.08, coverage + 0.05);
        Assert.InRange(best.Density, density - 0.07, density + 0.07);
        Assert.Equal(1000, tree.Leaves.Sum(l => l.Points));
    }

    [Fact]
    public void without_a_pattern_prim_keeps_most_worlds_and_claims_no_dense_box()
    {
        var (points, cases, _) = Planted(_ => false, 0, 0.3);

        var box = Prim.Find(points, cases, Four).Box;

        Assert.True(box.Density < 0.45, $"density {box.Density} from noise");
    }

    /// <summary>50 worlds over 38 parameters, as a robust comparison of the shipped scenarios has them.</summary>
    private static (double[][] Points, WorldParameter[] Parameters) Many(ulong seed)
    {
        var parameters = Enumerable.Range(0, 38).Select(j => new WorldParameter($"p{j}", WorldValueKind.Continuous, 0, 1)).ToArray();
        return (LatinHypercube.Sample(parameters, 50, seed), parameters);
    }

    [Fact]
    public void over_many_parameters_in_few_worlds_a_box_that_shuffled_winners_find_as_well_is_set_aside_as_chance()
    {
        // A challenger that wins in a few of 50 worlds at random (one in eight), 38 parameters: the search still finds boxes
        // whose restrictions each pass their own quasi-p-value (a handful of cases fit many a box), but no better than the
        // same search finds in shuffled worlds.
        var setAside = 0;
        var foundBefore = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var (points, parameters) = Many(seed);
            var rng = new Pcg32(seed, 9);
            var cases = points.Select(_ => rng.NextDouble() < 0.125).ToArray();

            var untested = Prim.Find(points, cases, parameters, new PrimOptions { SearchPermutations = 0 });
            var tested = Prim.Find(points, cases, parameters);

            if (untested.Box.Limits.Count == 0) continue;
            foundBefore++;
            Assert.Equal(untested.Box.Limits.Select(l => (l.Path, l.Lower, l.Upper)), tested.Found!.Limits.Select(l => (l.Path, l.Lower, l.Upper)));
            Assert.NotNull(tested.SearchPValue);
            if (!tested.SetAsideAsChance) continue;
            setAside++;
            Assert.True(tested.SearchPValue > 0.05);
            Assert.Empty(tested.Box.Limits);
            Assert.Equal(1.0, tested.Box.Coverage);
        }

        // Without the test about one draw in four names a condition; with it, about one in twenty such boxes survives by chance.
        Assert.True(foundBefore >= 6, $"the search found a box in only {foundBefore} of 40 random draws ({setAside} set aside)");
        Assert.True(setAside >= foundBefore - 1, $"{setAside} of {foundBefore} chance boxes set aside");
    }

    [Fact]
    public void a_planted_box_in_few_worlds_survives_the_search_wide_test_and_the_same_worlds_give_the_same_p_value()
    {
        // The challenger wins in the worlds where p3 is above 0.6, and in one world in twenty elsewhere.
        var (points, parameters) = Many(7);
        var rng = new Pcg32(7, 9);
        var cases = points.Select(x => x[3] > 0.6 ? rng.NextDouble() < 0.95 : rng.NextDouble() < 0.05).ToArray();

        var found = Prim.Find(points, cases, parameters);
        var again = Prim.Find(points, cases, parameters);

        Assert.False(found.SetAsideAsChance);
        Assert.True(found.SearchPValue <= 0.01, $"search-wide p {found.SearchPValue}");
        Assert.Contains(found.Box.Limits, l => l.Path == "p3" && l.Lower is > 0.25 and < 0.65);
        Assert.Equal(found.SearchPValue, again.SearchPValue);
    }

    [Fact]
    public void a_switch_and_a_whole_number_are_stated_as_on_and_at_least()
    {
        WorldParameter[] parameters =
        [
            new("contract.noStrikeClause", WorldValueKind.Switch, 0, 1),
            new("committee.initialMembers", WorldValueKind.Whole, 0, 10),
            new("employer.hostility", WorldValueKind.Continuous, 0, 1),
        ];
        var points = LatinHypercube.Sample(parameters, 440, seed: 8);
        var cases = points.Select(x => x[0] == 1 && x[1] >= 4).ToArray();

        var box = Prim.Find(points, cases, parameters).Box;

        Assert.Equal(1.0, box.Density);
        Assert.Equal(1.0, box.Coverage);
        Assert.Equal("no-strike clause is on and committee members at the start is at least 4", WorldsText.Conditions(box.Limits));
    }

    [Fact]
    public void a_switch_limited_below_or_above_its_midpoint_is_stated_as_off_or_on()
    {
        WorldParameter[] parameters =
        [
            new("contract.noStrikeClause", WorldValueKind.Switch, 0, 1),
            new("employer.hostility", WorldValueKind.Continuous, 0, 1),
        ];
        var points = LatinHypercube.Sample(parameters, 400, seed: 9);
        var cases = points.Select(x => x[0] == 0).ToArray();

        var box = Prim.Find(points, cases, parameters).Box;

        Assert.Equal("no-strike clause is off", WorldsText.Conditions(box.Limits));
        Assert.Equal("no-strike clause is off", WorldsText.Condition(new BoxLimit(0, "contract.noStrikeClause", WorldValueKind.Switch, null, 0.5)));
        Assert.Equal("no-strike clause is on", WorldsText.Condition(new BoxLimit(0, "contract.noStrikeClause", WorldValueKind.Switch, 0.5, null)));
        Assert.Equal("no-strike clause is either", WorldsText.Condition(new BoxLimit(0, "contract.noStrikeClause", WorldValueKind.Switch, -0.5, 1.5)));
    }

    [Theory]
    [InlineData(0.61234, "0.612")]
    [InlineData(12.44, "12.4")]
    [InlineData(1234, "1,230")]
    [InlineData(0.000123456, "0.000123")]
    [InlineData(3, "3")]
    [InlineData(-0.25, "-0.25")]
    public void thresholds_are_stated_to_three_significant_figures(double value, string text) =>
        Assert.Equal(text, WorldsText.Number(value));
}
