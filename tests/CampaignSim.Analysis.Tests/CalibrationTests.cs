using CampaignSim.Domain.Scenarios;
using CampaignSim.Scenarios;

namespace CampaignSim.Analysis.Tests;

/// <summary>
/// Every calibration target, run as docs/calibration.md is generated (the default replications and seed). A
/// target the model meets is asserted to pass within its tolerance; for a target it misses, the test asserts the
/// weaker statement that holds, and docs/calibration.md says why it misses.
/// </summary>
public class CalibrationTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, Scenario>> Cases = new(LoadCases);

    private static readonly Lazy<IReadOnlyList<CalibrationResult>> Results = new(() =>
        Calibration.Run(Cases.Value, Calibration.DefaultReplications, Calibration.DefaultSeed));

    private const string Regenerate = $"regenerate it with `{CalibrationReport.Command}`";

    private static IReadOnlyDictionary<string, Scenario> LoadCases()
    {
        var catalog = ScenarioCatalog.Shipped().Cases;
        return Calibration.Cases.ToDictionary(n => n, n => ScenarioLoader.Load(catalog.Resolve(n)).Scenario);
    }

    private static CalibrationResult Result(string id) => Results.Value.Single(r => r.Target.Id == id);

    [Fact]
    public void recognition_drives_see_firings_at_least_as_often_as_the_narrowest_published_measure()
    {
        var r = Result("drive-firings");

        Assert.True(r.Samples >= 200, $"only {r.Samples} drives reached an election");
        Assert.True(r.Mean >= r.Target.Low, $"firings in {r.Mean:P1} of drives, below the accepted {r.Target.Low:P0}");
    }

    [Fact]
    public void unions_win_about_three_quarters_of_first_certification_elections()
    {
        var r = Result("election-win-rate");

        Assert.True(r.Samples >= 200, $"only {r.Samples} drives reached an election");
        Assert.True(r.Pass, $"the union won {r.Mean:P1} of elections, outside {r.Target.Low:P0}–{r.Target.High:P0}");
    }

    [Fact]
    public void first_contracts_come_slowly_and_some_units_wait_years()
    {
        var oneYear = Result("no-first-contract-1y");
        var twoYears = Result("no-first-contract-2y");

        Assert.True(oneYear.Pass, $"{oneYear.Mean:P1} without a contract after a year, outside {oneYear.Target.Low:P0}–{oneYear.Target.High:P0}");
        Assert.True(twoYears.Pass, $"{twoYears.Mean:P1} without a contract after two years, outside {twoYears.Target.Low:P0}–{twoYears.Target.High:P0}");
        Assert.True(twoYears.Mean > oneYear.Mean / 2,
            $"the hazard of a first contract should fall over time (published 52% then 37%), not stay constant: {oneYear.Mean:P1} then {twoYears.Mean:P1}");
    }

    [Fact]
    public void newly_certified_units_win_little_in_wages_within_five_years()
    {
        var r = Result("new-unit-wage-gain");

        Assert.True(r.Samples >= 200, $"only {r.Samples} runs won an election");
        Assert.InRange(r.Mean, 0.1, r.Target.High);
    }

    [Fact]
    public void strike_authorization_after_two_years_of_structured_organizing_matches_ctu_2012()
    {
        var r = Result("strike-authorization");

        Assert.True(r.Pass, $"yes share {r.Mean:P1} of members, outside {r.Target.Low:P1}–{r.Target.High:P1}");
    }

    [Fact]
    public void the_share_of_contracts_with_a_no_strike_clause_matches_the_bna_survey()
    {
        var r = Result("no-strike-clause");

        Assert.True(r.Pass, $"{r.Mean:P1} of contracts, outside {r.Target.Low:P1}–{r.Target.High:P1}");
    }

    [Fact]
    public void a_large_ask_settles_far_below_itself_and_a_modest_one_nearly_in_full()
    {
        var chicago = Result("settlement-ctu-2012");
        var westVirginia = Result("settlement-wv-2018");
        var losAngeles = Result("settlement-utla-2019");

        Assert.True(chicago.Pass, $"CTU 2012 settled at {chicago.Mean:P1} of its ask, outside {chicago.Target.Low:P0}–{chicago.Target.High:P0}");
        Assert.True(losAngeles.Pass, $"UTLA 2019 settled at {losAngeles.Mean:P1} of the pre-strike offer, outside {losAngeles.Target.Low:P0}–{losAngeles.Target.High:P0}");
        Assert.True(westVirginia.Mean > 0.7 && westVirginia.Mean > 3 * chicago.Mean,
            $"a 5% ask should win most of itself and far more of itself than a 30% ask: {westVirginia.Mean:P1} against {chicago.Mean:P1}");
    }

    [Fact]
    public void stoppages_are_rare_in_an_ordinary_union_workplace_and_wildcats_are_minority_affairs()
    {
        var frequency = Result("stoppage-frequency");
        var walkout = Result("minority-walkout");

        Assert.True(frequency.Pass, $"{frequency.Mean:P1} of workplace-years with a stoppage, outside {frequency.Target.Low:P1}–{frequency.Target.High:P1}");
        Assert.True(walkout.Samples >= 5, $"only {walkout.Samples} walkouts in {walkout.Runs} runs of a provoked depot");
        Assert.InRange(walkout.Mean, 0.03, 0.5);
    }

    [Fact]
    public void reform_caucuses_win_sometimes_and_fired_workers_return_as_often_as_at_stardust()
    {
        var caucus = Result("reform-caucus-wins");
        var reinstatement = Result("reinstatement-taken-up");

        Assert.True(caucus.Pass, $"the caucus won {caucus.Mean:P1} of officer elections, outside {caucus.Target.Low:P0}–{caucus.Target.High:P0}");
        Assert.True(reinstatement.Pass, $"{reinstatement.Mean:P1} returned, outside {reinstatement.Target.Low:P0}–{reinstatement.Target.High:P0}");
    }

    [Fact]
    public void the_calibration_page_reports_the_pass_or_fail_the_engine_gives_now()
    {
        var page = Docs.Read("calibration.md");

        Assert.Contains(CalibrationReport.Command, page);
        Assert.Contains($"{Calibration.DefaultReplications} replications per model from seed {Calibration.DefaultSeed} ", page);
        foreach (var r in Results.Value)
        {
            var row = page.Split('\n').SingleOrDefault(l => l.StartsWith($"| [{r.Target.Name}](#{r.Target.Id})", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/calibration.md has no row for {r.Target.Id}; {Regenerate}");
            Assert.True(row.EndsWith(r.Pass ? "| pass |" : "| **fail** |", StringComparison.Ordinal),
                $"docs/calibration.md is stale for {r.Target.Id} (the engine now gives {(r.Pass ? "pass" : "fail")} at {r.Mean:0.###}); {Regenerate}");
        }
    }

    [Fact]
    public void every_case_file_is_run_by_a_target_and_every_target_has_its_case_file()
    {
        var files = ScenarioCatalog.Shipped().Cases.List().Select(e => e.ShortName).Order().ToArray();

        Assert.Equal(Calibration.Cases.Order().ToArray(), files);
    }

    [Fact]
    public void a_calibration_run_is_the_same_on_one_thread_and_on_many()
    {
        var target = Calibration.Targets.Single(t => t.Id == "strike-authorization");

        var one = Calibration.Run(target, Cases.Value[target.Case], 16, 99, maxDegreeOfParallelism: 1);
        var many = Calibration.Run(target, Cases.Value[target.Case], 16, 99, maxDegreeOfParallelism: 4);

        Assert.Equal(one, many);
    }

    [Fact]
    public void the_report_marks_every_missed_target_and_explains_it()
    {
        var markdown = CalibrationReport.ToMarkdown(Results.Value);

        foreach (var r in Results.Value)
        {
            Assert.Contains($"<a id=\"{r.Target.Id}\"></a>", markdown);
            if (!r.Pass)
            {
                Assert.False(string.IsNullOrWhiteSpace(r.Target.WhenMissed), $"{r.Target.Id} misses but says nothing about why");
                Assert.Contains(r.Target.WhenMissed, markdown);
            }
        }
    }
}
