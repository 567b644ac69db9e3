namespace CampaignSim.Cli.Tests;

public class InformationTests
{
    [Fact]
    public void validate_prints_ok_with_the_workforce_and_weeks()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "validate", "hospital-stewards");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("ok: Hospital with a steward committee and a nurses-only union, 1 workplace, 600 workers, 104 weeks", result.Stdout);
    }

    [Fact]
    public void models_lists_the_six_models()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "models");

        Assert.Equal(0, result.ExitCode);
        foreach (var id in Domain.OrganizingModels.ModelCatalog.Ids)
        {
            Assert.Contains(id, result.Stdout);
        }
    }

    [Fact]
    public void scenarios_lists_the_shipped_scenarios_with_summaries()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "scenarios");

        Assert.Equal(0, result.ExitCode);
        foreach (var file in Directory.GetFiles(Path.Combine(Cli.RepositoryRoot, "scenarios"), "*.yaml"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(file), result.Stdout);
        }

        Assert.Contains("Calibration cases", result.Stdout);
        foreach (var file in Directory.GetFiles(Path.Combine(Cli.RepositoryRoot, "scenarios", "cases"), "*.yaml"))
        {
            Assert.Contains($"cases/{Path.GetFileNameWithoutExtension(file)}", result.Stdout);
        }
    }

    [Fact]
    public void a_calibration_case_runs_by_its_name_from_any_folder()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "run", "cases/wv-2018", "--model", "militant-mainstream", "--seed", "7");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("West Virginia", result.Stdout);
    }

    [Fact]
    public void tab_completion_offers_the_verbs_the_options_of_a_verb_and_the_values_of_an_option()
    {
        using var temp = new TempFolder();
        var verbs = Cli.Run(temp.Path, "[suggest:3]", "swe");
        var options = Cli.Run(temp.Path, "[suggest:12]", "compare --mo");
        var values = Cli.Run(temp.Path, "[suggest:17]", "compare --weekly ");

        Assert.True(verbs.ExitCode == 0, verbs.ToString());
        Assert.Equal(["sweep"], Lines(verbs.Stdout));
        Assert.Equal(["--models"], Lines(options.Stdout));
        Assert.Equal(["means", "per-run"], Lines(values.Stdout));
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("whatif")]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("models")]
    [InlineData("scenarios")]
    [InlineData("verify")]
    [InlineData("sweep")]
    [InlineData("calibrate")]
    [InlineData("sensitivity")]
    [InlineData("replay")]
    [InlineData("worker")]
    [InlineData("jobs")]
    public void every_verb_has_help_with_an_example(string verb)
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Usage: campaignsim {verb}", result.Stdout);
        Assert.Contains("Example:", result.Stdout);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
