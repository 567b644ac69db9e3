using System.Text.Json;

namespace CampaignSim.Cli.Tests;

public class CompareTests
{
    private const string Scenario = "nursing-home-militant";

    private static readonly string[] RequiredMetrics =
    [
        "wageChangePct", "demandsWon", "anyFiring", "firings", "peakParticipation", "strikeDays",
        "contractWon", "duesPerWorker", "conflictHours", "workerControl",
    ];

    [Fact]
    public void differences_below_what_matters_are_answered_as_a_tie_and_a_set_smallest_difference_is_recorded_and_verified()
    {
        // Issue 22: safety=3, cost=0.5 on the hospital gave "Business unionism is best … in 100%" on a $1–2 cost difference.
        using var temp = new TempFolder();
        var tied = Cli.Run(temp.Path, "compare", "hospital-stewards", "--runs", "200", "--weights", "wages=0,demands=0,safety=3,control=0,cost=0.5", "--out", "tied");

        Assert.True(tied.ExitCode == 0, tied.ToString());
        Assert.Contains("Tied for first under your weights: business unionism and militant mainstream unionism; no weighted criterion separates them", tied.Stdout);
        Assert.DoesNotContain("100%", tied.Stdout.Split('\n').First(l => l.StartsWith("Tied", StringComparison.Ordinal)));
        using (var summary = JsonDocument.Parse(File.ReadAllText(temp["tied/summary.json"])))
        {
            var root = summary.RootElement;
            Assert.Equal(3, root.GetProperty("format").GetInt32());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("winner").ValueKind);
            Assert.Equal(["business-unionism", "militant-mainstream"],
                root.GetProperty("firstPlace").EnumerateArray().Select(e => e.GetString()).Order());
            Assert.Equal(5, root.GetProperty("matter").GetProperty("safety").GetDouble());
        }

        var strict = Cli.Run(temp.Path, "compare", "hospital-stewards", "--runs", "30", "--matter", "safety=1", "--out", "strict");
        Assert.True(strict.ExitCode == 0, strict.ToString());
        Assert.Contains("Smallest differences that matter: wages=0.25,demands=0.1,safety=1,control=5,cost=25", strict.Stdout);
        Assert.Contains("\"matter\": \"wages=0.25,demands=0.1,safety=1,control=5,cost=25\"", File.ReadAllText(temp["strict/manifest.json"]));
        Assert.Contains("--matter safety=1", File.ReadAllText(temp["strict/report.md"]));
        var verified = Cli.Run(temp.Path, "verify", "strict");
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.StartsWith("match", verified.Stdout);
    }

    [Fact]
    public void compare_with_out_writes_the_six_files_and_a_summary_with_every_metric()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", Scenario, "--runs", "20", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var file in new[] { "report.md", "report.html", "summary.json", "runs.csv", "weekly.csv", "manifest.json" })
        {
            Assert.True(File.Exists(temp[$"out/{file}"]), $"{file} missing\n{result}");
        }

        using var summary = JsonDocument.Parse(File.ReadAllText(temp["out/summary.json"]));
        var root = summary.RootElement;
        Assert.Equal(20, root.GetProperty("runs").GetInt32());
        Assert.Equal(64, root.GetProperty("scenario").GetProperty("hash").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("engineVersion").GetString()));
        var models = root.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(6, models.Count);
        foreach (var model in models.Where(m => m.GetProperty("applicable").GetBoolean()))
        {
            var outcomes = model.GetProperty("outcomes");
            foreach (var metric in RequiredMetrics)
            {
                var m = outcomes.GetProperty(metric);
                foreach (var field in new[] { "mean", "p5", "p50", "p95" })
                {
                    Assert.Equal(JsonValueKind.Number, m.GetProperty(field).ValueKind);
                }

                Assert.Equal(2, m.GetProperty("ci95").GetArrayLength());
            }
        }

        var documented = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "docs", "cli.md"));
        foreach (var metric in root.GetProperty("metrics").EnumerateArray())
        {
            Assert.Contains($"| `{metric.GetProperty("id").GetString()}` |", documented);
        }

        Assert.Equal(6, root.GetProperty("ranking").GetArrayLength());
        Assert.Equal(5, root.GetProperty("differences").EnumerateObject().Count());

        var runs = File.ReadAllLines(temp["out/runs.csv"]);
        Assert.StartsWith("scenario,variant,model,replication,seed,", runs[0]);
        Assert.All(RequiredMetrics, m => Assert.Contains(m, runs[0].Split(',')));
        Assert.Equal(1 + 6 * 20, runs.Length);
        Assert.Equal("model,week,committee,participation,firingsToDate", File.ReadLines(temp["out/weekly.csv"]).First());

        using var manifest = JsonDocument.Parse(File.ReadAllText(temp["out/manifest.json"]));
        Assert.Equal(32, manifest.RootElement.GetProperty("comparisonId").GetString()!.Length);
        Assert.Equal(20, manifest.RootElement.GetProperty("runs").GetInt32());

        var html = File.ReadAllText(temp["out/report.html"]);
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("What drives the differences", File.ReadAllText(temp["out/report.md"]));
        // The answer's certainty is said to be the runs' at the default assumptions, not the model's about them.
        Assert.Contains("measure how sure the runs are at the model's default assumptions, not how sure the model is", File.ReadAllText(temp["out/report.md"]).ReplaceLineEndings(" "));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".*"));
    }

    [Fact]
    public void the_report_shows_how_far_participation_went_and_what_each_job_class_got()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "hospital-stewards", "--runs", "10", "--models", "business-unionism,hybrid-dual-card", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = File.ReadAllText(temp["out/report.md"]).Split('\n');
        var spread = report.SkipWhile(l => l != "### How far participation went").Where(l => l.StartsWith("| Hybrid dual-card (solidarity + mainstream union) |", StringComparison.Ordinal)).First();
        Assert.InRange(spread.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Sum(int.Parse), 97, 103);
        var byClass = report.SkipWhile(l => l != "### Who gets what: by job class").ToArray();
        foreach (var jobClass in new[] { "registered-nurses", "nursing-assistants", "environmental-services", "technicians" })
        {
            Assert.Contains(byClass, l => l.StartsWith($"| {jobClass} |", StringComparison.Ordinal));
        }

        var columns = File.ReadLines(temp["out/runs.csv"]).First().Split(',');
        Assert.Contains("class[nursing-assistants].peakParticipation", columns);
        Assert.Contains("class[nursing-assistants].peakParticipationAbovePetition", columns);
        Assert.Contains("peakParticipationAbovePetition", columns);
        Assert.Contains("rung[petition].peakParticipation", columns);
        Assert.Contains("rung[strike].peakParticipation", columns);
        using var summary = JsonDocument.Parse(File.ReadAllText(temp["out/summary.json"]));
        foreach (var model in summary.RootElement.GetProperty("models").EnumerateArray())
        {
            Assert.Equal(10, model.GetProperty("peakParticipationAbovePetitionHistogram").EnumerateArray().Sum(c => c.GetInt32()));
            Assert.Equal(["grievance", "petition", "marchOnTheBoss", "enforceOwnPolicy", "picket", "walkout", "workToRule", "slowdown", "sickOut", "demonstrationStrike", "strike"],
                model.GetProperty("byRung").EnumerateObject().Select(p => p.Name));
            Assert.Equal(4, model.GetProperty("byClass").EnumerateObject().Count());
        }
    }

    [Fact]
    public void a_workplace_of_one_job_class_gets_no_by_class_section()
    {
        using var temp = new TempFolder();
        var file = temp.Write("one-class.yaml", "schema: 1\nname: One class\nweeks: 60\nworkplaces:\n  - id: shop\n    name: Shop\n    workers: 40\n");
        var result = Cli.Run(temp.Path, "compare", file, "--runs", "4", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = File.ReadAllText(temp["out/report.md"]);
        Assert.Contains("### How far participation went", report);
        Assert.DoesNotContain("Who gets what", report);
    }

    [Fact]
    public void compare_prints_the_ranking_the_differences_and_the_models_that_do_not_apply()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "10");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Rank", result.Stdout);
        Assert.Contains("independent-solidarity", result.Stdout);
        Assert.Contains("Not applicable here", result.Stdout);
        Assert.Contains("caucus-electoral: ", result.Stdout);
        Assert.Contains("Differences from business-unionism", result.Stdout);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void one_thread_and_every_core_give_byte_identical_data_files()
    {
        using var temp = new TempFolder();
        var single = Cli.Run(temp.Path, ["compare", Scenario, "--runs", "20", "--seed", "5", "--weekly", "per-run", "--format", "parquet", "--threads", "1", "--out", "one"],
            new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" });
        var many = Cli.Run(temp.Path, "compare", Scenario, "--runs", "20", "--seed", "5", "--weekly", "per-run", "--format", "parquet", "--threads", "4", "--out", "many");

        Assert.True(single.ExitCode == 0, single.ToString());
        Assert.True(many.ExitCode == 0, many.ToString());
        foreach (var file in new[] { "summary.json", "runs.csv", "weekly.csv", "weekly-runs.csv", "runs.parquet", "weekly.parquet", "weekly-runs.parquet" })
        {
            Assert.Equal(File.ReadAllBytes(temp[$"one/{file}"]), File.ReadAllBytes(temp[$"many/{file}"]));
        }
    }

    [Fact]
    public void user_text_is_escaped_in_the_html_report()
    {
        using var temp = new TempFolder();
        var source = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "scenarios", "nonunion-diner.yaml"));
        var lines = source.Split('\n').Select(l => l.StartsWith("name:") ? "name: \"<script>alert('x')</script> & co\"" : l);
        var file = temp.Write("tricky.yaml", string.Join('\n', lines));

        var result = Cli.Run(temp.Path, "compare", file, "--runs", "5", "--models", "independent-solidarity,business-unionism", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(temp["out/report.html"]);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void an_earlier_output_is_replaced_but_a_foreign_folder_is_not_touched()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--out", "out").ExitCode);
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "4", "--out", "out").ExitCode);
        Assert.Equal(1 + 3 * 4, File.ReadAllLines(temp["out/runs.csv"]).Length);

        Directory.CreateDirectory(temp["mine"]);
        temp.Write("mine/notes.txt", "keep me");
        var refused = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--out", "mine");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("holds files campaignsim did not write (notes.txt)", refused.Stderr);
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp["mine"]).Select(Path.GetFileName));
    }
}
