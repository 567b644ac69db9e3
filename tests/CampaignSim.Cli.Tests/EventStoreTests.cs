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

    [GeneratedRegex("\"comparisonId\": *\"([0-9a-f]{32})\"")]
    private static partial Regex ComparisonId();
}
