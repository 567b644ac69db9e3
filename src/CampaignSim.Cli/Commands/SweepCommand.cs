using System.Globalization;
using System.Text;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Output;
using CampaignSim.Cli.Running;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// <c>sweep</c>: a batch run over a grid of scenario values. At each point it runs the comparison with the same
/// seeds, then shows how each model's outcomes move as the factor moves and where the ranking flips.
/// </summary>
public sealed class SweepCommand : ICommand
{
    /// <summary>Most grid points in one sweep.</summary>
    public const int MaxPoints = 200;

    /// <summary>Default runs per model at each point (fewer than compare: a sweep runs many comparisons).</summary>
    public const int DefaultRuns = 100;

    private static readonly string[] Columns = ["wageChangePct", "demandsWon", "anyFiring", "peakParticipation", "workerControl"];

    /// <inheritdoc />
    public string Name => "sweep";

    /// <inheritdoc />
    public string Summary => "run the comparison over a grid of parameter values and find where the ranking flips";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim sweep <scenario> --param PATH=FROM:TO:STEP [--param …] [options]

        Runs the comparison at every point of the grid (both ends included; several --param give every
        combination), with the same seeds at every point, and reports per model how the outcomes move and
        between which points the best-ranked model changes.

        Options:
          --param PATH=FROM:TO:STEP  a swept value (required, repeatable; at most {SweepParameter.MaxValues} values each,
                                     {MaxPoints} points in all), e.g. workplace.employer.hostility=0.2:0.9:0.1
          --models all|ID,ID         models to compare (default all): {ComparisonOptions.ModelList}
          --runs N                   runs per model at each point, {OptionValues.MinRuns}–{OptionValues.MaxRuns} (default {DefaultRuns})
          --seed S                   first seed (default {OptionValues.DefaultSeed})
          --weights K=V,…            ranking weights (keys wages, demands, safety, control, cost)
          --set PATH=VALUE           a fixed change applied at every point (repeatable)
          --out DIR                  write sweep.csv (one row per point and model) and report.md
          --force                    write into an --out folder that holds other files, keeping them
        {RunTarget.Help(29)}
          -h, --help                 show this help

        Example:
          campaignsim sweep postal-depot-dual-card --param workplace.employer.hostility=0.2:0.9:0.35 --runs 50
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var specs = ComparisonOptions.Specs.Where(s => s.Name != "baseline").Append(new OptionSpec("param", "PATH=FROM:TO:STEP", Repeats: true)).Concat(RunTarget.Specs).ToArray();
        var parsed = ArgumentReader.Read(args, specs);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        var options = ComparisonOptions.From(parsed) with { Runs = parsed.Value("runs") is null ? DefaultRuns : OptionValues.Runs(parsed.Value("runs")) };
        var parameters = parsed.Values("param").Select(SweepParameter.Parse).ToArray();
        if (parameters.Length == 0)
        {
            throw new UsageException("sweep needs at least one --param PATH=FROM:TO:STEP, e.g. --param workplace.employer.hostility=0.2:0.9:0.1");
        }

        var target = RunTarget.From(parsed);
        var points = Grid(parameters);
        if (points.Count > MaxPoints)
        {
            throw new UsageException($"the grid has {points.Count} points; at most {MaxPoints} are allowed (use fewer values)");
        }

        using var folder = options.PrepareOutput("sweep.csv", "report.md", OutputInventory.RecordName);

        // Load every point first, so a bad path or value is reported before any simulation runs.
        var scenarios = points.Select(p => ScenarioInput.Load(options.Scenario, options.Sets.Concat(p.Select(v => $"{v.Path}={v.Value}")).ToArray())).ToArray();
        var comparisons = points.Select((p, k) => (options.Request(scenarios[k].Scenario), string.Join(", ", p.Select(v => $"{v.Path}={v.Value}")))).ToArray();
        var results = points.Zip(target.Run(comparisons, console, "sweep")).ToList();

        var table = Table(results);
        console.Out.Write(table);
        var flips = Flips(results);
        console.Out.WriteLine();
        console.Out.WriteLine(flips.Count == 0 ? "The best-ranked model is the same at every point." : "Where the best-ranked model changes:");
        foreach (var flip in flips)
        {
            console.Out.WriteLine("  " + flip);
        }

        if (folder is not null && options.Out is { } outDir)
        {
            folder.WriteText("sweep.csv", Csv(parameters, results));
            folder.WriteText("report.md", Report(options, parameters, table, flips, CommandLineText.Of(console.CommandLine)));
            folder.Commit();
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {outDir.TrimEnd('/', '\\')}/: sweep.csv, report.md");
        }

        return ExitCodes.Ok;
    }

    private static List<IReadOnlyList<(string Path, string Value)>> Grid(IReadOnlyList<SweepParameter> parameters)
    {
        var points = new List<IReadOnlyList<(string, string)>> { Array.Empty<(string, string)>() };
        foreach (var p in parameters)
        {
            points = points.SelectMany(point => p.Values.Select(v => (IReadOnlyList<(string, string)>)point.Append((p.Path, v)).ToArray())).ToList();
        }

        return points;
    }

    private static string PointText(IReadOnlyList<(string Path, string Value)> point) =>
        string.Join(", ", point.Select(v => $"{ShortPath(v.Path)}={v.Value}"));

    private static string ShortPath(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Table(IReadOnlyList<(IReadOnlyList<(string Path, string Value)> Point, ComparisonResult Result)> results)
    {
        var headers = new List<string> { "point", "model", ">rank", ">score" };
        headers.AddRange(Columns.Select(c => ">" + OutcomeMetric.Get(c).Label));
        var table = new TextTable(headers.ToArray());
        foreach (var (point, result) in results)
        {
            foreach (var ranked in result.Ranking)
            {
                var m = result[ranked.ModelId];
                var cells = new List<string> { PointText(point), ranked.ModelId, ranked.Rank.ToString(CultureInfo.InvariantCulture), Numbers.Fixed(ranked.Score, 2) };
                cells.AddRange(Columns.Select(c => Numbers.Fixed(m[c].Mean, 2)));
                table.Add(cells.ToArray());
            }
        }

        return table.ToString();
    }

    private static List<string> Flips(IReadOnlyList<(IReadOnlyList<(string Path, string Value)> Point, ComparisonResult Result)> results)
    {
        var flips = new List<string>();
        for (var k = 1; k < results.Count; k++)
        {
            var before = results[k - 1].Result.Ranking.FirstOrDefault()?.ModelId;
            var after = results[k].Result.Ranking.FirstOrDefault()?.ModelId;
            if (before is not null && after is not null && before != after)
            {
                flips.Add($"between {PointText(results[k - 1].Point)} and {PointText(results[k].Point)}: {before} → {after}");
            }
        }

        return flips;
    }

    private static string Csv(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<(IReadOnlyList<(string Path, string Value)> Point, ComparisonResult Result)> results)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', parameters.Select(p => p.Path))).Append(",model,applicable,rank,score");
        foreach (var metric in OutcomeMetric.All)
        {
            text.Append(',').Append(metric.Id);
        }

        text.Append('\n');
        foreach (var (point, result) in results)
        {
            foreach (var model in result.Models)
            {
                var ranked = result.Ranking.FirstOrDefault(r => r.ModelId == model.ModelId);
                text.Append(string.Join(',', point.Select(v => v.Value))).Append(',').Append(model.ModelId)
                    .Append(',').Append(model.Applicable ? "true" : "false")
                    .Append(',').Append(ranked?.Rank.ToString(CultureInfo.InvariantCulture) ?? "")
                    .Append(',').Append(ranked is null ? "" : Numbers.RoundTrip(ranked.Score));
                foreach (var metric in OutcomeMetric.All)
                {
                    text.Append(',').Append(model.Applicable ? Numbers.RoundTrip(model[metric.Id].Mean) : "");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Report(ComparisonOptions options, IReadOnlyList<SweepParameter> parameters, string table, IReadOnlyList<string> flips, string commandLine)
    {
        var text = new StringBuilder();
        text.Append("# Sweep: ").Append(options.Scenario).Append("\n\n");
        text.Append("How each organizing model's outcomes move as ")
            .Append(string.Join(" and ", parameters.Select(p => $"`{p.Path}` goes from {p.Values[0]} to {p.Values[^1]}")))
            .Append($", with {options.Runs} runs per model at every point and the same seeds everywhere (first seed {options.Seed}). ")
            .Append($"Ranking weights: {options.Weights}.\n\n");
        text.Append("## Where the best-ranked model changes\n\n");
        text.Append(flips.Count == 0 ? "Nowhere: the same model ranks first at every point.\n" : string.Concat(flips.Select(f => $"- {f}\n")));
        text.Append("\n## Outcomes at each point (means over runs)\n\n```\n").Append(table).Append("```\n\n");
        text.Append("Every metric's mean at every point is in `sweep.csv`. Command: `").Append(commandLine).Append("`\n");
        return text.ToString();
    }
}
