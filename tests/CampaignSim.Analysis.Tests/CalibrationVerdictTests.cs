using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Reports;

namespace CampaignSim.Analysis.Tests;

/// <summary>
/// A target passes only when its whole 95% interval is within tolerance, fails when the whole interval is outside, and
/// is undecided between: the election win rate (published 75%, accepted 70–80%) with made-up estimates.
/// </summary>
public sealed class CalibrationVerdictTests
{
    private static CalibrationResult With(double value, double low, double high, int samples = 400) =>
        new(Calibration.Targets.Single(t => t.Id == "election-win-rate"), new Scenario(), 200, 1,
            new CalibrationEstimate(value, low, high, (high - low) / 3.92, samples, 400), new Dictionary<string, CalibrationEstimate>());

    [Theory]
    [InlineData(0.75, 0.73, 0.77, CalibrationVerdict.Pass)]
    [InlineData(0.71, 0.70, 0.72, CalibrationVerdict.Pass)]
    [InlineData(0.71, 0.69, 0.73, CalibrationVerdict.Undecided)]
    [InlineData(0.69, 0.67, 0.71, CalibrationVerdict.Undecided)]
    [InlineData(0.79, 0.77, 0.81, CalibrationVerdict.Undecided)]
    [InlineData(0.66, 0.64, 0.68, CalibrationVerdict.Fail)]
    [InlineData(0.84, 0.81, 0.87, CalibrationVerdict.Fail)]
    public void the_interval_decides_against_the_accepted_range(double value, double low, double high, CalibrationVerdict expected)
    {
        var r = With(value, low, high);

        Assert.Equal(expected, r.Verdict);
        Assert.Equal(expected == CalibrationVerdict.Pass, r.Pass);
        Assert.Equal(expected == CalibrationVerdict.Fail, r.Fail);
    }

    [Fact]
    public void an_undecided_target_names_the_edge_its_interval_crosses()
    {
        Assert.Equal(0.70, With(0.71, 0.69, 0.73).CrossedEdge, 9);
        Assert.Equal(0.80, With(0.79, 0.77, 0.81).CrossedEdge, 9);
        Assert.True(double.IsNaN(With(0.75, 0.73, 0.77).CrossedEdge));
    }

    [Fact]
    public void an_undecided_target_says_how_many_replications_would_decide_it()
    {
        // Half-width 0.02 against 0.01 from the edge: the interval must halve, so four times the 200 replications.
        Assert.Equal(800, With(0.71, 0.69, 0.73).ReplicationsToDecide);
        Assert.Null(With(0.75, 0.73, 0.77).ReplicationsToDecide);
        Assert.Null(With(0.66, 0.64, 0.68).ReplicationsToDecide);
    }

    [Fact]
    public void a_figure_on_the_edge_is_not_sent_to_run_more_than_the_command_allows()
    {
        var onTheEdge = With(0.7001, 0.6900, 0.7102);

        Assert.True(onTheEdge.ReplicationsToDecide > ComparisonRequest.MaxReplications);
        Assert.Equal("; the figure sits so near the edge that even 100,000 replications per model would not decide it.",
            CalibrationReport.ToDecide(onTheEdge, more => $"--runs {more}"));
        Assert.Equal("; --runs 800.", CalibrationReport.ToDecide(With(0.71, 0.69, 0.73), more => $"--runs {more}"));
        Assert.Equal(".", CalibrationReport.ToDecide(With(0.75, 0.73, 0.77), more => $"--runs {more}"));
        Assert.Equal(int.MaxValue, With(0.70, 0.69, 0.71).ReplicationsToDecide);
    }

    [Fact]
    public void without_a_sample_a_target_fails_and_without_an_interval_its_figure_decides()
    {
        Assert.Equal(CalibrationVerdict.Fail, With(double.NaN, double.NaN, double.NaN, samples: 0).Verdict);
        Assert.Equal(CalibrationVerdict.Pass, With(0.74, double.NaN, double.NaN, samples: 1).Verdict);
        Assert.Equal(CalibrationVerdict.Fail, With(0.60, double.NaN, double.NaN, samples: 1).Verdict);
    }

    [Fact]
    public void the_set_summary_counts_undecided_targets_apart()
    {
        var results = new[] { With(0.75, 0.73, 0.77), With(0.71, 0.69, 0.73), With(0.60, 0.58, 0.62) };

        Assert.Equal("Fitting set: 1 of 3 targets within tolerance, 1 undecided.", CalibrationReport.SetSummary(CalibrationSet.Fitting, results));
        Assert.Equal("Fitting set: 1 of 1 targets within tolerance.", CalibrationReport.SetSummary(CalibrationSet.Fitting, results[..1]));
    }
}
