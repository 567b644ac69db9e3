using System.IO.Compression;
using System.Net;
using System.Text.Json;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.Scenarios;

namespace CampaignSim.Workbench.Tests;

/// <summary>
/// The API behind the meeting page (issue 22, items 5 and 6): plain refusals, finished runs reused, ranges in the scenario's
/// numbers, the scenario exported with the changes written in, the what-if folder, sweeps, model names, and comparisons kept
/// in a file beyond the server's memory.
/// </summary>
public sealed class PageTests : IDisposable
{
    private readonly WorkbenchFactory _factory = new(new WorkbenchOptions { Threads = 2, MaxConcurrentComparisons = 8, MaxRuns = 500 });
    private readonly HttpClient _client;

    public PageTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("{\"scenario\": \"hospital-stewards\", \"runs\": 2.5}", "Runs per model: give a whole number from 1 to 500.")]
    [InlineData("{\"scenario\": \"hospital-stewards\", \"runs\": \"abc\"}", "Runs per model: give a whole number from 1 to 500.")]
    [InlineData("{\"scenario\": \"hospital-stewards\", \"seed\": -1}", "First seed: give a whole number from 0 to 18,446,744,073,709,551,615.")]
    [InlineData("{\"scenario\": \"hospital-stewards\", \"seed\": 1.5}", "First seed: give a whole number from 0 to 18,446,744,073,709,551,615.")]
    [InlineData("{\"scenario\": \"hospital-stewards\", \"weights\": {\"wages\": \"a lot\"}}", "Weight 'wages': give a number from 0 to 100.")]
    [InlineData("{\"scenario\": \"hospital-stewards\", \"sets\": [3]}", "Each setting must be written as path=value, for example workplace.employer.hostility=0.8.")]
    public async Task a_value_of_the_wrong_kind_is_refused_in_words_without_a_dotnet_type_name(string body, string message)
    {
        var (status, answer) = await Api.PostText(_client, "/api/comparisons", body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task every_weight_at_zero_is_refused_in_words()
    {
        var (status, answer) = await Api.Post(_client, "/api/comparisons",
            new { scenario = "hospital-stewards", weights = new { wages = 0, demands = 0, safety = 0, control = 0, cost = 0 } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("At least one weight must be above zero.", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ranges_that_depend_on_the_scenario_are_given_in_its_numbers()
    {
        var (_, body) = await Api.Post(_client, "/api/scenario/check", new { scenario = "hospital-stewards" });
        var ranges = body.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("range").GetString()!);
        Assert.Equal("1–104", ranges["workplace.contract.expiryWeek"]);
        Assert.Equal("0–600", ranges["workplace.committee.initialMembers"]);
        Assert.DoesNotContain(ranges.Values, r => r.Contains("weeks", StringComparison.Ordinal) || r.Contains("workers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_same_inputs_after_a_finished_comparison_show_its_runs_again_under_the_weights_asked_for()
    {
        var first = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 7, sets = new[] { "workplace.employer.hostility=0.7" } });
        var (status, again) = await Api.Post(_client, "/api/comparisons",
            new { scenario = "hospital-stewards", runs = 7, sets = new[] { "workplace.employer.hostility=0.7" }, weights = new { safety = 3 } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(again.GetProperty("reused").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal("done", again.GetProperty("state").GetString());
        Assert.Contains("safety=3", again.GetProperty("weights").GetString());

        // Another seed is other campaigns: run, not reused.
        var (other, fresh) = await Api.Post(_client, "/api/comparisons", new { scenario = "hospital-stewards", runs = 7, seed = 2, sets = new[] { "workplace.employer.hostility=0.7" } });
        Assert.Equal(HttpStatusCode.Accepted, other);
        Assert.False(fresh.GetProperty("reused").GetBoolean());
        await Api.WaitFor(_client, fresh.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task a_view_says_the_answer_in_a_few_words_and_how_sure_it_is()
    {
        var done = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 6 });
        Assert.StartsWith("How sure: ", done.GetProperty("howSure").GetString());
        Assert.Matches("^(Best: |Tied: |No clear winner )", done.GetProperty("headline").GetString());
        Assert.All(done.GetProperty("ranking").EnumerateArray(), r => Assert.DoesNotContain("(", r.GetProperty("shortName").GetString()));
    }

    [Fact]
    public async Task the_models_have_names_and_plain_descriptions()
    {
        var (status, models) = await Api.Get(_client, "/api/models");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(6, models.GetArrayLength());
        Assert.All(models.EnumerateArray(), m => Assert.True(m.GetProperty("summary").GetString()!.Length > 40));
        Assert.Contains(models.EnumerateArray(), m => m.GetProperty("name").GetString() == "Hybrid dual-card (solidarity + mainstream union)"
            && m.GetProperty("shortName").GetString() == "Hybrid dual-card");
    }

    [Theory]
    [InlineData("hospital-stewards", new[] { "workplace.employer.hostility=0.9", "workplace.jobClasses[0].share=0.5", "workplace.jobClasses[1].share=0.2" })]
    [InlineData("nonunion-diner", new[] { "workplace.union.responsiveness=0.3", "workplace.committee.hoursPerMemberPerWeek=7", "workplace.contract.noStrikeClause=false" })]
    public void the_exported_scenario_has_the_changes_written_in_and_loads_alone_as_the_scenario_with_them(string name, string[] sets)
    {
        var library = new ScenarioLibrary(ScenarioCatalog.FindShipped());
        var entry = library.Find(name);
        var yaml = File.ReadAllText(entry.Path);
        var loaded = ScenarioLoader.Load(entry.Path, sets);
        var (text, written) = ScenarioExport.Apply(yaml, sets, loaded, name);
        Assert.True(written, text[..400]);
        var alone = ScenarioLoader.Parse(text, "scenario.yaml");
        Assert.Equal(ScenarioHash.Compute(loaded.Scenario), ScenarioHash.Compute(alone.Scenario));
        Assert.NotEqual(ScenarioHash.Compute(ScenarioLoader.Load(entry.Path).Scenario), ScenarioHash.Compute(alone.Scenario));
        // Only the changed lines and the comment at the top differ: the rest of the file, comments included, is as it was.
        var kept = yaml.Split('\n').Count(l => text.Contains(l, StringComparison.Ordinal));
        Assert.True(kept >= yaml.Split('\n').Length - sets.Length, $"{kept} of {yaml.Split('\n').Length} lines kept");
    }

    [Fact]
    public void a_change_to_a_value_shared_through_a_yaml_alias_is_not_written_in_but_listed_as_set_options_that_give_the_same_scenario()
    {
        // citywide-committee gives three schools one union, contract and employer through anchors (&district) and aliases
        // (*district): writing the second school's hostility into the shared text would change all three.
        var entry = new ScenarioLibrary(ScenarioCatalog.FindShipped()).Find("citywide-committee");
        var yaml = File.ReadAllText(entry.Path);
        string[] sets = ["workplaces[2].employer.hostility=0.25"];
        var loaded = ScenarioLoader.Load(entry.Path, sets);
        var (text, written) = ScenarioExport.Apply(yaml, sets, loaded, "citywide-committee");
        Assert.False(written);
        Assert.StartsWith("# citywide-committee, unchanged: the changes made on the CampaignSim workbench could not be written into it.\n", text);
        Assert.Contains("#   --set 'workplaces[2].employer.hostility=0.25'\n", text);
        Assert.Equal(ScenarioHash.Compute(loaded.Scenario), ScenarioHash.Compute(ScenarioLoader.Parse(text, "scenario.yaml", sets).Scenario));
    }

    [Fact]
    public async Task the_downloaded_scenario_is_the_export_and_the_manifest_names_each_key_once()
    {
        var done = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 5, sets = new[] { "workplace.employer.hostility=0.85" } });
        var id = done.GetProperty("id").GetString();
        var yaml = await _client.GetStringAsync($"/api/comparisons/{id}/files/scenario.yaml", TestContext.Current.CancellationToken);
        Assert.Contains("\n      hostility: 0.85", yaml);
        var manifest = await _client.GetByteArrayAsync($"/api/comparisons/{id}/files/manifest.json", TestContext.Current.CancellationToken);
        var names = new List<string>();
        var reader = new Utf8JsonReader(manifest);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                names.Add(reader.GetString()!);
            }
        }

        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Contains("manifestFormat", names);
    }

    [Fact]
    public async Task scenario_text_with_changes_is_named_as_the_exported_file_in_the_command_and_the_manifest()
    {
        var (_, shipped) = await Api.Get(_client, "/api/scenarios/hospital-stewards");
        var done = await Api.RunToEnd(_client, new { yaml = shipped.GetProperty("yaml").GetString(), runs = 5, sets = new[] { "workplace.employer.hostility=0.85" } });
        Assert.Equal("campaignsim compare scenario.yaml --runs 5 --out workbench", done.GetProperty("command").GetString());
        var id = done.GetProperty("id").GetString();
        var yaml = await _client.GetByteArrayAsync($"/api/comparisons/{id}/files/scenario.yaml", TestContext.Current.CancellationToken);
        using var manifest = JsonDocument.Parse(await _client.GetByteArrayAsync($"/api/comparisons/{id}/files/manifest.json", TestContext.Current.CancellationToken));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(yaml)), manifest.RootElement.GetProperty("scenario").GetProperty("sha256").GetString());
        Assert.Equal(0, manifest.RootElement.GetProperty("sets").GetArrayLength());
    }

    [Fact]
    public async Task the_what_if_folder_holds_what_its_report_names()
    {
        var before = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 6 });
        var after = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 6, sets = new[] { "workplace.union.stance=militant" } });
        var zipBytes = await _client.GetByteArrayAsync($"/api/whatif/files/whatif.zip?before={before.GetProperty("id")}&after={after.GetProperty("id")}", TestContext.Current.CancellationToken);
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var half in new[] { "before", "after" })
        {
            foreach (var file in new[] { "report.md", "report.html", "summary.json", "runs.csv", "weekly.csv", "manifest.json" })
            {
                Assert.Contains($"whatif/{half}/{file}", names);
            }
        }

        using var report = new StreamReader(zip.GetEntry("whatif/report.md")!.Open());
        var text = await report.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("before/ and after/ each hold a complete comparison output", text);
        Assert.Contains("campaignsim whatif hospital-stewards --runs 6 --set workplace.union.stance=militant --out whatif", text);
        Assert.DoesNotContain("caucus-electoral", text);
        using var runs = new StreamReader(zip.GetEntry("whatif/after/runs.csv")!.Open());
        await runs.ReadLineAsync(TestContext.Current.CancellationToken);
        Assert.Contains(",after,militant,", await runs.ReadLineAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task a_sweep_runs_a_comparison_per_value_and_says_who_is_first_at_each()
    {
        var (status, started) = await Api.Post(_client, "/api/sweeps", new
        {
            comparison = new { scenario = "hospital-stewards", runs = 5 },
            path = "workplace.union.stance",
            values = new[] { "business", "militant" },
        });
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = started.GetProperty("id").GetString();
        JsonElement view;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            (_, view) = await Api.Get(_client, $"/api/sweeps/{id}");
        }
        while (view.GetProperty("state").GetString() == "running" && DateTime.UtcNow < deadline);

        Assert.Equal("done", view.GetProperty("state").GetString());
        Assert.Equal(2, view.GetProperty("points").GetArrayLength());
        Assert.Contains("<svg", view.GetProperty("chart").GetString());
        Assert.Equal("campaignsim sweep hospital-stewards --runs 5 --param workplace.union.stance=business,militant --out workbench-sweep",
            view.GetProperty("command").GetString());
        Assert.All(view.GetProperty("points").EnumerateArray(), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("best").GetString())));

        var (one, refused) = await Api.Post(_client, "/api/sweeps", new { comparison = new { scenario = "hospital-stewards" }, path = "workplace.union.stance", values = new[] { "business" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, one);
        Assert.Contains("from 2 to 12 values", refused.GetProperty("message").GetString());
        var (bad, said) = await Api.Post(_client, "/api/sweeps", new { comparison = new { scenario = "hospital-stewards", runs = 5 }, path = "workplace.employer.hostility", values = new[] { "0.5", "1.5" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad);
        Assert.StartsWith("Employer hostility cannot be 1.5: ", said.GetProperty("message").GetString());
    }

    [Fact]
    public async Task a_robustness_check_runs_the_comparison_in_the_shipped_plausible_worlds_and_says_whether_the_ranking_holds()
    {
        var (status, started) = await Api.Post(_client, "/api/robust", new { comparison = new { scenario = "hospital-stewards", runs = 3 }, worlds = 3 });
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = started.GetProperty("id").GetString();
        JsonElement view;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            (_, view) = await Api.Get(_client, $"/api/robust/{id}");
        }
        while (view.GetProperty("state").GetString() == "running" && DateTime.UtcNow < deadline);

        Assert.Equal("done", view.GetProperty("state").GetString());
        Assert.Equal(3, view.GetProperty("worldsDone").GetInt32());
        Assert.Matches("(best in \\d of 3 plausible worlds|The ranking depends on assumptions)", view.GetProperty("verdict").GetString());
        Assert.Equal("campaignsim compare hospital-stewards --runs 3 --worlds 3 --out workbench-worlds", view.GetProperty("command").GetString());
        var models = view.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(5, models.Count);
        Assert.True(models.Sum(m => m.GetProperty("firstIn").GetInt32()) >= 3, "every world has a first place");

        var (none, refused) = await Api.Post(_client, "/api/robust", new { comparison = new { scenario = "hospital-stewards", runs = 3 }, worlds = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none);
        Assert.StartsWith("give from 1 to ", refused.GetProperty("message").GetString());
        var (big, said) = await Api.Post(_client, "/api/robust", new { comparison = new { scenario = "hospital-stewards", runs = 1000 }, worlds = 5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, big);
        Assert.Contains("5 worlds × 1000 runs", said.GetProperty("message").GetString());
    }

    [Fact]
    public async Task finished_comparisons_are_kept_in_a_file_and_read_back_by_a_new_server()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "kept.json");
        string id;
        using (var factory = new WorkbenchFactory(new WorkbenchOptions { Threads = 2 }, new FileComparisonArchive(file)))
        {
            var client = factory.CreateClient();
            var done = await Api.RunToEnd(client, new { scenario = "hospital-stewards", runs = 4, sets = new[] { "workplace.employer.hostility=0.65" } });
            id = done.GetProperty("savedId").GetString()!;
            JsonElement list;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            do
            {
                (_, list) = await Api.Get(client, "/api/saved");
            }
            while (list.GetProperty("comparisons").GetArrayLength() == 0 && DateTime.UtcNow < deadline);
            Assert.Equal(id, list.GetProperty("comparisons")[0].GetProperty("id").GetString());
        }

        using (var restarted = new WorkbenchFactory(new WorkbenchOptions { Threads = 2 }, new FileComparisonArchive(file)))
        {
            var client = restarted.CreateClient();
            var (status, kept) = await Api.Get(client, $"/api/saved/{id}");
            Assert.Equal(HttpStatusCode.OK, status);
            var saved = kept.GetProperty("saved");
            Assert.Equal(["workplace.employer.hostility=0.65"], saved.GetProperty("sets").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(4, saved.GetProperty("runs").GetInt32());
            Assert.Equal("hospital-stewards", saved.GetProperty("scenario").GetString());
            Assert.Equal(["Employer hostility: 0.65"], kept.GetProperty("changes").EnumerateArray().Select(s => s.GetString()));
            var (missing, _) = await Api.Get(client, "/api/saved/0123456789abcdef");
            Assert.Equal(HttpStatusCode.NotFound, missing);
        }

        // A damaged file is set aside, never overwritten.
        await File.WriteAllTextAsync(file, "{ not json", TestContext.Current.CancellationToken);
        var archive = new FileComparisonArchive(file);
        Assert.Empty(await archive.ListAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal("{ not json", await File.ReadAllTextAsync(file + ".unreadable", TestContext.Current.CancellationToken));
        Assert.Contains("moved to", archive.LastProblem);
    }

    [Fact]
    public async Task the_file_keeps_the_newest_fifty()
    {
        using var folder = new TempFolder();
        var archive = new FileComparisonArchive(Path.Combine(folder.Path, "kept.json"));
        for (var k = 0; k < FileComparisonArchive.MaxKept + 5; k++)
        {
            await archive.SaveAsync(new SavedComparison($"{k:x16}", DateTimeOffset.UnixEpoch.AddMinutes(k), EngineInfo.Version, "t", "hospital-stewards", "schema: 1\n",
                [], 5, 1, "wages=1", "wages=0.25", "answer", "Best: x", [], "campaignsim compare"), TestContext.Current.CancellationToken);
        }

        var kept = await archive.ListAsync(100, TestContext.Current.CancellationToken);
        Assert.Equal(FileComparisonArchive.MaxKept, kept.Count);
        Assert.Equal($"{FileComparisonArchive.MaxKept + 4:x16}", kept[0].Id);
        Assert.Null(await archive.FindAsync($"{0:x16}", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task without_an_archive_the_list_is_empty_and_says_so()
    {
        var (status, list) = await Api.Get(_client, "/api/saved");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, list.GetProperty("where").ValueKind);
        Assert.Equal(0, list.GetProperty("comparisons").GetArrayLength());
    }
}
