using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// <c>sweep</c>: a batch run in the manner of NetLogo's BehaviorSpace: the comparison at every point of a grid of scenario
/// values (numeric ranges or lists of numbers or words), or at chosen combinations from a file, with the same seeds at
/// every point; every metric with its interval and every model's pBest at each point, per-run rows, a report with charts
/// and a manifest that <c>verify</c> accepts.
/// </summary>
public sealed class SweepCommand : ICommand
{
    /// <summary>Default runs per model at each point (fewer than compare: a sweep runs many comparisons).</summary>
    public const int DefaultRuns = 100;

    /// <summary>Files a sweep folder holds.</summary>
    public static IReadOnlyList<string> Files { get; } = ["report.md", "report.html", "sweep.csv", "sweep-runs.csv", ManifestJson.FileName];

    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        ComparisonOptions.Specs.Where(s => s.Name != "baseline")
            .Append(new OptionSpec("param", "PATH=VALUES", Repeats: true)).Append(new OptionSpec("points", "FILE")).Concat(RunTarget.Specs)
            .Append(new OptionSpec("worlds", "K")).Append(new OptionSpec("worlds-file", "PATH")),
        ("param", $"a swept setting (repeatable): a range FROM:TO:STEP, both ends included,\ne.g. workplace.employer.hostility=0.2:0.9:0.1, or a list of numbers or\nwords, e.g. workplace.union.stance=business,mixed,militant\n(at most {SweepParameter.MaxValues} values each, {SweepPoints.MaxPoints} points in all)"),
        ("points", "chosen combinations instead of a grid: a CSV file with a header of paths\nand one combination of values per line"),
        ("models", $"models to compare (default all): {ComparisonOptions.ModelList}"),
        ("runs", $"runs per model at each point, {OptionValues.MinRuns}–{OptionValues.MaxRuns} (default {DefaultRuns})"),
        ("seed", $"first seed (default {OptionValues.DefaultSeed})"),
        ("weights", "ranking weights (keys wages, demands, safety, control, cost)"),
        ("matter", $"smallest difference that matters per criterion, as for compare\n(default {new Analysis.Comparison.DifferencesThatMatter()})"),
        ("set", "a fixed change applied at every point (repeatable)"),
        ("out", "write report.md, report.html, sweep.csv (one row per point and model),\nsweep-runs.csv (one row per run) and manifest.json"),
        ("weekly", "means only (the default); per-run is refused, since sweep-runs.csv has a row per run"),
        ("format", "also write sweep.parquet and sweep-runs.parquet (needs --out)"),
        ("force", "write into an --out folder that holds other files, keeping them"),
        ("worlds", "also compare the models at every point in K plausible worlds (the first K of the\nworlds file), the same worlds and seeds at every point; writes sweep-worlds.csv and\nsays at each point whether the ranking holds across them (docs/robustness.md)"),
        ("worlds-file", $"the worlds file for --worlds (default {WorldsComparison.ShippedPath})"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "sweep";

    /// <inheritdoc />
    public string Summary => "run the comparison over a grid of settings (numbers or words) and find where the best model changes";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim sweep <scenario> --param PATH=VALUES [--param …] [options]
               campaignsim sweep <scenario> --points FILE [options]

        Runs the comparison at every point (several --param give every combination; --points gives chosen
        ones), with the same seeds at every point, and reports at each point every outcome with its 95%
        interval, each model's share of resamples in which it ranks first, and where the best model changes.

        Options:
        {OptionHelp.Render(Specs, 29)}

        Example:
          campaignsim sweep hospital-stewards --param workplace.union.stance=business,mixed,militant --runs 50 --out out/stance
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

        var options = ComparisonOptions.From(parsed) with { Runs = parsed.Value("runs") is null ? DefaultRuns : OptionValues.Runs(parsed.Value("runs")) };
        if (options.WeeklyPerRun)
        {
            throw new UsageException("--weekly per-run is for compare and whatif; a sweep writes one row per run in sweep-runs.csv");
        }

        var target = RunTarget.From(parsed);
        var worlds = WorldsComparison.From(parsed);
        var (paths, points) = Points(parsed);
        var models = options.Models.Count;
        JobSize.Check((long)points.Count * options.Runs * models,
            $"{JobSize.Count(points.Count, "points")} × {JobSize.Count(options.Runs, "runs")} × {JobSize.Count(models, "models")}", "--runs, the points or --models");
        // With --worlds every point's comparison also runs in each world: the bound of a robust comparison, once per point.
        WorldsComparison.CheckCombinable(worlds, options, comparisons: points.Count);

        IReadOnlyList<string> files = options.Parquet ? [.. Files, .. SweepCsv.Deterministic.Select(ComparisonFiles.ParquetNameFor)] : Files;
        if (worlds is not null) files = [.. files, SweepCsv.WorldsFileName];
        using var folder = options.PrepareOutput([.. files, OutputInventory.RecordName]);
        var sweep = SweepRunner.Run(options.Scenario, options.Sets, paths, points, options.Request, console, target);
        var robust = worlds is null ? null : Robust(sweep, worlds, console, target);

        console.Out.Write(Table(sweep));
        var flips = SweepReport.FlipSentences(sweep);
        console.Out.WriteLine();
        console.Out.WriteLine(flips.Count == 0 ? "The best-ranked model is the same at every point." : "Where the best-ranked model changes:");
        foreach (var flip in flips)
        {
            console.Out.WriteLine("  " + flip);
        }

        if (robust is not null)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"Across {robust[0].Ranking.Worlds.Count} plausible worlds:");
            for (var k = 0; k < robust.Count; k++)
            {
                console.Out.WriteLine($"  {SweepResult.Label(k)} ({SweepResult.Text(sweep.Points[k])}): {robust[k].Verdict}");
            }
        }

        if (folder is not null && options.Out is { } outDir)
        {
            var name = outDir.TrimEnd('/', '\\');
            var commandLine = CommandLineText.Of(console.CommandLine);
            var report = SweepReport.Build(sweep, commandLine, name, robust);
            folder.WriteText("report.md", MarkdownRenderer.Render(report));
            folder.WriteText("report.html", HtmlRenderer.Render(report));
            folder.WriteBytes("sweep.csv", SweepCsv.Render(sweep));
            folder.WriteStreamed("sweep-runs.csv", stream => SweepCsv.WriteRuns(stream, sweep));
            if (robust is not null) folder.WriteBytes(SweepCsv.WorldsFileName, SweepCsv.RenderWorlds(sweep, robust));
            foreach (var file in options.Parquet ? SweepCsv.Deterministic : [])
            {
                ParquetTable.Convert(folder, file);
            }

            var baseScenario = ScenarioInput.Load(options.Scenario, options.Sets);
            var manifest = Manifest(options, baseScenario, sweep, commandLine, target.Name);
            if (worlds is not null) manifest = manifest with { Worlds = worlds.Count, WorldsFile = worlds.Path, WorldsFileSha256 = worlds.Sha256 };
            folder.WriteBytes(ManifestJson.FileName, ManifestJson.Render(manifest, files));
            folder.Commit();
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {name}/: {string.Join(", ", files)}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Each point's comparison again in the plausible worlds: the same worlds and seeds at every point.</summary>
    internal static IReadOnlyList<RobustSection> Robust(SweepResult sweep, WorldsComparison.Selection worlds, CliConsole console, RunTarget? target = null) =>
        sweep.Results.Select(r => WorldsComparison.Run(r.Request, worlds, console, target).Section).ToArray();

    /// <summary>The swept paths and the points: from --param (a full grid) or from --points FILE, never both.</summary>
    private static (IReadOnlyList<string> Paths, IReadOnlyList<IReadOnlyList<string>> Points) Points(ParsedArguments parsed)
    {
        var parameters = parsed.Values("param").Select(SweepParameter.Parse).ToArray();
        if (parsed.Value("points") is { } file)
        {
            return parameters.Length > 0
                ? throw new UsageException("give either --param (a grid) or --points FILE (chosen combinations), not both")
                : SweepPoints.Read(file);
        }

        if (parameters.Length == 0)
        {
            throw new UsageException("sweep needs at least one --param PATH=VALUES, e.g. --param workplace.employer.hostility=0.2:0.9:0.1 "
                + "or --param workplace.union.stance=business,mixed,militant, or --points FILE");
        }

        var repeated = parameters.GroupBy(p => p.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is not null
            ? throw new UsageException($"--param '{repeated.Key}' is given twice; give each path once with all its values")
            : (parameters.Select(p => p.Path).ToArray(), SweepPoints.Grid(parameters));
    }

    /// <summary>
    /// The manifest of a sweep: everything verify needs to run it again. Its <c>comparisonId</c> is the <c>--comparison-id</c>
    /// NAME its points are stored under when one was given (as NAME, or NAME/ID each), else a hash of the points' ids.
    /// </summary>
    private static Manifest Manifest(ComparisonOptions options, Scenarios.LoadedScenario baseScenario, SweepResult sweep, string commandLine, string? name)
    {
        var first = sweep.Results[0].Request;
        var hash = ScenarioHash.Compute(baseScenario.Scenario);
        var idText = string.Join('\n', sweep.Results.Select(r => CampaignSim.Reports.Output.Manifest.IdFor(r.Request, r.ScenarioHash)));
        return new Manifest(
            name ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idText)))[..32],
            options.Scenario,
            Reports.Output.Manifest.RecordedPath(baseScenario.SourcePath),
            baseScenario.SourceSha256,
            hash,
            baseScenario.Scenario.Name,
            baseScenario.Sets,
            first.Models,
            first.Replications,
            first.BaseSeed,
            null,
            first.Weights.ToString(),
            EngineInfo.Version,
            commandLine,
            DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            CampaignSim.Reports.Output.Manifest.SweepKind,
            "",
            sweep.Paths,
            sweep.Points,
            Format: options.Parquet ? "parquet" : "csv",
            Matter: first.Matter.ToString());
    }

    private static string Table(SweepResult sweep)
    {
        var keys = KeyMetrics.All;
        var headers = new List<string> { "point", "values", "model", ">rank", ">best in", ">rank range" };
        headers.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        var table = new TextTable(headers.ToArray());
        for (var k = 0; k < sweep.Results.Count; k++)
        {
            var result = sweep.Results[k];
            foreach (var ranked in result.Ranking)
            {
                var m = result[ranked.ModelId];
                var cells = new List<string> { SweepResult.Label(k), SweepResult.Text(sweep.Points[k]), ranked.ModelId,
                    ranked.Rank.ToString(CultureInfo.InvariantCulture), double.IsNaN(ranked.PBest) ? "–" : BottomLine.Share(ranked.PBest),
                    BottomLine.RankRange(ranked) };
                cells.AddRange(keys.Select(c => MetricFormat.Value(c, m[c.Id].Mean)));
                table.Add(cells.ToArray());
            }
        }

        return table.ToString();
    }
}
