using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Analysis.Tests;

public class IntervalTests
{
    [Theory]
    [InlineData(1, 12.7062047361725)]
    [InlineData(9, 2.26215716279822)]
    [InlineData(30, 2.04227245630126)]
    [InlineData(31, 2.03951344639641)]
    [InlineData(60, 2.00029782201426)]
    [InlineData(199, 1.97195654425184)]
    public void the_t_quantile_matches_published_values(int degreesOfFreedom, double expected) =>
        Assert.Equal(expected, StudentT.Quantile975(degreesOfFreedom), 1e-7);

    [Fact]
    public void a_small_sample_gets_a_t_interval_wider_than_the_normal_one()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var (low, high) = Statistics.MeanInterval95(values, Statistics.Mean(values));

        // mean 5.5, sd 3.02765, se 0.957427; t(9) = 2.262157 gives ±2.165851.
        Assert.Equal(3.334149, low, 1e-6);
        Assert.Equal(7.665851, high, 1e-6);
    }

    [Fact]
    public void an_interval_of_a_mean_stays_inside_the_values_it_averages()
    {
        var values = Enumerable.Repeat(3.0, 98).Concat([2.0, 2.0]).ToArray();
        var (low, high) = Statistics.MeanInterval95(values, Statistics.Mean(values));

        Assert.Equal(3.0, high);
        Assert.True(low < 2.98);
    }

    [Theory]
    [InlineData(0, 100, 0, 0.0369935)]
    [InlineData(100, 100, 0.9630065, 1)]
    [InlineData(14, 100, 0.0852634, 0.2213719)]
    [InlineData(5, 10, 0.2365931, 0.7634069)]
    public void wilson_intervals_match_known_values(int successes, int n, double low, double high)
    {
        var interval = Statistics.Wilson95(successes, n);

        Assert.Equal(low, interval.Low, 1e-6);
        Assert.Equal(high, interval.High, 1e-6);
    }

    [Fact]
    public void a_yes_no_outcome_is_summarised_as_a_rate_with_a_wilson_interval()
    {
        var runs = Enumerable.Repeat(0.0, 86).Concat(Enumerable.Repeat(1.0, 14)).ToArray();
        var summary = MetricSummary.Of(runs, proportion: true);

        Assert.Equal(0.14, summary.Mean, 1e-12);
        Assert.Equal(0.0852634, summary.CiLow, 1e-6);
        Assert.Equal(0.2213719, summary.CiHigh, 1e-6);
    }
}
