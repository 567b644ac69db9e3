using CampaignSim.Testing;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// <c>--comparison-id NAME</c> on every verb that stores comparisons: a point already stored with one <c>--store</c> can
/// be stored again with another under a name of the user's, and the same command run again resumes or reads it.
/// </summary>
public sealed class ComparisonIdTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_point_stored_with_one_store_is_stored_again_with_another_under_the_name_given()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(Ct);
        string[] sweep = ["sweep", "nonunion-diner", "--param", "weeks=20,30", "--runs", "5"];

        var whatif = Cli.Run(temp.Path, "whatif", "nonunion-diner", "--set", "weeks=30", "--runs", "5", "--db", db);
        var refused = Cli.Run(temp.Path, [.. sweep, "--db", db, "--store", "outcomes"]);
        var named = Cli.Run(temp.Path, [.. sweep, "--db", db, "--store", "outcomes", "--comparison-id", "weeks-outcomes", "--out", "named"]);
        var again = Cli.Run(temp.Path, [.. sweep, "--db", db, "--store", "outcomes", "--comparison-id", "weeks-outcomes", "--out", "again"]);
        var memory = Cli.Run(temp.Path, [.. sweep, "--out", "memory"]);

        Assert.True(whatif.ExitCode == 0, whatif.ToString());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists with other storage", refused.Stderr);
        Assert.Contains("Give --comparison-id NAME to store it again under another name", refused.Stderr);
        Assert.DoesNotContain("   at ", refused.Stderr);
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(2, named.Stdout.Split('\n').Count(l => l.StartsWith("Stored as comparison weeks-outcomes/", StringComparison.Ordinal)));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(File.ReadAllBytes(temp["memory/sweep.csv"]), File.ReadAllBytes(temp["named/sweep.csv"]));
        Assert.Equal(File.ReadAllBytes(temp["memory/sweep.csv"]), File.ReadAllBytes(temp["again/sweep.csv"]));
        // The what-if's two comparisons and the named sweep's two; the second named sweep read them back.
        Assert.Equal(4L, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_events where type = 'comparison-started'"));
        Assert.Equal(4L * 3 * 5, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Count));
    }

    [Fact]
    public async Task compare_stores_under_the_name_replay_reads_it_and_whatif_and_sensitivity_store_under_it()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(Ct);
        string[] compare = ["compare", "nonunion-diner", "--runs", "4", "--db", db, "--store", "outcomes", "--comparison-id", "diner:outcomes"];

        var first = Cli.Run(temp.Path, compare);
        var resumed = Cli.Run(temp.Path, compare);
        var replay = Cli.Run(temp.Path, "replay", "diner:outcomes", "--db", db);
        var whatif = Cli.Run(temp.Path, "whatif", "nonunion-diner", "--set", "weeks=30", "--runs", "3", "--db", db, "--comparison-id", "w");
        var sensitivity = Cli.Run(temp.Path, "sensitivity", "nonunion-diner", "--trajectories", "2", "--runs", "2", "--db", db, "--store", "outcomes", "--comparison-id", "screen");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Stored as comparison diner:outcomes in PostgreSQL", first.Stdout);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Equal(1L, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_events where type = 'comparison-started' and data ->> 'name' = 'diner:outcomes'"));
        Assert.True(whatif.ExitCode == 0, whatif.ToString());
        Assert.Equal(2, whatif.Stdout.Split('\n').Count(l => l.StartsWith("Stored as comparison w/", StringComparison.Ordinal)));
        Assert.True(sensitivity.ExitCode == 0, sensitivity.ToString());
        Assert.True(await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_events where type = 'comparison-started' and data ->> 'name' like 'screen/%'") > 1);
    }

    [Fact]
    public async Task the_manifest_gives_the_id_the_comparison_is_stored_under_so_replay_reads_it_by_that_id()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(Ct);

        var compare = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--db", db, "--comparison-id", "mine", "--out", "compare");
        var whatif = Cli.Run(temp.Path, "whatif", "nonunion-diner", "--set", "weeks=30", "--runs", "2", "--db", db, "--comparison-id", "w", "--out", "whatif");
        var sweep = Cli.Run(temp.Path, "sweep", "nonunion-diner", "--param", "weeks=20,30", "--runs", "2", "--db", db, "--comparison-id", "s", "--out", "sweep");
        var plain = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--db", db, "--out", "plain");

        foreach (var result in new[] { compare, whatif, sweep, plain })
        {
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        Assert.Equal("mine", ComparisonIdIn(temp["compare"]));
        Assert.Matches("^w/[0-9a-f]{32}$", ComparisonIdIn(temp["whatif/before"]));
        Assert.Matches("^w/[0-9a-f]{32}$", ComparisonIdIn(temp["whatif/after"]));
        Assert.Equal(ComparisonIdIn(temp["whatif/after"]), ComparisonIdIn(temp["whatif"]));
        Assert.Contains($"Stored as comparison {ComparisonIdIn(temp["whatif/before"])} in", whatif.Stdout);
        Assert.Contains($"Stored as comparison {ComparisonIdIn(temp["whatif/after"])} in", whatif.Stdout);
        Assert.Equal("s", ComparisonIdIn(temp["sweep"]));
        Assert.Matches("^[0-9a-f]{32}$", ComparisonIdIn(temp["plain"]));
        foreach (var folder in new[] { "compare", "whatif/before", "whatif/after", "plain" })
        {
            var replay = Cli.Run(temp.Path, "replay", ComparisonIdIn(temp[folder]), "--db", db);
            Assert.True(replay.ExitCode == 0, folder + ": " + replay);
        }

        var verify = Cli.Run(temp.Path, "verify", "compare");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("whatif")]
    [InlineData("sweep")]
    [InlineData("sensitivity")]
    public void the_name_needs_a_database_and_is_plain_text(string verb)
    {
        using var temp = new TempFolder();
        string[] args = verb switch
        {
            "whatif" => ["whatif", "nonunion-diner", "--set", "weeks=30"],
            "sweep" => ["sweep", "nonunion-diner", "--param", "weeks=20,30"],
            _ => [verb, "nonunion-diner"],
        };

        var withoutDb = Cli.Run(temp.Path, [.. args, "--comparison-id", "mine"]);
        var spaced = Cli.Run(temp.Path, [.. args, "--db", "Host=127.0.0.1;Port=1", "--comparison-id", "my name"]);
        var reversed = Cli.Run(temp.Path, [.. args, "--db", "Host=127.0.0.1;Port=1", "--comparison-id", "abc\u202Edef"]);

        Assert.Equal(2, withoutDb.ExitCode);
        Assert.Contains("--comparison-id names the comparison in the event store; give --db", withoutDb.Stderr);
        Assert.Equal(2, spaced.ExitCode);
        Assert.Contains("--comparison-id takes 1–100 ASCII letters, digits", spaced.Stderr);
        Assert.Equal(2, reversed.ExitCode);
        Assert.DoesNotContain("\u202E", reversed.Stderr);
        Assert.DoesNotContain("   at ", withoutDb.Stderr + spaced.Stderr + reversed.Stderr);
    }

    private static string ComparisonIdIn(string folder)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("comparisonId").GetString()!;
    }
}
