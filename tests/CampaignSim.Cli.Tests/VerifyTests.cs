namespace CampaignSim.Cli.Tests;

public class VerifyTests
{
    [Fact]
    public void verify_reports_a_match_then_the_first_difference_after_an_edit()
    {
        using var temp = new TempFolder();
        var compare = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "20", "--seed", "9", "--set", "workplace.employer.hostility=0.7", "--out", "out");
        Assert.True(compare.ExitCode == 0, compare.ToString());

        var match = Cli.Run(temp.Path, "verify", "out/manifest.json");
        Assert.True(match.ExitCode == 0, match.ToString());
        Assert.StartsWith("match", match.Stdout);

        var runs = File.ReadAllLines(temp["out/runs.csv"]);
        var cells = runs[3].Split(',');
        cells[6] = cells[6] == "1" ? "2" : "1";
        runs[3] = string.Join(',', cells);
        File.WriteAllText(temp["out/runs.csv"], string.Join('\n', runs) + "\n");

        var mismatch = Cli.Run(temp.Path, "verify", "out");
        Assert.NotEqual(0, mismatch.ExitCode);
        Assert.Contains("mismatch: runs.csv differs at line 4", mismatch.Stdout);
        Assert.DoesNotContain("   at ", mismatch.Stdout + mismatch.Stderr);
    }

    [Fact]
    public void verify_refuses_a_manifest_from_another_engine_version()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--out", "out").ExitCode);
        var manifest = File.ReadAllText(temp["out/manifest.json"]);
        File.WriteAllText(temp["out/manifest.json"], System.Text.RegularExpressions.Regex.Replace(manifest, "\"engineVersion\": \"[^\"]*\"", "\"engineVersion\": \"0.0.1\""));

        var result = Cli.Run(temp.Path, "verify", "out/manifest.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("engine 0.0.1", result.Stderr);
    }
}
