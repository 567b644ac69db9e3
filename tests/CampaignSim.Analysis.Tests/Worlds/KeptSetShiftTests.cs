using CampaignSim.Analysis.Worlds;
using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>
/// The settled rule of history matching: the Kolmogorov–Smirnov distance and the two-proportion z statistic, checked
/// against values worked by hand, and the rule on samples whose difference is known from how they are drawn.
/// </summary>
public class KeptSetShiftTests
{
    private static readonly WorldParameter[] Five =
        Enumerable.Range(0, 5).Select(j => new WorldParameter($"p{j}", WorldValueKind.Continuous, 0, 1)).ToArray();

    [Fact]
    public void the_distance_is_the_largest_gap_between_the_two_empirical_distributions()
    {
        Assert.Equal(0, KeptSetShift.Distance([1, 2, 3], [3, 2, 1]));
        Assert.Equal(1, KeptSetShift.Distance([1, 2, 3], [4, 5, 6]));
        // At 2: 2/4 of the first, 0 of the second.
        Assert.Equal(0.5, KeptSetShift.Distance([1, 2, 3, 4], [3, 4, 5, 6]));
        // Ties count both samples' values at once: at 1, 2/3 against 1/2.
        Assert.Equal(1.0 / 6, KeptSetShift.Distance([1, 1, 2], [1, 2]), 12);
    }

    [Fact]
    public void the_share_test_uses_the_pooled_share()
    {
        Assert.Equal(0, KeptSetShift.ZOfShares(100, 300, 100, 300));
        // 1/6 against 1/3; pooled 1/4, variance 1/4 × 3/4 × 2/300.
        Assert.Equal((1.0 / 3 - 1.0 / 6) / Math.Sqrt(0.25 * 0.75 * 2 / 300), KeptSetShift.ZOfShares(50, 300, 100, 300), 12);
        Assert.Equal(0, KeptSetShift.ZOfShares(0, 300, 0, 300));
    }

    [Fact]
    public void two_samples_of_one_distribution_have_settled_and_a_moved_parameter_is_named()
    {
        var before = Uniform(150, seed: 1);
        var after = Uniform(150, seed: 2);

        var same = KeptSetShift.Between(Five, 1, before, 300, after, 300);
        // Bonferroni over five: each at 1%; c = √(−ln 0.005 / 2) ≈ 1.6276, times √(2 / 150).
        Assert.Equal(Math.Sqrt(-Math.Log(0.005) / 2) * Math.Sqrt(2.0 / 150), same.DistanceLimit, 12);
        Assert.True(same.Settled, $"distance {same.LargestDistance} against {same.DistanceLimit}");

        // The third parameter's kept values move up by 0.3: a distance near 0.3, far above the limit of about 0.19.
        var moved = KeptSetShift.Between(Five, 1, before, 300, after.Select(r => r.Select((v, j) => j == 2 ? v * 0.7 + 0.3 : v).ToArray()).ToArray(), 300);
        Assert.False(moved.Settled);
        Assert.Equal("p2", moved.LargestPath);
        Assert.InRange(moved.LargestDistance, 0.2, 0.4);

        // The same values, but half again as many of the wave's candidates kept: the share moved.
        var more = KeptSetShift.Between(Five, 1, before, 450, after, 300);
        Assert.False(more.Settled);
        Assert.True(more.ShareZ > KeptSetShift.ShareZLimit);
    }

    private static double[][] Uniform(int count, ulong seed)
    {
        var rng = new Pcg32(seed, 3);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, Five.Length).Select(_ => rng.NextDouble()).ToArray()).ToArray();
    }
}
