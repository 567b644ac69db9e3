using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;

namespace CampaignSim.Cli.Commands;

/// <summary><c>whatif</c>: the comparison with and without some changes to the scenario, side by side.</summary>
public sealed class WhatIfCommand : ICommand
{
    /// <summary>Files at the top of a whatif output folder.</summary>
    public static IReadOnlyList<string> TopFiles { get; } = ["report.md", "report.html"];

    /// <summary>Runs one half, streaming its runs' weekly series into <c>half/weekly-runs.csv</c> when asked.</summary>
    private static Analysis.Comparison.ComparisonResult Half(ComparisonOptions options, OutputFolder? folder, Scenarios.LoadedScenario loaded,
        Analysis.Comparison.ComparisonRequest request, string half, CliConsole console)
    {
        using var weekly = options.WeeklyPerRun && folder is not null
            ? new WeeklyRunsCsv(folder.OpenWrite(Path.Combine(half, WeeklyRunsCsv.FileName)), loaded.Scenario.Name, half)
            : null;
        return ComparisonJob.Run(request, console, half, weekly);
    }

    /// <summary>Runs both halves through the event store, handed over together so that, distributed, both are queued at once.</summary>
    private static (Analysis.Comparison.ComparisonResult Before, Analysis.Comparison.ComparisonResult After) Stored(RunTarget target,
        Analysis.Comparison.ComparisonRequest before, Analysis.Comparison.ComparisonRequest after, CliConsole console)
    {
        var results = target.Run([(before, "before"), (after, "after")], console, "whatif");
        return (results[0], results[1]);
    }

    /// <summary>The path of a <c>--set PATH=VALUE</c> override, as written before the '='.</summary>
    public static string ChangedPath(string set) => SweepResult.PathOf(set);

    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [.. ComparisonOptions.Specs, .. RunTarget.Specs, new OptionSpec("worlds", "K"), new OptionSpec("worlds-file", "PATH")],
        ("set", "the change (required, repeatable), e.g. workplace.union.stance=militant"),
        ("models", $"models to compare (default all): {ComparisonOptions.ModelList}"),
        ("runs", $"runs per model, {OptionValues.MinRuns}–{OptionValues.MaxRuns} (default {OptionValues.DefaultRuns})"),
        ("seed", $"first seed (default {OptionValues.DefaultSeed})"),
        ("baseline", "baseline for the paired differences in each full report"),
        ("weights", "ranking weights (keys wages, demands, safety, control, cost)"),
        ("matter", $"smallest difference that matters per criterion, as for compare\n(default {new Analysis.Comparison.DifferencesThatMatter()})"),
        ("out", "write report.md and report.html (before and after side by side), and the full\ncomparison outputs in DIR/before/ and DIR/after/"),
        ("weekly", "also write weekly-runs.csv in each half (needs --out)"),
        ("format", "also write every data table as Parquet (needs --out)"),
        ("force", "write into an --out folder that holds other files, keeping them"),
        ("worlds", "also compare both halves in K plausible worlds (the first K of the worlds file), the\nsame worlds and seeds before and after; the report opens with how the change moves\nthe ranking across them (docs/robustness.md). Default: off"),
        ("worlds-file", $"the worlds file for --worlds (default {WorldsComparison.ShippedPath})"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "whatif";

    /// <inheritdoc />
    public string Summary => "compare the models with and without changes to the scenario";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim whatif <scenario> --set PATH=VALUE [--set …] [options]

        Runs the comparison twice with the same seeds: on the scenario as written, and with the --set
        changes. Prints, per model, the key outcomes before → after with the change paired run by run,
        and whether the ranking changed.

        <scenario>              a scenario file, or the name of a shipped one (see 'campaignsim scenarios')

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim whatif hospital-stewards --set workplace.union.stance=militant --runs 100 --out out/hospital-militant
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

        var options = ComparisonOptions.From(parsed);
        if (options.Sets.Count == 0)
        {
            throw new UsageException("whatif needs at least one change: --set PATH=VALUE, e.g. --set workplace.employer.hostility=0.9");
        }

        var target = RunTarget.From(parsed);
        var worlds = WorldsComparison.From(parsed);
        WorldsComparison.CheckCombinable(worlds, options, comparisons: 2);
        if (target.Connection is not null && options.WeeklyPerRun)
        {
            throw new UsageException("--weekly per-run is written while the runs go in memory; leave out --db (or unset " + EventStoreJob.EnvironmentVariable + ") to use it");
        }

        using var folder = options.PrepareOutput("report.md", "report.html", ManifestJson.FileName, "before", "after", OutputInventory.RecordName);
        var before = ScenarioInput.Load(options.Scenario, []);
        var after = ScenarioInput.Load(options.Scenario, options.Sets);
        var beforeRequest = options.Request(before.Scenario);
        var afterRequest = options.Request(after.Scenario);
        var (beforeResult, afterResult) = target.Connection is null
            ? (Half(options, folder, before, beforeRequest, "before", console), Half(options, folder, after, afterRequest, "after", console))
            : Stored(target, beforeRequest, afterRequest, console);
        var whatIf = new WhatIfComparison(options.Sets, beforeResult, afterResult);
        var robustBefore = worlds is null ? default : WorldsComparison.Run(beforeRequest, worlds, console, target);
        var robustAfter = worlds is null ? default : WorldsComparison.Run(afterRequest, worlds, console, target);
        if (robustBefore.Section is { } rb && robustAfter.Section is { } ra)
        {
            console.Out.WriteLine(WhatIfReport.RobustSentence(rb, ra));
            console.Out.WriteLine();
        }

        WhatIfReport.WriteConsole(console.Out, whatIf);

        if (folder is not null && options.Out is { } outDir)
        {
            var name = outDir.TrimEnd('/', '\\');
            var commandLine = CommandLineText.Of(console.CommandLine);
            var now = DateTimeOffset.UtcNow;
            var report = WhatIfReport.Build(whatIf, commandLine, robustBefore.Section, robustAfter.Section);
            folder.WriteText("report.md", MarkdownRenderer.Render(report));
            folder.WriteText("report.html", HtmlRenderer.Render(report));
            var changed = options.Sets.Select(ChangedPath).Distinct(StringComparer.Ordinal).ToArray();
            var beforeRecord = new ComparisonRecord(before, options.Scenario, beforeResult, commandLine, now, Variant: "before", Parameters: changed,
                WeeklyPerRun: options.WeeklyPerRun, Parquet: options.Parquet, StoredAs: target.NamedIdOf(beforeRequest, whole: false),
                Robust: robustBefore.Section, WorldResults: robustBefore.Results);
            var afterRecord = new ComparisonRecord(after, options.Scenario, afterResult, commandLine, now, Variant: "after", Parameters: changed,
                WeeklyPerRun: options.WeeklyPerRun, Parquet: options.Parquet, StoredAs: target.NamedIdOf(afterRequest, whole: false),
                Robust: robustAfter.Section, WorldResults: robustAfter.Results);
            ComparisonFolder.Write(folder, beforeRecord, name + "/before", "before");
            ComparisonFolder.Write(folder, afterRecord, name + "/after", "after");
            folder.WriteBytes(ManifestJson.FileName, ManifestJson.Render(
                afterRecord.Manifest() with { Kind = Manifest.WhatIfKind, Variant = "", Parts = ["before", "after"] },
                [.. TopFiles, "before/", "after/"]));
            folder.Commit();
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {name}/: report.md, report.html, manifest.json, before/, after/ (campaignsim verify {name} checks both)");
        }

        return ExitCodes.Ok;
    }
}
