using CampaignSim.Analysis.Worlds;
using CampaignSim.Reports;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>History matching against the calibration targets: the variances used, and the report when no world is kept.</summary>
public class CalibrationWorldsTests
{
    [Fact]
    public void a_target_is_weighed_with_its_stated_uncertainty_and_its_stated_discrepancy()
    {
        foreach (var t in Calibration.Targets)
        {
            var h = CalibrationWorlds.ToHistoryTarget(t);
            Assert.Equal(t.Id, h.Id);
            Assert.Equal(t.Published, h.Published);
            Assert.Equal(t.Uncertainty * t.Uncertainty, h.PublishedVariance, 12);
            Assert.Equal(t.DiscrepancySd * t.DiscrepancySd, h.DiscrepancyVariance, 12);
        }

        Assert.True(CalibrationWorlds.ToHistoryTarget(Calibration.Targets.Single(t => t.Id == "settlement-ctu-2012")).OneCase);
        Assert.False(CalibrationWorlds.ToHistoryTarget(Calibration.Targets.Single(t => t.Id == "drive-firings")).OneCase);
        Assert.All(CalibrationWorlds.OneCaseTargets, id => Assert.Contains(Calibration.Targets, t => t.Id == id));
    }

    [Fact]
    public void a_discrepancy_is_stated_with_its_reason_only_where_the_defaults_miss_for_a_documented_structural_reason()
    {
        // The one fitting target the defaults miss (docs/calibration.md) carries a discrepancy; every other target has none,
        // and no validation target may carry one, as validation targets choose nothing.
        var stated = Calibration.Targets.Where(t => t.DiscrepancySd != 0).Select(t => t.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["settlement-wv-2018"], stated);
        Assert.All(Calibration.Targets, t =>
        {
            Assert.True(t.DiscrepancySd >= 0, t.Id);
            Assert.Equal(t.DiscrepancySd > 0, t.DiscrepancyReason.Length > 0);
            Assert.False(t.Set == CalibrationSet.Validation && t.DiscrepancySd > 0, t.Id);
        });
    }

    [Fact]
    public void a_stated_discrepancy_enters_the_implausibility()
    {
        var target = Calibration.Targets.Single(t => t.Id == "settlement-wv-2018");
        var simulated = new SimulatedTarget(0.79, 0.01, 20);
        var with = CalibrationWorlds.ToHistoryTarget(target);
        var without = with with { DiscrepancyVariance = 0 };
        var noise = with.SimulationVariance(simulated);

        Assert.Equal(0.21 / Math.Sqrt(0.075 * 0.075 + noise), Implausibility.Of(without, simulated), 9);
        Assert.Equal(0.21 / Math.Sqrt(0.075 * 0.075 + 0.2 * 0.2 + noise), Implausibility.Of(with, simulated), 9);
        Assert.True(Implausibility.Of(with, simulated) < Implausibility.Of(without, simulated));
    }

    [Fact]
    public void short_strikes_met_by_the_defaults_carries_no_discrepancy_and_rules_out_worlds_of_only_long_or_only_short_stoppages()
    {
        // Counted as the tracker counts them (demonstration strikes included), the defaults meet it, so nothing widens it.
        var h = CalibrationWorlds.ToHistoryTarget(Calibration.Targets.Single(t => t.Id == "short-strikes"));
        Assert.Equal(0, h.DiscrepancyVariance);
        Assert.True(Implausibility.Of(h, new SimulatedTarget(0.5, 0, 100)) < Implausibility.DefaultCutoff);
        Assert.True(Implausibility.Of(h, new SimulatedTarget(0, 0, 100)) > Implausibility.DefaultCutoff);
        Assert.True(Implausibility.Of(h, new SimulatedTarget(1, 0, 100)) > Implausibility.DefaultCutoff);
    }

    [Fact]
    public void only_the_active_parameters_vary_each_with_a_reason_within_its_documented_range()
    {
        var active = CalibrationWorlds.ActiveParameters();
        var all = WorldParameter.Coefficients().ToDictionary(p => p.Path);

        Assert.Equal(CalibrationWorlds.ActiveReasons.Count, active.Count);
        Assert.Equal(active.Count, active.Select(p => p.Path).Distinct().Count());
        Assert.True(active.Count < all.Count);
        Assert.All(active, p =>
        {
            Assert.True(all.ContainsKey(p.Path), $"{p.Path} is not an uncertain coefficient");
            Assert.Equal(all[p.Path], p);
            Assert.DoesNotContain("workplaces[]", p.Path, StringComparison.Ordinal);
            Assert.NotEmpty(CalibrationWorlds.ActiveReason(p.Path));
        });

        // Every mechanics input a fitting target declares is varied.
        var declared = CalibrationWorlds.Targets(CalibrationSet.Fitting).SelectMany(t => t.Inputs).Where(all.ContainsKey).Where(p => p.StartsWith("mechanics.", StringComparison.Ordinal));
        Assert.All(declared, p => Assert.Contains(active, a => a.Path == p));
        Assert.Empty(CalibrationWorlds.ActiveReason("mechanics.reactions.disciplineChillFear"));
    }

    [Fact]
    public void each_active_parameter_is_constrained_by_the_fitting_targets_its_reason_names()
    {
        var fitting = CalibrationWorlds.Targets(CalibrationSet.Fitting);
        var constrained = CalibrationWorlds.ConstrainedBy(fitting);

        Assert.Equal(CalibrationWorlds.ActiveReasons.Select(a => a.Key), constrained.Keys);
        Assert.All(constrained.Values.SelectMany(ids => ids), id => Assert.Contains(fitting, t => t.Id == id));
        Assert.Equal(["election-win-rate"], constrained["mechanics.elections.certificationYesFear"]);
        Assert.Equal(["settlement-ctu-2012", "settlement-wv-2018", "new-unit-wage-gain"], constrained["mechanics.bargaining.concessionSteepness"]);
        Assert.Equal(["stoppage-frequency"], constrained["mechanics.participation.wildcatChance"]);
        // Varied for what they do to the outcomes compared, not constrained by a fitting target.
        Assert.Empty(constrained["mechanics.participation.willingnessFloor"]);
        // Every fitting target constrains some parameter.
        Assert.All(fitting, t => Assert.Contains(constrained.Values, ids => ids.Contains(t.Id)));
    }

    [Fact]
    public void the_simulator_sets_only_the_parameters_it_is_given()
    {
        var parameters = new[] { WorldParameter.From("mechanics.bargaining.concessionSteepness") };
        var settings = CalibrationWorlds.Settings(parameters, [2.5]);

        Assert.Equal(["mechanics.bargaining.concessionSteepness"], settings.Keys);
        Assert.Equal(2.5, settings["mechanics.bargaining.concessionSteepness"]);
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
    public void the_simulator_of_whole_waves_gives_each_candidate_the_figures_of_the_simulator_of_one()
    {
        var fitting = CalibrationWorlds.Targets(CalibrationSet.Fitting).Where(t => t.Id is "strike-authorization" or "settlement-wv-2018").ToArray();
        var catalog = Scenarios.ScenarioCatalog.Shipped().Cases;
        var cases = CalibrationWorlds.CasesOf(fitting).ToDictionary(n => n, n => Scenarios.ScenarioLoader.Load(catalog.Resolve(n)).Scenario, StringComparer.Ordinal);
        var parameters = new[] { WorldParameter.From("mechanics.bargaining.concessionSteepness") };
        WorldCandidate[] candidates = [new(1, 0, [2.5], 11), new(1, 1, [3.5], 12)];
        CalibrationJob? asked = null;

        var whole = CalibrationWorlds.BatchSimulator(fitting, cases, parameters, 3, job => (asked = job).Run())(candidates);
        var one = CalibrationWorlds.Simulator(fitting, cases, parameters, 3);

        Assert.Equal(candidates.Select(c => one(c)), whole);
        Assert.Equal([11UL, 12UL], asked!.Worlds.Select(w => w.Seed));
        Assert.False(asked.WithDiagnostics);
        Assert.NotEqual(whole[0], whole[1]);
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
        Assert.Contains("## The parameters varied", report);
        Assert.Contains("| settlement-ctu-2012, settlement-wv-2018, new-unit-wage-gain: the concession curve", report);
    }

    [Fact]
    public void the_report_shows_each_stated_discrepancy_with_its_reason()
    {
        var fitting = CalibrationWorlds.Targets(CalibrationSet.Fitting);
        var parameters = new[] { WorldParameter.From("mechanics.bargaining.concessionSteepness") };
        var targets = fitting.Select(CalibrationWorlds.ToHistoryTarget).ToArray();
        var result = HistoryMatching.Run(parameters, targets, _ => targets.Select(t => new SimulatedTarget(t.Published, 0, 100)).ToArray(),
            new HistoryMatchingOptions { CandidatesPerWave = 10, MaxWaves = 1 });

        var report = WorldsReport.ToMarkdown(result, fitting, [], [], new Dictionary<string, int>(), 5, "campaignsim calibrate --worlds 10", "9.9.9");

        Assert.Contains("| A modest ask won in full by a short strike (West Virginia 2018) (`settlement-wv-2018`) | 1 | 0.075 | 0.2 | yes |", report);
        Assert.Contains("- `settlement-wv-2018`, discrepancy 0.2: the political cost of closing every school", report);
        Assert.DoesNotContain("- `short-strikes`, discrepancy", report);
        Assert.DoesNotContain("- `drive-firings`, discrepancy", report);
    }
}
