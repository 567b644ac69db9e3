using System.Globalization;
using System.Text.Json;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// <c>calibrate --worlds N</c> and <c>compare --worlds K</c> (docs/robustness.md): the files they write, reproducible bytes,
/// and bad input refused with exit code 2 and a message, never a stack trace.
/// </summary>
public class WorldsTests
{
    /// <summary>
    /// A worlds file for the tests: three worlds varying two coefficients inside their documented ranges (constructed to
    /// test the wiring, not matched against the published record).
    /// </summary>
    internal const string ThreeWorlds = """
        {
          "format": "campaignsim-worlds",
          "version": 1,
          "engineVersion": "2.3.0",
          "designSeed": 1,
          "runSeed": 1,
          "cutoff": 3,
          "waves": 1,
          "simulated": 3,
          "targets": [
            { "id": "drive-firings", "published": 0.34, "publishedVariance": 0.0025, "discrepancyVariance": 0, "oneCase": false }
          ],
          "parameters": [
            { "path": "workplaces[].employer.retaliationRate", "kind": "continuous", "min": 0, "max": 0.1, "keptMin": 0.01, "keptMax": 0.09 },
            { "path": "mechanics.bargaining.concessionSteepness", "kind": "continuous", "min": 1, "max": 4, "keptMin": 1.2, "keptMax": 3.8 }
          ],
          "worlds": [
            { "wave": 1, "index": 0, "maxImplausibility": 1, "secondImplausibility": 0, "values": [0.01, 1.2], "implausibilities": [1] },
            { "wave": 1, "index": 1, "maxImplausibility": 1, "secondImplausibility": 0, "values": [0.05, 2.5], "implausibilities": [1] },
            { "wave": 1, "index": 2, "maxImplausibility": 1, "secondImplausibility": 0, "values": [0.09, 3.8], "implausibilities": [1] }
          ]
        }
        """;

    private static readonly string[] Compare = ["compare", "nonunion-diner", "--runs", "4", "--worlds", "3", "--worlds-file", "worlds.json"];

    [Fact]
    public void calibrate_worlds_writes_a_versioned_worlds_file_and_its_report()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "calibrate", "--worlds", "10", "--waves", "1", "--runs", "2", "--out", "w");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Wave 1: 10 simulated", result.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(temp["w/worlds.json"]));
        var root = json.RootElement;
        Assert.Equal("campaignsim-worlds", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("engineVersion").GetString()));
        Assert.Equal(1UL, root.GetProperty("designSeed").GetUInt64());
        // Only the 41 active coefficients vary (CalibrationWorlds.ActiveReasons), each with its reason in the report; the rest stay at their defaults.
        Assert.Equal(41, root.GetProperty("parameters").GetArrayLength());
        Assert.Equal("mechanics.employer.driveHeatFactor", root.GetProperty("parameters")[0].GetProperty("path").GetString());
        Assert.Equal(14, root.GetProperty("targets").GetArrayLength());
        var report = File.ReadAllText(temp["w/worlds.md"]);
        foreach (var section in new[] { "# Plausible worlds", "## Candidates kept in each wave", "## Which targets constrain which parameters",
                     "## Each parameter's range before and after", "## How the worlds predict the validation targets", "## The parameters varied" })
        {
            Assert.Contains(section, report);
        }

        Assert.Contains("- `settlement-wv-2018`, discrepancy 0.2:", report);
        Assert.DoesNotContain("- `short-strikes`, discrepancy", report);
        Assert.DoesNotContain("screened the proposals", report);
    }

    [Fact]
    public void calibrate_worlds_with_the_emulator_says_how_many_proposals_it_screened()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "calibrate", "--worlds", "10", "--waves", "2", "--emulator", "--runs", "2", "--out", "w");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("screened the proposals", File.ReadAllText(temp["w/worlds.md"]));
    }

    [Fact]
    public void calibrate_worlds_with_recombination_says_how_many_candidates_it_built_from_blocks()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "calibrate", "--worlds", "10", "--waves", "2", "--recombine", "--runs", "2", "--out", "w");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = File.ReadAllText(temp["w/worlds.md"]);
        Assert.Contains("block by block", report);
        Assert.Contains("| Wave | Simulated | Recombined | Kept |", report);
    }

    [Theory]
    [InlineData(new[] { "calibrate", "--worlds", "3" }, "--worlds '3' is not allowed")]
    [InlineData(new[] { "calibrate", "--worlds", "ten" }, "--worlds 'ten' is not allowed")]
    [InlineData(new[] { "calibrate", "--worlds", "10", "--set", "mechanics.bargaining.concessionSteepness=2" }, "--set cannot be combined with --worlds")]
    [InlineData(new[] { "calibrate", "--waves", "2" }, "--waves belongs to --worlds")]
    [InlineData(new[] { "calibrate", "--emulator" }, "--emulator belongs to --worlds")]
    [InlineData(new[] { "calibrate", "--recombine" }, "--recombine belongs to --worlds")]
    [InlineData(new[] { "calibrate", "--worlds", "10", "--waves", "0" }, "--waves '0' is not allowed")]
    public void calibrate_worlds_refuses_bad_input_with_a_message(string[] args, string expected)
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void compare_worlds_opens_with_the_verdict_adds_a_world_column_and_gives_the_same_bytes_again()
    {
        using var temp = new TempFolder();
        temp.Write("worlds.json", ThreeWorlds);
        var first = Cli.Run(temp.Path, [.. Compare, "--out", "a"]);
        var second = Cli.Run(temp.Path, [.. Compare, "--out", "b"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("of 3 plausible worlds", first.Stdout);
        var report = File.ReadAllLines(temp["a/report.md"]);
        var opening = report.Skip(1).First(l => l.Length > 0);
        Assert.Matches("(is best in \\d of 3 plausible worlds|The ranking depends on assumptions)", opening);
        var runs = File.ReadAllLines(temp["a/runs.csv"]);
        Assert.StartsWith("scenario,variant,world,model,", runs[0]);
        var worlds = runs.Skip(1).Select(l => l.Split(',')[2]).Distinct().ToArray();
        Assert.Equal(["", "1", "2", "3"], worlds);
        using (var summary = JsonDocument.Parse(File.ReadAllText(temp["a/summary.json"])))
        {
            var robust = summary.RootElement.GetProperty("robust");
            Assert.Equal(3, robust.GetProperty("worlds").GetInt32());
            Assert.Equal(3, robust.GetProperty("perWorld").GetArrayLength());
            Assert.StartsWith(robust.GetProperty("verdict").GetString()!, opening);
        }

        foreach (var name in new[] { "summary.json", "runs.csv", "weekly.csv" })
        {
            Assert.Equal(File.ReadAllBytes(temp[$"a/{name}"]), File.ReadAllBytes(temp[$"b/{name}"]));
        }

        var verify = Cli.Run(temp.Path, "verify", "a");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("match:", verify.Stdout);
    }

    [Fact]
    public void compare_without_worlds_has_no_world_column_and_no_robust_section()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "4", "--out", "plain");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("scenario,variant,model,", File.ReadLines(temp["plain/runs.csv"]).First());
        Assert.DoesNotContain("\"robust\"", File.ReadAllText(temp["plain/summary.json"]));
        Assert.DoesNotContain("\"worlds\"", File.ReadAllText(temp["plain/manifest.json"]));
    }

    [Theory]
    [InlineData("0", "worlds.json", "--worlds '0' is not allowed")]
    [InlineData("many", "worlds.json", "--worlds 'many' is not allowed")]
    [InlineData("4", "worlds.json", "--worlds 4 is more than the 3 plausible worlds")]
    [InlineData("2", "missing.json", "--worlds-file 'missing.json' does not exist")]
    [InlineData("2", "not-worlds.json", "This is not a worlds file")]
    [InlineData("2", "no-worlds.json", "holds no plausible world")]
    public void compare_worlds_refuses_a_bad_count_or_file_with_a_message(string count, string file, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("worlds.json", ThreeWorlds);
        temp.Write("not-worlds.json", "{ \"format\": \"something else\" }");
        var empty = ThreeWorlds[..ThreeWorlds.IndexOf("\"worlds\": [", StringComparison.Ordinal)] + "\"worlds\": []\n}\n";
        temp.Write("no-worlds.json", empty);
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "4", "--worlds", count, "--worlds-file", file, "--out", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void whatif_worlds_says_how_the_change_moves_the_ranking_across_the_same_worlds_and_each_half_holds_its_robust_ranking()
    {
        using var temp = new TempFolder();
        temp.Write("worlds.json", ThreeWorlds);
        var result = Cli.Run(temp.Path, "whatif", "nonunion-diner", "--set", "workplace.employer.hostility=0.2", "--runs", "4",
            "--worlds", "3", "--worlds-file", "worlds.json", "--out", "w");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Before the change:", result.Stdout);
        var report = File.ReadAllText(temp["w/report.md"]);
        Assert.Contains("## Across plausible worlds", report);
        Assert.Contains("same 3 plausible worlds", report);
        foreach (var half in new[] { "before", "after" })
        {
            using var summary = JsonDocument.Parse(File.ReadAllText(temp[$"w/{half}/summary.json"]));
            Assert.Equal(3, summary.RootElement.GetProperty("robust").GetProperty("worlds").GetInt32());
            Assert.StartsWith("scenario,variant,world,", File.ReadLines(temp[$"w/{half}/runs.csv"]).First());
        }

        var verify = Cli.Run(temp.Path, "verify", "w");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public void sweep_worlds_says_at_each_point_whether_the_ranking_holds_and_verify_checks_sweep_worlds_csv()
    {
        using var temp = new TempFolder();
        temp.Write("worlds.json", ThreeWorlds);
        var result = Cli.Run(temp.Path, "sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.3,0.9", "--runs", "4",
            "--worlds", "3", "--worlds-file", "worlds.json", "--out", "s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Across 3 plausible worlds:", result.Stdout);
        Assert.Contains("## Across plausible worlds", File.ReadAllText(temp["s/report.md"]));
        var rows = File.ReadAllLines(temp["s/sweep-worlds.csv"]);
        Assert.StartsWith("workplace.employer.hostility,point,worlds,model,firstIn,", rows[0]);
        // Three models apply in the diner, at each of the two points; the first places of each point cover its three worlds.
        Assert.Equal(1 + 2 * 3, rows.Length);
        Assert.All(new[] { "p1", "p2" }, p => Assert.True(rows.Skip(1).Where(r => r.Split(',')[1] == p).Sum(r => int.Parse(r.Split(',')[4], CultureInfo.InvariantCulture)) >= 3));

        var verify = Cli.Run(temp.Path, "verify", "s");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("sweep-worlds.csv", verify.Stdout);
        File.WriteAllLines(temp["s/sweep-worlds.csv"], [.. rows[..^1], rows[^1].Replace(",true", ",false", StringComparison.Ordinal) + (rows[^1].EndsWith(",true", StringComparison.Ordinal) ? "" : "0")]);
        var tampered = Cli.Run(temp.Path, "verify", "s");
        Assert.NotEqual(0, tampered.ExitCode);
        Assert.Contains("mismatch: sweep-worlds.csv", tampered.Stdout);
    }
}
