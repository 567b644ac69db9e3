using System.Net;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Reports.Output;
using CampaignSim.Scenarios;

namespace CampaignSim.Workbench.Tests;

public class EndpointTests : IClassFixture<EndpointTests.Server>
{
    private readonly HttpClient _client;

    public EndpointTests(Server server) => _client = server.CreateClient();

    /// <summary>One server for the tests of this class.</summary>
    public sealed class Server() : IDisposable
    {
        private readonly WorkbenchFactory _factory = new(new WorkbenchOptions { Threads = 2, MaxConcurrentComparisons = 8, MaxRuns = 500 });

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();
    }

    private static string HospitalYaml => File.ReadAllText(ScenarioCatalog.Shipped().Resolve("hospital-stewards"));

    [Fact]
    public async Task the_page_and_its_assets_are_served_by_the_program_with_no_outside_links()
    {
        var ct = TestContext.Current.CancellationToken;
        using var page = await _client.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(ct);
        Assert.Contains("<script src=\"assets/app.js\"", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        foreach (var asset in new[] { "app.js", "app.css" })
        {
            using var response = await _client.GetAsync("/assets/" + asset, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(ct);
            Assert.DoesNotContain("https://", text);
        }

        var (status, body) = await Api.Get(_client, "/assets/missing.js");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("missing.js", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task scenarios_lists_the_shipped_ones_and_an_unknown_name_is_a_404_with_a_suggestion()
    {
        var (status, list) = await Api.Get(_client, "/api/scenarios");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("name").GetString() == "hospital-stewards");

        var (one, hospital) = await Api.Get(_client, "/api/scenarios/hospital-stewards");
        Assert.Equal(HttpStatusCode.OK, one);
        Assert.Equal(HospitalYaml, hospital.GetProperty("yaml").GetString());

        var (missing, problem) = await Api.Get(_client, "/api/scenarios/hospital-steward");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("did you mean 'hospital-stewards'", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task a_path_outside_the_catalog_is_never_read()
    {
        var (status, body) = await Api.Post(_client, "/api/scenario/check", new { scenario = "../../../etc/passwd" });
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("root:", body.ToString());
    }

    [Fact]
    public async Task check_gives_form_controls_generated_from_the_schema_with_current_values()
    {
        var (status, body) = await Api.Post(_client, "/api/scenario/check", new { scenario = "hospital-stewards" });
        Assert.Equal(HttpStatusCode.OK, status);
        var fields = body.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        var hostility = fields["workplace.employer.hostility"];
        Assert.Equal("Employer hostility", hostility.GetProperty("label").GetString());
        Assert.Equal(0, hostility.GetProperty("min").GetDouble());
        Assert.Equal(1, hostility.GetProperty("max").GetDouble());
        Assert.Equal("0.55", hostility.GetProperty("value").GetString());
        Assert.Equal(["business", "mixed", "militant"], fields["workplace.union.stance"].GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(104, fields["workplace.contract.expiryWeek"].GetProperty("max").GetDouble()); // "1–weeks", resolved for this scenario
        Assert.Equal("flag", fields["workplace.contract.noStrikeClause"].GetProperty("kind").GetString());
        Assert.Contains("workplace.jobClasses[3].share", fields.Keys);
        Assert.Contains("workplace.committee.hoursPerMemberPerWeek", fields.Keys);
        Assert.Contains(fields.Keys, k => k.StartsWith("workplace.demands[0].", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_scenario_with_several_workplaces_gets_controls_for_each()
    {
        var (status, body) = await Api.Post(_client, "/api/scenario/check", new { scenario = "citywide-committee" });
        Assert.Equal(HttpStatusCode.OK, status);
        var fields = body.GetProperty("fields").EnumerateArray().ToList();
        var paths = fields.Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Contains("workplace.employer.hostility", paths);
        Assert.Contains("workplaces[1].employer.hostility", paths);
        Assert.Contains("workplaces[2].employer.hostility", paths);
        Assert.Equal(3, fields.Select(f => f.GetProperty("group").GetString()).Where(g => g!.StartsWith("The employer (", StringComparison.Ordinal)).Distinct().Count());

        var (ok, _) = await Api.Post(_client, "/api/scenario/check", new { scenario = "citywide-committee", sets = new[] { "workplaces[2].employer.hostility=0.9" } });
        Assert.Equal(HttpStatusCode.OK, ok);
    }

    [Fact]
    public async Task an_unknown_key_is_a_422_with_the_line_and_the_loaders_own_message()
    {
        var yaml = HospitalYaml.Replace("    departments: 8", "    departments: 8\n    deparments: 9", StringComparison.Ordinal);
        var expected = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, ComparisonInput.TextFileName)).Errors.Single();
        var (status, body) = await Api.Post(_client, "/api/scenario/check", new { yaml });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var problem = body.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal(expected.Line, problem.GetProperty("line").GetInt32());
        Assert.Equal(expected.Message, problem.GetProperty("message").GetString());
        Assert.Equal(expected.ToString(), problem.GetProperty("text").GetString());
        Assert.Contains("unknown key 'deparments'", expected.Message);
        Assert.Contains("did you mean 'departments'", expected.Message);
    }

    [Theory]
    [InlineData("schema: 1\nname: [unclosed\n")]
    [InlineData("\t- : : :\n")]
    [InlineData("")]
    [InlineData("a: &x [*x, *x]\n")]
    [InlineData("workplaces: {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}\n")]
    [InlineData("schema: 1\nweeks: 1e400\nworkplaces: []\n")]
    public async Task malformed_yaml_is_a_422_with_the_loaders_messages_never_a_500(string yaml)
    {
        foreach (var path in new[] { "/api/scenario/check", "/api/comparisons" })
        {
            var (status, body) = await Api.Post(_client, path, new { yaml });
            Assert.True(status == HttpStatusCode.UnprocessableEntity, $"{path}: {(int)status} {body}");
            Assert.NotEmpty(body.GetProperty("problems").EnumerateArray());
        }
    }

    [Fact]
    public async Task an_out_of_range_setting_is_a_422_naming_the_allowed_range()
    {
        var (status, body) = await Api.Post(_client, "/api/comparisons", new { scenario = "hospital-stewards", sets = new[] { "workplace.employer.hostility=1.5" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var message = body.GetProperty("problems")[0].GetProperty("message").GetString();
        Assert.Contains("between 0 and 1", message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    [InlineData(100000)]
    public async Task too_many_or_too_few_runs_is_a_422_with_the_limit(int runs)
    {
        var (status, body) = await Api.Post(_client, "/api/comparisons", new { scenario = "hospital-stewards", runs });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("from 1 to 500", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task an_oversized_body_is_a_413_saying_the_limit()
    {
        var yaml = "# " + new string('x', 2 * 1024 * 1024);
        var (status, body) = await Api.Post(_client, "/api/scenario/check", new { yaml });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("1 MiB", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task a_body_that_is_not_json_is_a_400()
    {
        var (status, body) = await Api.PostText(_client, "/api/comparisons", "{\"scenario\": ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("JSON", body.GetProperty("message").GetString());
        var (wrongType, _) = await Api.PostText(_client, "/api/comparisons", "{\"runs\": \"many\"}");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType);
    }

    [Theory]
    [InlineData("luck", 1, "unknown weight 'luck'")]
    [InlineData("wages", -1, "from 0 to 100")]
    public async Task bad_weights_are_a_422(string key, double value, string expected)
    {
        var (status, body) = await Api.Post(_client, "/api/comparisons", new { scenario = "hospital-stewards", weights = new Dictionary<string, double> { [key] = value } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(expected, body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task a_finished_comparison_has_exactly_the_numbers_of_the_comparison_runner()
    {
        var view = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 30, seed = 7 });
        Assert.Equal("done", view.GetProperty("state").GetString());
        Assert.Equal(30, view.GetProperty("summarized").GetInt32());
        Assert.Equal("campaignsim compare hospital-stewards --runs 30 --seed 7 --out workbench", view.GetProperty("command").GetString());
        var id = view.GetProperty("id").GetString();

        var loaded = ScenarioLoader.Load(ScenarioCatalog.Shipped().Resolve("hospital-stewards"));
        var input = new ComparisonInput(loaded, "hospital-stewards", "", 30, 7, new RankingWeights(), new DifferencesThatMatter());
        var expected = ComparisonFiles.RenderData(ComparisonRunner.Run(input.Request(2), cancellationToken: TestContext.Current.CancellationToken));
        var ct = TestContext.Current.CancellationToken;
        foreach (var (name, bytes) in expected)
        {
            var downloaded = await _client.GetByteArrayAsync($"/api/comparisons/{id}/files/{name}", ct);
            Assert.True(bytes.SequenceEqual(downloaded), $"{name} differs from the comparison runner's");
        }

        var sections = view.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Equal("The answer", sections[0]);
        Assert.Contains("Ranking", sections);
        Assert.Contains("Reproduce", sections);
    }

    [Fact]
    public async Task rank_reorders_the_same_runs_under_new_weights_without_running_anything()
    {
        var view = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 20 });
        var id = view.GetProperty("id").GetString();
        var runsDone = view.GetProperty("runsDone").GetInt32();
        var orders = new HashSet<string>();
        foreach (var key in new[] { "wages", "demands", "safety", "control", "cost" })
        {
            var weights = new Dictionary<string, double> { ["wages"] = 0, ["demands"] = 0, ["safety"] = 0, ["control"] = 0, ["cost"] = 0, [key] = 1 };
            var (status, ranked) = await Api.Post(_client, $"/api/comparisons/{id}/rank", new { weights });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(runsDone, ranked.GetProperty("runsDone").GetInt32());
            Assert.Contains($"{key}=1", ranked.GetProperty("weights").GetString());
            orders.Add(string.Join(",", ranked.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("model").GetString())));
        }

        Assert.True(orders.Count > 1, "the weights never changed the order");
        var (_, after) = await Api.Get(_client, $"/api/comparisons/{id}");
        Assert.Equal(runsDone, after.GetProperty("runsDone").GetInt32());
    }

    [Fact]
    public async Task story_tells_one_campaign_with_its_timeline_and_refuses_a_bad_model_or_run()
    {
        var view = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 10 });
        var id = view.GetProperty("id").GetString();
        var (status, story) = await Api.Get(_client, $"/api/comparisons/{id}/story?model=business-unionism&replication=3");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4UL, story.GetProperty("seed").GetUInt64());
        Assert.Contains("<svg", story.GetProperty("timeline").GetString());
        Assert.Contains("Organizing committee size", story.GetProperty("timeline").GetString());
        Assert.Contains("<h2>", story.GetProperty("story").GetString());
        Assert.Equal("campaignsim run hospital-stewards --model business-unionism --seed 4", story.GetProperty("command").GetString());

        var (badModel, problem) = await Api.Get(_client, $"/api/comparisons/{id}/story?model=<script>&replication=0");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badModel);
        Assert.Contains("business-unionism", problem.GetProperty("message").GetString());
        var (badRun, _) = await Api.Get(_client, $"/api/comparisons/{id}/story?model=business-unionism&replication=10");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRun);
    }

    [Fact]
    public async Task whatif_pairs_a_pinned_comparison_with_a_changed_one()
    {
        var before = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 10 });
        var after = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 10, sets = new[] { "workplace.employer.hostility=0.9" } });
        var (status, body) = await Api.Get(_client, $"/api/whatif?before={before.GetProperty("id")}&after={after.GetProperty("id")}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Employer hostility is 0.9 instead of 0.55", body.GetProperty("changes")[0].GetString());
        Assert.Contains(body.GetProperty("sections").EnumerateArray(), s => s.GetProperty("title").GetString() == "Before and after");

        var other = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 12 });
        var (mismatch, _) = await Api.Get(_client, $"/api/whatif?before={before.GetProperty("id")}&after={other.GetProperty("id")}");
        Assert.Equal(HttpStatusCode.Conflict, mismatch);
        var (missing, _) = await Api.Get(_client, "/api/whatif?before=nope&after=nope");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task files_wait_for_the_end_unknown_files_and_comparisons_are_404_and_delete_cancels()
    {
        var (status, started) = await Api.Post(_client, "/api/comparisons", new { scenario = "hospital-stewards", runs = 500 });
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = started.GetProperty("id").GetString();
        var (early, _) = await Api.Get(_client, $"/api/comparisons/{id}/files/report.html");
        Assert.Equal(HttpStatusCode.Conflict, early);
        using (var cancel = await _client.DeleteAsync($"/api/comparisons/{id}", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        var ended = await Api.WaitFor(_client, id!);
        Assert.Equal("cancelled", ended.GetProperty("state").GetString());

        var (unknown, _) = await Api.Get(_client, "/api/comparisons/0000/files/report.html");
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        var done = await Api.RunToEnd(_client, new { scenario = "hospital-stewards", runs = 5 });
        var (noFile, body) = await Api.Get(_client, $"/api/comparisons/{done.GetProperty("id")}/files/..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, noFile);
        Assert.Contains("report.html", body.GetProperty("message").GetString());
        var (nowhere, _) = await Api.Get(_client, "/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, nowhere);
    }

    [Fact]
    public async Task user_text_comes_back_escaped_in_every_html_fragment()
    {
        var yaml = HospitalYaml.Replace("    name: Community hospital", "    name: \"<img src=x onerror=alert(1)>\"", StringComparison.Ordinal);
        var view = await Api.RunToEnd(_client, new { yaml, runs = 5 });
        Assert.Equal("done", view.GetProperty("state").GetString());
        var html = string.Concat(view.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("html").GetString()));
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }
}
