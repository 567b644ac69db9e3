using System.Globalization;
using System.Security.Cryptography;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Analysis.Worlds;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Reports;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// <c>compare --worlds K</c>: the comparison repeated in the first K plausible worlds of a worlds file, every model on the
/// same seeds inside each world, ranked across them (docs/robustness.md).
/// </summary>
public static class WorldsComparison
{
    /// <summary>The worlds file shipped with CampaignSim, under the repository root or beside the application.</summary>
    public const string ShippedPath = ScenarioCatalog.ShippedWorldsPath;

    /// <summary>The options a robust comparison reads: K and the file, checked before any run.</summary>
    /// <param name="Count">K, the worlds used.</param>
    /// <param name="File">The worlds file read.</param>
    /// <param name="Sha256">The file's SHA-256, in lower-case hex.</param>
    /// <param name="Path">The file's path as given.</param>
    public sealed record Selection(int Count, WorldsFile File, string Sha256, string Path);

    /// <summary>Reads <c>--worlds K</c> and <c>--worlds-file PATH</c>; null without <c>--worlds</c>. Throws a <see cref="UsageException"/> naming what is wrong.</summary>
    public static Selection? From(ParsedArguments parsed)
    {
        var text = parsed.Value("worlds");
        if (text is null)
        {
            if (parsed.Value("worlds-file") is not null)
            {
                throw new UsageException("--worlds-file chooses the file --worlds K reads its worlds from; give --worlds K too");
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new UsageException($"--worlds '{text}' is not allowed; give the number of plausible worlds to compare the models in, a whole number from 1 to the worlds in the file");
        }

        var path = parsed.Value("worlds-file") ?? Shipped()
            ?? throw new UsageException($"--worlds needs a worlds file: none was found at {ShippedPath} in this checkout or beside the application; give --worlds-file PATH (written by 'campaignsim calibrate --worlds N --out DIR')");
        if (!System.IO.File.Exists(path))
        {
            throw new UsageException($"--worlds-file '{path}' does not exist; give a worlds file written by 'campaignsim calibrate --worlds N --out DIR'");
        }

        return Load(path, count);
    }

    /// <summary>Refuses what <c>--worlds</c> cannot be combined with: per-run weekly files.</summary>
    /// <param name="worlds">The worlds asked for, or null without --worlds.</param>
    /// <param name="options">The comparison's options.</param>
    /// <param name="comparisons">Comparisons the command makes in each world (2 for whatif: before and after; a sweep's points).</param>
    public static void CheckCombinable(Selection? worlds, ComparisonOptions options, int comparisons = 1)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (worlds is null) return;
        if (options.WeeklyPerRun)
        {
            throw new UsageException("--weekly per-run is not written with --worlds; leave one of them out");
        }

        // Every comparison runs at the scenario's own values and in each world: K worlds multiply a job by K + 1.
        var made = comparisons == 1
            ? $"{JobSize.Count(worlds.Count + 1, "comparisons")} (the scenario's own values and {JobSize.Count(worlds.Count, "plausible worlds")})"
            : $"{JobSize.Count(comparisons, "comparisons")} × {JobSize.Count(worlds.Count + 1, "settings")} (their own values and {JobSize.Count(worlds.Count, "plausible worlds")})";
        JobSize.Check((long)comparisons * (worlds.Count + 1) * options.Runs * options.Models.Count,
            $"{made} × {JobSize.Count(options.Runs, "runs")} × {JobSize.Count(options.Models.Count, "models")}", "--runs or --worlds");
    }

    /// <summary>Reads a worlds file for K worlds; throws a <see cref="UsageException"/> naming what is wrong.</summary>
    public static Selection Load(string path, int count)
    {
        byte[] bytes;
        WorldsFile file;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
            file = WorldsFile.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        }
        catch (FormatException e)
        {
            throw new UsageException($"--worlds-file '{path}' cannot be read: {e.Message}");
        }

        foreach (var p in file.Parameters)
        {
            if (Domain.Mechanics.ScenarioParameter.Find(p.Path) is null)
            {
                throw new UsageException($"--worlds-file '{path}' varies '{p.Path}', which is not a parameter of this CampaignSim; match the worlds again with 'campaignsim calibrate --worlds N'");
            }
        }

        if (file.Worlds.Count == 0)
        {
            throw new UsageException($"--worlds-file '{path}' holds no plausible world (history matching kept none; its report says which targets rule them out)");
        }

        if (count > file.Worlds.Count)
        {
            throw new UsageException($"--worlds {count} is more than the {file.Worlds.Count} plausible worlds in '{path}'; give at most {file.Worlds.Count}");
        }

        return new Selection(count, file, Convert.ToHexStringLower(SHA256.HashData(bytes)), path);
    }

    /// <summary>The shipped worlds file: in the checkout that holds the shipped scenarios, else beside the application; null when there is none.</summary>
    public static string? Shipped() => ScenarioCatalog.FindShippedWorlds();

    /// <summary>
    /// Runs the comparison in each of the first K worlds (every model on the request's seeds, so models share their
    /// dice inside a world) and ranks the models across them: in memory, or where <paramref name="target"/> says (the
    /// event store, or the workers sharing it, every world's blocks queued at once), with the same results.
    /// </summary>
    public static (RobustSection Section, IReadOnlyList<ComparisonResult> Results) Run(ComparisonRequest request, Selection selection, CliConsole console,
        RunTarget? target = null)
    {
        var file = selection.File;
        var worlds = file.Take(selection.Count);
        var requests = worlds.Select(w => request with { Scenario = WorldParameter.Apply(request.Scenario, file.Parameters, w.Values) }).ToArray();
        IReadOnlyList<ComparisonResult> results;
        if (target is { Connection: not null })
        {
            results = target.Run(requests.Select((r, w) => (r, $"plausible world {w + 1}")).ToArray(), console, $"{worlds.Count} plausible worlds");
        }
        else
        {
            var applicable = request.Models.Count(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null);
            using var progress = new ProgressLine(console.Error, $"compare in {worlds.Count} plausible worlds", worlds.Count * applicable * request.Replications, console.ErrorIsTerminal);
            results = requests.Select(r => ComparisonRunner.Run(r, progress.Advance, console.Cancellation)).ToArray();
        }

        var expected = request.Models.Where(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null).ToArray();
        var runs = new WorldRuns[worlds.Count];
        for (var w = 0; w < worlds.Count; w++)
        {
            if (!results[w].Models.Where(m => m.Applicable).Select(m => m.ModelId).SequenceEqual(expected))
            {
                throw new UsageException($"in plausible world {w + 1} other models apply than at the scenario's own values; the worlds must vary coefficients only");
            }

            runs[w] = RobustComparison.WorldFrom(worlds[w].Values, results[w].Models, requests[w].Scenario, request.Matter);
        }

        var ranking = RobustComparison.Rank(RobustComparison.CriteriaFor(request.Scenario, request.Weights, request.Matter), runs);
        // Describe the worlds only by parameters that can act in this workplace (a drive's heat where a union is present cannot).
        var live = ranking.WinnerChanges
            ? ParameterLiveness.Live(request.Scenario, file.Parameters, request.Models.Where(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null).ToArray(),
                request.BaseSeed, cancellationToken: console.Cancellation)
            : null;
        var found = ScenarioDiscovery.WhereWinnerChanges(ranking, file.Parameters, live: live);
        return (new RobustSection(selection.Path, selection.Sha256, file.EngineVersion, file.DesignSeed, request.Replications, file.Parameters, ranking, found), results);
    }
}
