using System.Text.RegularExpressions;
using CampaignSim.Testing;

namespace CampaignSim.Cli.Tests;

/// <summary>The command line against a real PostgreSQL: compare --db stores, replay rebuilds the same numbers, replay --verify re-simulates.</summary>
public sealed partial class EventStoreTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public void compare_with_db_stores_the_comparison_and_replay_rebuilds_identical_files()
    {
        using var temp = new TempFolder();
        var stored = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "12", "--db", postgres.ConnectionString, "--store", "sample:3", "--out", "stored");
        Assert.True(stored.ExitCode == 0, stored.ToString());
        var id = ComparisonId().Match(File.ReadAllText(temp["stored/manifest.json"])).Groups[1].Value;
        Assert.Contains($"Stored as comparison {id}", stored.Stdout);

        var memory = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "12", "--out", "memory");
        var replay = Cli.Run(temp.Path, "replay", id, "--db", postgres.ConnectionString, "--out", "replayed", "--verify");
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Contains("verified: all 36 runs", replay.Stdout);
        foreach (var file in new[] { "summary.json", "runs.csv", "weekly.csv" })
        {
            Assert.Equal(File.ReadAllBytes(temp[$"memory/{file}"]), File.ReadAllBytes(temp[$"stored/{file}"]));
            Assert.Equal(File.ReadAllBytes(temp[$"stored/{file}"]), File.ReadAllBytes(temp[$"replayed/{file}"]));
        }
    }

    [Fact]
    public void the_database_can_come_from_the_environment()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["CAMPAIGNSIM_DB"] = postgres.ConnectionString };
        var result = Cli.Run(temp.Path, ["compare", "nonunion-diner", "--runs", "3", "--store", "outcomes"], env);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stored as comparison", result.Stdout);
    }

    [Fact]
    public void a_refused_login_names_host_port_and_database_but_never_the_password()
    {
        using var temp = new TempFolder();
        var bad = postgres.ConnectionString.Replace("Username=postgres", "Username=no_such_role") + ";Password=s3cret-pw";
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--db", bad, "--out", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("database", result.Stderr);
        Assert.DoesNotContain("s3cret-pw", result.Stdout + result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void a_password_given_with_db_appears_in_no_output_file_and_no_printed_text()
    {
        const string password = "Hunter2-SuperSecret-pw";
        using var temp = new TempFolder();
        var db = postgres.ConnectionString + ";Password=" + password;
        var wrongUser = new Npgsql.NpgsqlConnectionStringBuilder(db) { Username = "no_such_role" }.ConnectionString;
        var results = new List<CliResult>
        {
            Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--db", db, "--out", "compared"),
            Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--db=" + db, "--out", "one-run"),
            Cli.Run(temp.Path, ["compare", "nonunion-diner", "--runs", "2", "--seed", "3", "--store", "outcomes", "--out", "from-environment"],
                new Dictionary<string, string> { ["CAMPAIGNSIM_DB"] = db }),
            Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--db", wrongUser),
        };
        var id = ComparisonId().Match(File.ReadAllText(temp["compared/manifest.json"])).Groups[1].Value;
        results.Add(Cli.Run(temp.Path, "replay", id, "--db", db, "--out", "replayed", "--verify"));

        Assert.All(results.Take(3).Append(results[^1]), r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(2, results[3].ExitCode);
        Assert.All(results, r => Assert.DoesNotContain(password, r.Stdout + r.Stderr));
        var files = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories);
        Assert.True(files.Length >= 20, string.Join(", ", files));
        Assert.All(files, f => Assert.False(File.ReadAllText(f).Contains(password, StringComparison.Ordinal), $"{f} holds the password"));
        Assert.Contains("Password=***", File.ReadAllText(temp["compared/manifest.json"]));
        Assert.Contains("Password=\\*\\*\\*", File.ReadAllText(temp["replayed/report.md"]));
    }

    [Fact]
    public void a_replayed_report_says_how_to_check_it_with_replay_verify()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--seed", "5", "--store", "outcomes", "--db", postgres.ConnectionString, "--out", "stored").ExitCode);
        var id = ComparisonId().Match(File.ReadAllText(temp["stored/manifest.json"])).Groups[1].Value;

        var replay = Cli.Run(temp.Path, "replay", id, "--db", postgres.ConnectionString, "--out", "replayed");

        Assert.True(replay.ExitCode == 0, replay.ToString());
        var report = File.ReadAllText(temp["replayed/report.md"]);
        Assert.Contains($"campaignsim replay {id} --verify", report);
        Assert.DoesNotContain("manifest.json", report);
    }

    [Fact]
    public async Task sigterm_stops_a_stored_comparison_with_exit_143_writing_nothing_and_it_resumes()
    {
        using var temp = new TempFolder();
        string[] args = ["compare", "nonunion-diner", "--runs", "300", "--seed", "11", "--store", "outcomes", "--db", postgres.ConnectionString, "--out", "out"];
        using (var process = Cli.Start(temp.Path, args))
        {
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            process.WaitForExit(4000);

            Cli.Signal(process, "TERM");

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "campaignsim did not stop within 30 s of SIGTERM");
            Assert.True(process.ExitCode == 143, await stderr);
            Assert.Contains("stopped by SIGTERM; nothing was written", await stderr);
            Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        }

        var resumed = Cli.Run(temp.Path, args);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(1 + 3 * 300, File.ReadAllLines(temp["out/runs.csv"]).Length);
    }

    [Fact]
    public void a_stored_comparison_killed_again_and_again_finishes_with_the_same_numbers_as_in_memory()
    {
        using var temp = new TempFolder();
        string[] args = ["compare", "nonunion-diner", "--runs", "60", "--seed", "21", "--store", "outcomes", "--db", postgres.ConnectionString, "--out", "stored"];
        foreach (var delay in new[] { 1500, 2500, 3500 })
        {
            Cli.KillAfter(temp.Path, args, TimeSpan.FromMilliseconds(delay));
        }

        var finished = Cli.Run(temp.Path, args);
        var memory = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "60", "--seed", "21", "--out", "memory");

        Assert.True(finished.ExitCode == 0, finished.ToString());
        Assert.Equal(0, memory.ExitCode);
        Assert.Equal(File.ReadAllBytes(temp["memory/summary.json"]), File.ReadAllBytes(temp["stored/summary.json"]));
        Assert.Equal(File.ReadAllBytes(temp["memory/runs.csv"]), File.ReadAllBytes(temp["stored/runs.csv"]));
        Assert.Equal(["memory", "stored"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("\"comparisonId\": *\"([0-9a-f]{32})\"")]
    private static partial Regex ComparisonId();
}
