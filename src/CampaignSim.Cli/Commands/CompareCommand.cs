using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;

namespace CampaignSim.Cli.Commands;

/// <summary><c>compare</c>: every model, many times, on one scenario; a summary on stdout and, with --out, the report files.</summary>
public sealed class CompareCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [.. ComparisonOptions.Specs, .. RunTarget.Specs, new OptionSpec("sensitivity", null), new OptionSpec("worlds", "K"), new OptionSpec("worlds-file", "PATH")],
        ("models", $"models to compare (default all): {ComparisonOptions.ModelList}"),
        ("runs", $"runs per model, {OptionValues.MinRuns}–{OptionValues.MaxRuns} (default {OptionValues.DefaultRuns})"),
        ("seed", $"first seed; run i uses seed S+i for every model (default {OptionValues.DefaultSeed})"),
        ("baseline", $"model the others are compared with (default {ComparisonOptions.DefaultBaseline} when it applies,\nelse the first model that applies)"),
        ("weights", "ranking weights, keys wages, demands, safety, control, cost\n(default wages=1,demands=1,safety=1,control=0.5,cost=0.5)"),
        ("matter", $"smallest difference that matters per criterion: a model within it of the leader\non every weighted criterion is tied for first; units: points of wage rise,\ndemands, points of firing risk, points of decisions made by workers, $ per\nworker per year (default {new Analysis.Comparison.DifferencesThatMatter()})"),
        ("set", "change one scenario value, e.g. workplace.employer.hostility=0.9 (repeatable)"),
        ("out", "write report.md, report.html, summary.json, runs.csv, weekly.csv, manifest.json\n(written only if everything succeeds; an earlier output in DIR is replaced)"),
        ("weekly", "also write weekly-runs.csv: every run week by week (needs --out; default means)"),
        ("format", "also write every data table as Parquet (runs, weekly, weekly-runs; needs --out)"),
        ("force", "write into an --out folder that holds other files: replaces only the files\ncampaignsim wrote there and keeps the rest"),
        ("sensitivity", $"add a sensitivity section to the report: a Morris screening of the scenario's\nparameters ({SensitivityOptions.ForReport.Trajectories} trajectories, {SensitivityOptions.ForReport.Runs} runs per model and point;\n'campaignsim sensitivity' runs a larger one)"),
        ("worlds", $"also compare the models in K plausible worlds (the first K of the worlds file):\n--runs runs per model in each, the same seeds for every model; the report opens with\nwhether the ranking holds across them (docs/robustness.md). Default: off"),
        ("worlds-file", $"the worlds file for --worlds (default {WorldsComparison.ShippedPath}, written by\n'campaignsim calibrate --worlds N --out DIR')"),
        ("db", $"run the comparison through the event store in PostgreSQL (default: the\n{EventStoreJob.EnvironmentVariable} environment variable; without either, everything stays in memory)"),
        ("store", "with --db: full (keep every run's events, default), outcomes (outcomes only)\nor sample:K (full events for the first K runs of each model)"),
        ("distributed", "with --db: put the runs on a queue in the database and wait while\n'campaignsim worker' processes, here or on other machines, run them"),
        ("comparison-id", "with --db: store the comparison as NAME instead of the id its parameters give\n(printed), e.g. to store it again with another --store; the same NAME resumes it"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "compare";

    /// <inheritdoc />
    public string Summary => "compare the organizing models on a scenario, many runs each";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim compare <scenario> [options]

        Runs every organizing model on the scenario many times with the same seeds (common random numbers),
        prints the ranking with the key outcomes and their 95% confidence intervals, and the paired
        differences from the baseline. Models that cannot apply (no mainstream union, say) are listed with
        the reason and skipped.

        <scenario>              a scenario file, or the name of a shipped one (see 'campaignsim scenarios')

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim compare hospital-stewards --runs 200 --weights wages=2,safety=1 --out out/hospital
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
        var target = RunTarget.From(parsed);
        var worlds = WorldsComparison.From(parsed);
        WorldsComparison.CheckCombinable(worlds, options);

        if (target.Connection is not null && options.WeeklyPerRun)
        {
            throw new UsageException("--weekly per-run is written while the runs go in memory; leave out --db (or unset " + EventStoreJob.EnvironmentVariable + ") to use it");
        }

        var names = ComparisonFiles.NamesFor(options.WeeklyPerRun, options.Parquet);
        using var folder = options.PrepareOutput([.. names, OutputInventory.RecordName]);
        var loaded = ScenarioInput.Load(options.Scenario, options.Sets);
        var request = options.Request(loaded.Scenario);
        var weekly = options.WeeklyPerRun && folder is not null ? new WeeklyRunsCsv(folder.OpenWrite(WeeklyRunsCsv.FileName), loaded.Scenario.Name, "") : null;
        var result = target.Connection is null
            ? RunInMemory(request, console, weekly)
            : target.Run([(request, "compare")], console, "store")[0];
        var robust = worlds is null ? default : WorldsComparison.Run(request, worlds, console, target);
        if (robust.Section is { } section)
        {
            console.Out.WriteLine(section.Verdict);
            console.Out.WriteLine();
            console.Out.WriteLine("At the scenario's own values:");
        }

        ComparisonConsole.Write(console.Out, result);

        if (parsed.Has("sensitivity") && options.Out is null)
        {
            console.Error.WriteLine("campaignsim compare: --sensitivity adds a section to the report; without --out there is no report, so it is skipped.");
        }

        if (folder is not null && options.Out is { } outDir)
        {
            var sensitivity = parsed.Has("sensitivity")
                ? SensitivityOptions.ForReport.Run(loaded.Scenario, options.Models, options.Seed, options.Weights, options.Threads, console)
                : null;
            var record = new ComparisonRecord(loaded, options.Scenario, result, CommandLineText.Of(console.CommandLine), DateTimeOffset.UtcNow, sensitivity,
                WeeklyPerRun: options.WeeklyPerRun, Parquet: options.Parquet, StoredAs: target.NamedIdOf(request, whole: true),
                Robust: robust.Section, WorldResults: robust.Results);
            ComparisonFolder.Write(folder, record, outDir.TrimEnd('/', '\\'));
            folder.Commit();
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {outDir.TrimEnd('/', '\\')}/: {string.Join(", ", names)}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs in memory, streaming the weekly series of every run when asked, and closes that file before anything reads it.</summary>
    private static Analysis.Comparison.ComparisonResult RunInMemory(Analysis.Comparison.ComparisonRequest request, CliConsole console, WeeklyRunsCsv? weekly)
    {
        using (weekly)
        {
            return ComparisonJob.Run(request, console, "compare", weekly);
        }
    }
}
