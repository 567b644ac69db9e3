using CampaignSim.Reports;
using System.Globalization;
using System.Xml.Linq;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Tests;

public class SensitivityTests
{
    private const int Trajectories = 6;
    private const int Levels = 4;

    /// <summary>A small unionized workplace with a departmental network, its contract expiring inside the campaign.</summary>
    private static readonly Scenario Small = new()
    {
        Name = "Small <test> workplace & co",
        Weeks = 40,
        Workplaces = [new WorkplaceSpec { Workers = 40, Departments = 2, Contract = new ContractSpec { ExpiryWeek = 30 } }],
    };

    private static readonly Lazy<SensitivityResult> Screening = new(() => Run(seed: 7));

    private static SensitivityResult Run(ulong seed, Scenario? scenario = null, IReadOnlyList<SensitivityParameter>? parameters = null) =>
        Sensitivity.Run(scenario ?? Small, ModelCatalog.Ids, Trajectories, Levels, replicationsPerPoint: 1, seed, parameters);

    [Fact]
    public void the_same_seed_gives_the_same_screening_and_another_seed_a_different_one()
    {
        var again = Run(seed: 7);
        var other = Run(seed: 8);

        Assert.Equal(Screening.Value.Effects, again.Effects);
        Assert.Equal(Screening.Value.RankingChanges, again.RankingChanges);
        Assert.Equal(Screening.Value.BaseTopModels, again.BaseTopModels);
        Assert.Equal(SensitivityReport.ToMarkdown(Screening.Value), SensitivityReport.ToMarkdown(again));
        Assert.NotEqual(Screening.Value.Effects, other.Effects);
    }

    [Fact]
    public void a_mechanics_group_selects_every_coefficient_under_its_prefix_and_an_unknown_word_is_named()
    {
        var (participation, _) = SensitivityParameters.Select("mechanics.participation");
        var (mixed, _) = SensitivityParameters.Select("mechanics.participation.willingnessFloor, workplaces[].employer.hostility");
        var (_, unknown) = SensitivityParameters.Select("mechanics.participation,mechanics.nothing");

        Assert.NotNull(participation);
        Assert.Equal(Domain.Mechanics.ScenarioParameter.Mechanics.Count(p => p.Path.StartsWith("mechanics.participation.", StringComparison.Ordinal)), participation.Count);
        Assert.Equal(["mechanics.participation.willingnessFloor", "workplaces[].employer.hostility"], mixed!.Select(p => p.Path));
        Assert.Equal("mechanics.nothing", unknown);
        Assert.Equal(SensitivityParameters.Mechanics.Count, Domain.Mechanics.ScenarioParameter.Mechanics.Count(p => p.ValueType != typeof(bool)));
    }

    [Fact]
    public void screening_a_mechanics_coefficient_moves_the_outcomes_it_enters_and_not_those_it_cannot_reach()
    {
        var (parameters, _) = SensitivityParameters.Select("mechanics.participation.willingnessFloor,mechanics.participation.cityPicketSupportShare");
        var result = Run(seed: 3, parameters: parameters);

        // The floor decides who can join any action; the city committee's picket support enters only with a city committee.
        Assert.True(result.Effect("peakParticipation", "mechanics.participation.willingnessFloor").MuStar > 0);
        Assert.All(result.Effects.Where(e => e.Parameter == "mechanics.participation.cityPicketSupportShare"), e => Assert.Equal(0, e.MuStar));
    }

    [Fact]
    public void small_world_rewiring_has_no_effect_under_a_departmental_network()
    {
        const string rewiring = "workplaces[].network.rewiring";
        var result = Screening.Value;

        Assert.All(result.Effects.Where(e => e.Parameter == rewiring), e => Assert.Equal(0, e.MuStar));
        Assert.Equal(0, result.RankingChanges.Single(r => r.Parameter == rewiring).OrderChanges);
        Assert.True(result.Effect("anyFiring", "workplaces[].employer.hostility").MuStar > 0);
    }

    [Fact]
    public void rewiring_does_move_outcomes_under_a_small_world_network()
    {
        var smallWorld = Small with { Workplaces = [Small.Workplaces[0] with { Network = new NetworkSpec { Kind = NetworkKind.SmallWorld, RingNeighbours = 4 } }] };
        var parameters = SensitivityParameters.Default.Where(p => p.Path is "workplaces[].network.rewiring" or "workplaces[].employer.hostility").ToArray();

        var result = Run(seed: 7, smallWorld, parameters);

        Assert.Contains(result.Effects, e => e.Parameter == "workplaces[].network.rewiring" && e.MuStar > 0);
    }

    [Fact]
    public void every_default_parameter_is_a_scenario_key_screened_inside_its_documented_range()
    {
        var ranges = Docs.TableAfter(Docs.Read("ODD.md"), "## Appendix A. Scenario parameters")
            .ToDictionary(r => Docs.Code(r[0]), r => r[3]);
        foreach (var p in SensitivityParameters.Default)
        {
            Assert.True(ScenarioKeys.Find(p.Path) is { } key && (key.Type == typeof(double) || key.Type == typeof(int)), $"{p.Path} is not a numeric scenario key");
            var range = ranges[p.Path].Split(['–', ';', ','])[..2].Select(s => s.Trim()).ToArray();
            var low = double.Parse(range[0], CultureInfo.InvariantCulture);
            Assert.True(p.Min >= low && p.Min < p.Max, $"{p.Path}: screened from {p.Min}, documented from {low}");
            if (double.TryParse(range[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var high))
            {
                Assert.True(p.Max <= high, $"{p.Path}: screened to {p.Max}, documented to {high}");
            }
        }
    }

    [Fact]
    public void the_chart_has_a_bar_per_parameter_and_escapes_every_label()
    {
        var svg = SensitivityReport.ToSvgChart(Screening.Value, "wageChangePct");

        var root = XElement.Parse(svg);
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal(SensitivityParameters.Default.Count, root.Elements().Count(e => e.Name.LocalName == "rect") - 1);
        Assert.Contains("Small &lt;test&gt; workplace &amp; co", svg);
        Assert.DoesNotContain("<test>", svg);
        Assert.DoesNotContain("<script", svg);
    }

    [Fact]
    public void the_markdown_lists_every_parameter_and_metric()
    {
        var markdown = SensitivityReport.ToMarkdown(Screening.Value);

        Assert.All(SensitivityParameters.Default, p => Assert.Contains($"`{p.Path}`", markdown));
        Assert.All(Sensitivity.DefaultMetrics, m => Assert.Contains($"`{m}`", markdown));
    }

    [Fact]
    public void an_odd_number_of_levels_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Sensitivity.Run(Small, ModelCatalog.Ids, 2, 3, 1, 1, cancellationToken: TestContext.Current.CancellationToken));
    }
}
