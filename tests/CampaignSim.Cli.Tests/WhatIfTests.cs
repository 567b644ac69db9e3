using System.Text.Json;

namespace CampaignSim.Cli.Tests;

public class WhatIfTests
{
    [Fact]
    public void whatif_prints_before_and_after_and_writes_both_comparisons()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "whatif", "nursing-home-militant", "--set", "workplace.union.stance=business", "--runs", "10", "--out", "wi");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("→", result.Stdout);
        Assert.Contains("ranking", result.Stdout);
        Assert.True(File.Exists(temp["wi/report.md"]));
        Assert.True(File.Exists(temp["wi/report.html"]));
        using var before = JsonDocument.Parse(File.ReadAllText(temp["wi/before/summary.json"]));
        using var after = JsonDocument.Parse(File.ReadAllText(temp["wi/after/summary.json"]));
        Assert.NotEqual(
            before.RootElement.GetProperty("scenario").GetProperty("hash").GetString(),
            after.RootElement.GetProperty("scenario").GetProperty("hash").GetString());
        using var manifest = JsonDocument.Parse(File.ReadAllText(temp["wi/after/manifest.json"]));
        Assert.Equal(["workplace.union.stance=business"], manifest.RootElement.GetProperty("sets").EnumerateArray().Select(e => e.GetString()));

        // The halves stack: each row names its half and the value of the changed setting.
        Assert.StartsWith("scenario,variant,workplace.union.stance,model,", File.ReadLines(temp["wi/before/runs.csv"]).First());
        Assert.Contains(",before,militant,", File.ReadLines(temp["wi/before/runs.csv"]).Skip(1).First());
        Assert.Contains(",after,business,", File.ReadLines(temp["wi/after/runs.csv"]).Skip(1).First());

        var verify = Cli.Run(temp.Path, "verify", "wi");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("before: match", verify.Stdout);
        Assert.Contains("after: match", verify.Stdout);
    }

    [Fact]
    public void whatif_without_a_change_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "whatif", "nursing-home-militant", "--runs", "10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set", result.Stderr);
    }
}
