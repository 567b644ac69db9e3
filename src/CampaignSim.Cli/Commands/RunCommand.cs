using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Cli.Commands;

/// <summary><c>run</c>: one campaign under one model, told as a story, with its full event stream.</summary>
public sealed class RunCommand : ICommand
{
    /// <summary>Files a run output folder holds.</summary>
    public static IReadOnlyList<string> Files { get; } = ["events.jsonl", "story.md"];

    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
    [
        new("model", "ID"),
        new("seed", "S"),
        new("set", "PATH=VALUE", Repeats: true),
        new("out", "DIR"),
        new("force", null),
        new("db", "CONNECTION"),
    ],
        ("model", $"the organizing model (required): {ComparisonOptions.ModelList}"),
        ("seed", $"the seed (default {OptionValues.DefaultSeed}); the same seed gives the same campaign"),
        ("set", "change one scenario value (repeatable)"),
        ("out", "write events.jsonl and story.md into DIR"),
        ("force", "write into an --out folder that holds other files, keeping them"),
        ("db", $"also keep the run's event stream in the event store, as a one-run comparison\n(default: the {EventStoreJob.EnvironmentVariable} environment variable)"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "run";

    /// <inheritdoc />
    public string Summary => "run one campaign under one model and tell its story week by week";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim run <scenario> --model ID [options]

        Runs one campaign and prints its outcome. With --out, writes the campaign's every event
        (events.jsonl, one JSON object a line) and story.md, a week-by-week account in plain sentences;
        without --out, prints the story.

        <scenario>              a scenario file, or the name of a shipped one (see 'campaignsim scenarios')

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim run nonunion-diner --model independent-solidarity --seed 7 --out out/diner-run
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

        ArgumentReader.ExpectPositional(parsed, 1, "<scenario> (a scenario file or a shipped scenario name; see 'campaignsim scenarios')");
        if (!parsed.Has("model"))
        {
            throw new UsageException($"--model ID is required; {OptionValues.KnownModels()}");
        }

        var modelId = OptionValues.Model("model", parsed.Value("model"));
        var seed = OptionValues.Seed(parsed.Value("seed"));
        var outDir = parsed.Value("out");
        using var folder = outDir is null ? null : OutputFolder.Prepare(outDir, parsed.Has("force"), [.. Files, OutputInventory.RecordName]);

        var loaded = ScenarioInput.Load(parsed.Positional[0], parsed.Values("set"));
        var scenario = loaded.Scenario;
        if (ComparisonRunner.NotApplicableBecause(scenario, modelId) is { } why)
        {
            var fits = ModelCatalog.Ids.Where(m => ComparisonRunner.NotApplicableBecause(scenario, m) is null);
            throw new UsageException($"--model '{modelId}' does not apply to this scenario: {why} Models that apply: {string.Join(", ", fits)}");
        }

        var run = CampaignEngine.Run(scenario, modelId, seed, ScenarioHash.Compute(scenario));
        if (EventStoreJob.Connection(parsed) is { } connection)
        {
            var request = new Analysis.Comparison.ComparisonRequest { Scenario = scenario, Models = [modelId], Replications = 1, BaseSeed = seed, Baseline = modelId };
            var stored = EventStoreJob.Run(connection, request, CampaignSim.Reports.Output.Manifest.IdFor(request, ScenarioHash.Compute(scenario)), EventStore.StorageMode.Full, distributed: false, console);
            if (stored[modelId].Runs.StreamHash(0) != EventJson.StreamHash(run.Events))
            {
                throw new InvalidOperationException("the stored run's event stream differs from the run just simulated");
            }
        }

        var story = CampaignStory.Build(run, scenario, modelId, seed);
        if (outDir is null)
        {
            console.Out.Write(MarkdownRenderer.Render(story));
            console.Out.WriteLine();
        }

        console.Out.WriteLine($"{scenario.Name}: {modelId}, seed {seed}, {Numbers.Whole(run.Events.Count)} events");
        var table = new TextTable("Outcome", ">Value");
        foreach (var metric in OutcomeMetric.All)
        {
            table.Add(MetricFormat.Header(metric), CampaignStory.OutcomeValue(metric, run.Outcome, scenario));
        }

        console.Out.Write(table.ToString());

        if (folder is not null && outDir is not null)
        {
            using (var events = new StringWriter())
            {
                events.NewLine = "\n";
                EventJson.WriteLines(run.Events, events);
                folder.WriteText("events.jsonl", events.ToString());
            }

            folder.WriteText("story.md", MarkdownRenderer.Render(story));
            folder.Commit();
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {outDir.TrimEnd('/', '\\')}/: {string.Join(", ", Files)}");
        }

        return ExitCodes.Ok;
    }
}
