namespace CampaignSim.Cli.Tests;

public class AnalysisVerbTests
{
    [Fact]
    public void calibrate_prints_every_target_and_writes_the_table()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "calibrate", "--runs", "20", "--out", "cal");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var target in new[] { "drive-firings", "election-win-rate", "new-unit-wage-gain", "strike-authorization", "captive-audience", "large-unit-win-rate" })
        {
            Assert.Contains(target, result.Stdout);
        }
        Assert.Contains("targets within tolerance", result.Stdout);
        Assert.Contains("Fitting set: ", result.Stdout);
        Assert.Contains("Validation set: ", result.Stdout);
        Assert.Contains("| Target", File.ReadAllText(Path.Combine(temp.Path, "cal", "calibration.md")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("workplaces[0].workers=10", "mechanics parameters only")]
    [InlineData("mechanics.bargaining.strikeFatigue=0.1", "cannot be combined with --out")]
    public void calibrate_overrides_only_mechanics_and_never_into_the_published_page(string set, string expected)
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--set", set, "--out", "cal");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void calibrate_with_a_mechanics_override_moves_the_figures()
    {
        using var temp = new TempFolder();
        var plain = Cli.Run(temp.Path, "calibrate", "--runs", "10");
        var steep = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--set", "mechanics.bargaining.concessionSteepness=4");

        Assert.True(steep.ExitCode == 0, steep.ToString());
        Assert.NotEqual(Row(plain.Stdout, "settlement-wv-2018"), Row(steep.Stdout, "settlement-wv-2018"));

        static string Row(string output, string id) => output.Split('\n').Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void sensitivity_writes_the_screening_and_a_chart_per_metric()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sensitivity", "nonunion-diner", "--trajectories", "2", "--runs", "2", "--out", "sens");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("μ*", result.Stdout);
        Assert.True(File.Exists(Path.Combine(temp.Path, "sens", "sensitivity.md")));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(temp.Path, "sens", "sensitivity-wageChangePct.svg")));
    }

    [Fact]
    public void compare_with_sensitivity_adds_the_section_to_the_report()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "6", "--sensitivity", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Which factors matter most", File.ReadAllText(Path.Combine(temp.Path, "out", "report.html")));
    }

    [Theory]
    [InlineData("--levels", "3", "even number")]
    [InlineData("--trajectories", "0", "from 1 to 200")]
    [InlineData("--parameters", "mechanics.nothing", "'mechanics.nothing' selects no parameter")]
    public void sensitivity_rejects_bad_sizes_with_exit_code_2(string option, string value, string expected)
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sensitivity", "nonunion-diner", option, value, "--out", "sens");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "sens")));
    }

    [Fact]
    public void sensitivity_screens_a_group_of_mechanics_coefficients()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sensitivity", "nonunion-diner", "--parameters", "mechanics.actions", "--trajectories", "2", "--runs", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("`mechanics.actions.weeksBetweenActions`", result.Stdout);
        Assert.DoesNotContain("`workplaces[].employer.hostility`", result.Stdout);
    }
}
