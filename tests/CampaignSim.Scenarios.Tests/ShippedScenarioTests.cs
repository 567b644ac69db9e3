using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Scenarios.Tests;

public class ShippedScenarioTests
{
    private static readonly string[] Expected =
    [
        "nonunion-diner", "teachers-reform-caucus", "hospital-stewards", "postal-depot-dual-card", "nursing-home-militant",
        "citywide-committee",
    ];

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        var catalog = ScenarioCatalog.Shipped();
        foreach (var entry in catalog.List())
        {
            data.Add(entry.FileName);
        }

        foreach (var entry in catalog.Cases.List())
        {
            data.Add($"{ScenarioCatalog.CasesFolderName}/{entry.FileName}");
        }

        return data;
    }

    private static string PathOf(string fileName) => Path.Combine(ScenarioCatalog.Shipped().Directory, fileName);

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void every_shipped_scenario_loads(string fileName)
    {
        var loaded = ScenarioLoader.Load(PathOf(fileName));

        Assert.NotEmpty(loaded.Scenario.Workplaces);
        Assert.Equal(64, loaded.SourceSha256.Length);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void every_shipped_scenario_opens_with_covers_scenario_and_sources_headers(string fileName)
    {
        var header = File.ReadLines(PathOf(fileName)).TakeWhile(l => l.StartsWith('#')).ToList();

        Assert.StartsWith("# Covers:", header[0]);
        Assert.Contains(header, l => l.StartsWith("# Scenario:", StringComparison.Ordinal));
        Assert.Contains(header, l => l.StartsWith("# Sources:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void every_shipped_workplace_has_at_most_800_workers_so_comparisons_stay_fast(string fileName)
    {
        var scenario = ScenarioLoader.Load(PathOf(fileName)).Scenario;

        Assert.All(scenario.Workplaces, w => Assert.InRange(w.Workers, 2, 800));
    }

    [Fact]
    public void the_catalog_lists_the_six_situations_from_the_article_with_names_and_summaries()
    {
        var entries = ScenarioCatalog.Shipped().List();

        Assert.Superset(Expected.ToHashSet(), entries.Select(e => e.ShortName).ToHashSet());
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.DoesNotContain('\n', e.Summary);
        });
    }

    [Fact]
    public void a_bare_name_resolves_to_the_shipped_file()
    {
        var catalog = ScenarioCatalog.Shipped();

        var path = catalog.Resolve("hospital-stewards");

        Assert.Equal(Path.Combine(catalog.Directory, "hospital-stewards.yaml"), path);
        Assert.Equal(path, catalog.Resolve("hospital-stewards.yaml"));
    }

    [Fact]
    public void a_calibration_case_resolves_by_its_name_under_the_scenarios_folder()
    {
        var catalog = ScenarioCatalog.Shipped();

        var path = catalog.Resolve("cases/ctu-2012");

        Assert.Equal(Path.Combine(catalog.Cases.Directory, "ctu-2012.yaml"), path);
        Assert.Equal(path, catalog.Cases.Resolve("ctu-2012"));
    }

    [Fact]
    public void a_name_never_resolves_to_a_file_outside_the_scenarios_folder()
    {
        var catalog = ScenarioCatalog.Shipped();

        Assert.Null(catalog.TryResolve("../CampaignSim.sln"));
        Assert.Null(catalog.TryResolve("cases/../../README.md"));
    }

    [Fact]
    public void an_unknown_name_lists_the_shipped_scenarios_and_suggests_the_closest()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioCatalog.Shipped().Resolve("hospital-steward"));

        Assert.Contains("did you mean 'hospital-stewards'?", e.Message);
        Assert.Contains("nonunion-diner", e.Message);
    }

    [Fact]
    public void the_diner_has_no_mainstream_union_and_a_leader_fired_shock()
    {
        var diner = ScenarioLoader.Load(PathOf("nonunion-diner.yaml")).Scenario.Workplaces.Single();

        Assert.False(diner.Union.Present);
        Assert.Contains(diner.Shocks, s => s.Kind == ShockKind.LeaderFired);
        Assert.True(diner.Employer.RedBaiting >= 0.7);
    }

    [Fact]
    public void the_teachers_scenario_has_an_election_before_the_contract_expires_and_a_conservative_turn()
    {
        var scenario = ScenarioLoader.Load(PathOf("teachers-reform-caucus.yaml")).Scenario;
        var district = scenario.Workplaces.Single();

        Assert.InRange(district.Union.NextElectionWeek, 1, district.Contract.ExpiryWeek - 1);
        Assert.Contains(district.Shocks, s => s.Kind == ShockKind.LeadershipTurnsConservative);
        Assert.NotEqual(UnionStance.Militant, district.Union.Stance);
    }

    [Fact]
    public void the_hospital_has_job_classes_outside_the_bargaining_unit()
    {
        var hospital = ScenarioLoader.Load(PathOf("hospital-stewards.yaml")).Scenario.Workplaces.Single();

        Assert.Contains(hospital.JobClasses, c => c.InBargainingUnit);
        Assert.Contains(hospital.JobClasses, c => !c.InBargainingUnit);
    }

    [Fact]
    public void the_postal_depot_has_a_layoff_and_a_long_contract()
    {
        var depot = ScenarioLoader.Load(PathOf("postal-depot-dual-card.yaml")).Scenario.Workplaces.Single();

        Assert.Contains(depot.Shocks, s => s.Kind == ShockKind.Layoff && s.Count > 0);
        Assert.True(depot.Contract.TermWeeks > 156);
    }

    [Fact]
    public void the_nursing_home_local_is_militant_and_its_contract_expires_mid_campaign()
    {
        var scenario = ScenarioLoader.Load(PathOf("nursing-home-militant.yaml")).Scenario;
        var home = scenario.Workplaces.Single();

        Assert.Equal(UnionStance.Militant, home.Union.Stance);
        Assert.InRange(home.Contract.ExpiryWeek, 1, scenario.Weeks - 1);
    }

    [Fact]
    public void the_citywide_committee_links_three_workplaces_two_of_them_pinned()
    {
        var scenario = ScenarioLoader.Load(PathOf("citywide-committee.yaml")).Scenario;

        Assert.True(scenario.CityCommittee.Present);
        Assert.Equal(3, scenario.Workplaces.Count);
        Assert.Equal(2, scenario.Workplaces.Count(w => w.Model is not null));
        Assert.Contains(scenario.Workplaces, w => w.Model == "hybrid-dual-card");
        Assert.Contains(scenario.Workplaces, w => w.Model == "independent-solidarity");
    }
}

