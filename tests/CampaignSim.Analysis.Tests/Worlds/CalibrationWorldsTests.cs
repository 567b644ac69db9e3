using CampaignSim.Analysis.Worlds;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>History matching against the calibration targets: the variances used, and the report when no world is kept.</summary>
public class CalibrationWorldsTests
{
    [Fact]
    public void a_target_is_weighed_with_its_stated_uncertainty_and_no_added_discrepancy()
    {
        foreach (var t in Calibration.Targets)
        {
            var h = CalibrationWorlds.ToHistoryTarget(t);
            Assert.Equal(t.Id, h.Id);
            Assert.Equal(t.Published, h.Published);
            Assert.Equal(t.Uncertainty * t.Uncertainty, h.PublishedVariance, 12);
            Assert.Equal(0, h.DiscrepancyVariance);
        }

        Assert.True(CalibrationWorlds.ToHistoryTarget(Calibration.Targets.Single(t => t.Id == "settlement-ctu-2012")).OneCase);
        Assert.False(CalibrationWorlds.ToHistoryTarget(Calibration.Targets.Single(t => t.Id == "drive-firings")).OneCase);
        Assert.All(CalibrationWorlds.OneCaseTargets, id => Assert.Contains(Calibration.Targets, t => t.Id == id));
    }

    [Fact]
    public void a_mean_target_has_the_implausibility_the_calibration_page_prints()
    {
        var target = Calibration.Targets.Single(t => t.Id == "drive-firings");
        var estimate = new CalibrationEstimate(0.40, 0.30, 0.50, 0.02, 400, 400);
        var result = new CalibrationResult(target, new Domain.ScenarioSpecs.Scenario(), 200, 1, estimate, new Dictionary<string, CalibrationEstimate>());

        var worlds = Implausibility.Of(CalibrationWorlds.ToHistoryTarget(target), CalibrationWorlds.Simulated(result));

        Assert.Equal(result.Implausibility, worlds, 9);
    }

    [Fact]
    public void with_no_world_kept_the_report_names_the_targets_that_rule_everything_out()
    {
        var fitting = CalibrationWorlds.Targets(CalibrationSet.Fitting).Take(2).ToArray();
        var parameters = new[] { WorldParameter.From("mechanics.bargaining.concessionSteepness") };
        var targets = fitting.Select(CalibrationWorlds.ToHistoryTarget).ToArray();

        // The first target is always met, the second never: every candidate is ruled out by the second alone.
        var result = HistoryMatching.Run(parameters, targets,
            _ => [new SimulatedTarget(targets[0].Published, 0, 100), new SimulatedTarget(targets[1].Published + 100, 0, 100)],
            new HistoryMatchingOptions { CandidatesPerWave = 20, MaxWaves = 2 });
        var report = WorldsReport.ToMarkdown(result, fitting, [], [], new Dictionary<string, int>(), 5, "campaignsim calibrate --worlds 20", "9.9.9");

        Assert.Empty(result.Worlds);
        Assert.Contains("**No candidate met every fitting target: there is no plausible world.**", report);
        Assert.Contains($"(`{fitting[1].Id}`): rules out 20 of 20 candidates (100%), 20 of them alone.", report);
        Assert.DoesNotContain($"(`{fitting[0].Id}`): rules out", report);
        Assert.Contains("There is no plausible world to check against the validation targets.", report);
        Assert.Contains("| Concession steepness", report, StringComparison.OrdinalIgnoreCase);
    }
}
