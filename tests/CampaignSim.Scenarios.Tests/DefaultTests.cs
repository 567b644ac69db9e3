using System.Text.Json;
using CampaignSim.Domain.ScenarioSpecs;
using static CampaignSim.Scenarios.Tests.ScenarioText;

namespace CampaignSim.Scenarios.Tests;

public class DefaultTests
{
    // Records holding lists compare lists by reference, so compare their JSON instead.
    private static string Json(object value) => JsonSerializer.Serialize(value);

    [Fact]
    public void an_empty_mapping_gives_exactly_the_record_defaults()
    {
        Assert.Equal(Json(new Scenario()), Json(Load("{}").Scenario));
    }

    [Fact]
    public void absent_keys_take_the_record_defaults()
    {
        var scenario = Load("name: Only a name\n").Scenario;

        Assert.Equal(Json(new Scenario { Name = "Only a name" }), Json(scenario));
    }

    [Fact]
    public void a_workplace_with_only_an_id_has_every_other_workplace_default()
    {
        var w = Load("workplaces:\n  - id: a\n").Scenario.Workplaces.Single();

        Assert.Equal(Json(new WorkplaceSpec { Id = "a" }), Json(w));
    }

    [Fact]
    public void a_partly_given_section_keeps_the_defaults_of_the_keys_it_leaves_out()
    {
        var w = Load("workplaces:\n  - employer: { hostility: 0.9 }\n").Scenario.Workplaces.Single();

        Assert.Equal(new EmployerSpec { Hostility = 0.9 }, w.Employer);
    }

    [Fact]
    public void a_partly_given_distribution_keeps_its_own_default_mean_not_the_bare_records()
    {
        var w = Load("workplaces:\n  - grievance: { sd: 0.2 }\n    fear: { sd: 0.1 }\n").Scenario.Workplaces.Single();

        Assert.Equal(new WorkplaceSpec().Grievance with { Sd = 0.2 }, w.Grievance);
        Assert.Equal(new WorkplaceSpec().Fear with { Sd = 0.1 }, w.Fear);
    }

    [Fact]
    public void an_empty_section_is_read_as_all_defaults()
    {
        var w = Load("workplaces:\n  - employer:\n").Scenario.Workplaces.Single();

        Assert.Equal(new EmployerSpec(), w.Employer);
    }

    [Fact]
    public void a_list_item_starts_from_the_item_record_defaults()
    {
        var demand = Load("workplaces:\n  - demands:\n      - { id: clean, kind: non-wage }\n").Scenario.Workplaces[0].Demands.Single();

        Assert.Equal(new DemandSpec { Id = "clean", Kind = DemandKind.NonWage }, demand);
    }

    [Fact]
    public void load_reports_the_full_path_and_the_sha256_of_the_file_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"campaignsim-scenario-{Environment.ProcessId}.yaml");
        File.WriteAllText(path, Valid);
        try
        {
            var loaded = ScenarioLoader.Load(path);

            Assert.Equal(Path.GetFullPath(path), loaded.SourcePath);
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
            Assert.Equal(expected, loaded.SourceSha256);
            Assert.Empty(loaded.Sets);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
