using CampaignSim.Analysis;
using CampaignSim.Reports;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;

namespace CampaignSim.Cli.Commands;

/// <summary><c>sensitivity</c>: Morris elementary-effects screening of the scenario's parameters.</summary>
public sealed class SensitivityCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        ComparisonOptions.Specs.Where(s => s.Name is not ("baseline" or "runs" or "weekly" or "format" or "matter"))
            .Concat([new OptionSpec("trajectories", "R"), new OptionSpec("levels", "P"), new OptionSpec("runs", "N"), new OptionSpec("parameters", "SET")])
            .Concat(RunTarget.Specs),
        ("parameters", $"default (the {SensitivityParameters.Default.Count} parameters above), mechanics (all\n{SensitivityParameters.Mechanics.Count} coefficients of the mechanics, each over its documented range),\nor a comma-separated list of paths and prefixes, e.g. mechanics.participation"),
        ("models", "models to compare at every point (default all)"),
        ("trajectories", $"trajectories, 1–200 (default {SensitivityOptions.Default.Trajectories})"),
        ("levels", $"grid levels, even, 2–20 (default {SensitivityOptions.Default.Levels})"),
        ("runs", $"replications per model at every point, 1–10,000 (default {SensitivityOptions.Default.Runs})"),
        ("seed", $"seed of the trajectories and first seed of the runs (default {OptionValues.DefaultSeed})"),
        ("weights", "ranking weights (keys wages, demands, safety, control, cost)"),
        ("set", "change the starting scenario (repeatable)"),
        ("out", "write sensitivity.md and one SVG chart of μ* per metric"),
        ("force", "write into an --out folder that holds other files, keeping them"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "sensitivity";

    /// <inheritdoc />
    public string Summary => "screen which factors move each outcome most and which change the ranking (Morris)";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim sensitivity <scenario> [options]

        Morris elementary-effects screening (Morris 1991; μ* after Campolongo et al. 2007) over
        {SensitivityParameters.Default.Count} scenario parameters, each moved across a documented range: which factors move
        wage change, demands won, firings, participation and worker control most, and how often moving one
        changes which organizing model ranks first. The same seeds are used at every point. See docs/sensitivity.md.

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim sensitivity postal-depot-dual-card --trajectories 10 --runs 10 --out out/postal-sensitivity
          campaignsim sensitivity hospital-stewards --parameters mechanics.participation,mechanics.bargaining --runs 10
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ArgumentReader.Read(args, Specs);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        ArgumentReader.ExpectPositional(parsed, 1, "<scenario> (a scenario file or a shipped scenario name)");
        var models = OptionValues.Models(parsed.Value("models"));
        var seed = OptionValues.Seed(parsed.Value("seed"));
        var weights = OptionValues.Weights(parsed.Value("weights"));
        var threads = OptionValues.Threads(parsed.Value("threads"));
        var size = SensitivityOptions.From(parsed, SensitivityOptions.Default);
        var parameters = SensitivityOptions.Parameters(parsed.Value("parameters"));
        var outDir = parsed.Value("out");
        using var folder = outDir is null ? null : OutputFolder.Prepare(outDir, parsed.Has("force"), "sensitivity.md", OutputInventory.RecordName);

        var loaded = ScenarioInput.Load(parsed.Positional[0], parsed.Values("set"));
        var target = RunTarget.From(parsed);
        var result = size.Run(loaded.Scenario, models, seed, weights, threads, console, parameters, target);
        var markdown = SensitivityReport.ToMarkdown(result);
        console.Out.Write(markdown);
        if (folder is not null && outDir is not null)
        {
            folder.WriteText("sensitivity.md", $"# Sensitivity: {loaded.Scenario.Name}\n\nCommand: `{CommandLineText.Of(console.CommandLine)}`\n\n{markdown}");
            foreach (var metric in result.Metrics)
            {
                folder.WriteText($"sensitivity-{metric}.svg", SensitivityReport.ToSvgChart(result, metric));
            }

            folder.Commit();
            console.Out.WriteLine($"Wrote {outDir.TrimEnd('/', '\\')}/: sensitivity.md and {result.Metrics.Count} charts");
        }

        return ExitCodes.Ok;
    }
}
