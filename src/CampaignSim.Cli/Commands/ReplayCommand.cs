using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.EventStore;
using CampaignSim.EventStore.Runs;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary><c>replay</c>: rebuilds a stored comparison's numbers and report from its events, without simulating; optionally re-simulates to verify.</summary>
public sealed class ReplayCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [new("db", "CONNECTION"), new("out", "DIR"), new("force", null), new("verify", null)],
        ("db", $"the event store (default: the {EventStoreJob.EnvironmentVariable} environment variable)"),
        ("out", "write report.md, report.html, summary.json, runs.csv and weekly.csv"),
        ("force", "write into an --out folder that holds other files, keeping them"),
        ("verify", "re-simulate and compare every run (exit 3 when any differs)"));

    /// <summary>Files a replay output folder holds.</summary>
    private static readonly string[] Files = ["report.md", "report.html", .. ComparisonFiles.Deterministic];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "replay";

    /// <inheritdoc />
    public string Summary => "rebuild a stored comparison's report from its events (and --verify it by re-simulating)";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim replay <comparison-id> [--db CONNECTION] [--out DIR] [--verify]

        Reads a comparison that 'campaignsim compare --db' stored (its id is printed then and recorded as
        comparisonId in manifest.json) and rebuilds its numbers from the stored events alone: the ranking,
        outcomes and differences, with no simulation. With --verify it also re-simulates every run from its
        seed and checks the event-stream hash against the stored one (and against the stored events, for runs
        whose stream was kept); a run made by another engine version is reported, not re-simulated.

        Options:
        {OptionHelp.Render(Specs, 20)}

        Example:
          campaignsim replay 5f0c2e6a9b1d4c7e8f90a1b2c3d4e5f6 --db "Host=localhost;Database=campaignsim;Username=postgres" --verify
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

        ArgumentReader.ExpectPositional(parsed, 1, "<comparison-id> (printed by 'compare --db' and recorded as comparisonId in manifest.json)");
        var id = parsed.Positional[0];
        var connection = EventStoreJob.Connection(parsed)
            ?? throw new UsageException($"replay reads the event store: give --db CONNECTION or set {EventStoreJob.EnvironmentVariable}");
        var outDir = parsed.Value("out");
        using var folder = outDir is null ? null : OutputFolder.Prepare(outDir, parsed.Has("force"), [.. Files, OutputInventory.RecordName]);

        var (result, checks) = EventStoreJob.WithStore(connection, console, async store =>
        {
            var replayed = await store.ReplayComparisonAsync(id, console.Cancellation);
            var verifications = new List<RunVerification>();
            if (parsed.Has("verify"))
            {
                foreach (var model in replayed.Models.Where(m => m.Applicable))
                {
                    for (var replication = 0; replication < model.Runs.Count; replication++)
                    {
                        verifications.Add(await store.VerifyRunAsync(id, model.ModelId, replication, console.Cancellation));
                    }
                }
            }

            return (replayed, verifications);
        });

        ComparisonConsole.Write(console.Out, result);
        var mismatches = checks.Where(c => c.Status != VerificationStatus.Verified).ToArray();
        if (parsed.Has("verify"))
        {
            console.Out.WriteLine();
            console.Out.WriteLine(mismatches.Length == 0
                ? $"verified: all {checks.Count} runs re-simulate to their stored event streams"
                : $"{mismatches.Length} of {checks.Count} runs do not verify:");
            foreach (var m in mismatches.Take(10))
            {
                console.Out.WriteLine($"  {m.Message}");
            }
        }

        if (folder is not null && outDir is not null)
        {
            var loaded = new LoadedScenario(result.Request.Scenario, $"comparison {id} in the event store", "", []);
            var record = new ComparisonRecord(loaded, id, result, CommandLineText.Of(console.CommandLine), DateTimeOffset.UtcNow);
            var report = ComparisonReport.Build(record, outDir.TrimEnd('/', '\\'),
                $"campaignsim replay {id} --verify re-simulates every stored run from its seed and checks its event stream against the stored one.");
            folder.WriteText("report.md", MarkdownRenderer.Render(report));
            folder.WriteText("report.html", HtmlRenderer.Render(report));
            foreach (var (name, bytes) in ComparisonFiles.RenderData(result))
            {
                folder.WriteBytes(name, bytes);
            }

            folder.Commit();
            console.Out.WriteLine($"Wrote {outDir.TrimEnd('/', '\\')}/: {string.Join(", ", Files)}");
        }

        return mismatches.Length == 0 ? ExitCodes.Ok : ExitCodes.Mismatch;
    }
}
