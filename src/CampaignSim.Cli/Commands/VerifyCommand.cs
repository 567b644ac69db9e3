using System.Security.Cryptography;
using System.Text;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// <c>verify</c>: runs a recorded comparison again from its manifest and checks that summary.json, runs.csv and
/// weekly.csv come out byte for byte the same.
/// </summary>
public sealed class VerifyCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = [new("threads", "N", Hidden: true)];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "verify";

    /// <inheritdoc />
    public string Summary => "re-run a recorded comparison and check its data files match byte for byte";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim verify <DIR>/manifest.json   (or just <DIR>)

        Re-runs the comparison recorded in the manifest (scenario file, --set overrides, models, runs, seed,
        baseline, weights, smallest differences that matter) and compares the regenerated summary.json,
        runs.csv and weekly.csv with the files in DIR byte for byte. Prints "match" or the first difference.

        Refuses (exit 2) when the manifest was made by another engine version: different mechanics give
        different numbers by design. Exit code 3 when the files differ, or when the scenario file has
        changed since the comparison was made.

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim verify out/hospital/manifest.json
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

        ArgumentReader.ExpectPositional(parsed, 1, "<DIR>/manifest.json (written by 'compare --out DIR')");
        var threads = OptionValues.Threads(parsed.Value("threads"));
        var given = parsed.Positional[0];
        var manifestPath = Directory.Exists(given) ? Path.Combine(given, ManifestJson.FileName) : given;
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var manifest = ManifestFile.Read(manifestPath);

        if (manifest.EngineVersion != EngineInfo.Version)
        {
            throw new UsageException($"{manifestPath}: made by engine {manifest.EngineVersion}, but this build runs engine {EngineInfo.Version}. "
                + "A different engine gives different numbers by design; verify with a build of engine "
                + $"{manifest.EngineVersion}, or run the comparison again with this one.");
        }

        return manifest.Kind switch
        {
            Manifest.WhatIfKind => VerifyParts(manifest, folder, threads, console),
            Manifest.SweepKind => SweepVerification.Run(manifest, manifestPath, folder, threads, console),
            Manifest.CompareKind => VerifyComparison(manifest, manifestPath, folder, threads, console),
            _ => throw new UsageException($"{manifestPath}: kind '{manifest.Kind}' is not one campaignsim writes (compare, whatif or sweep)"),
        };
    }

    /// <summary>A what-if folder: each part (before/, after/) is a comparison of its own, verified in turn; the first mismatch ends it.</summary>
    private static int VerifyParts(Manifest manifest, string folder, int? threads, CliConsole console)
    {
        foreach (var part in manifest.Parts ?? [])
        {
            var partPath = Path.Combine(folder, part, ManifestJson.FileName);
            console.Out.Write($"{part}: ");
            var partManifest = ManifestFile.Read(partPath);
            if (partManifest.Kind != Manifest.CompareKind)
            {
                throw new UsageException($"{partPath}: a what-if part must be a single comparison, not '{partManifest.Kind}'");
            }

            var code = VerifyComparison(partManifest, partPath, Path.GetDirectoryName(Path.GetFullPath(partPath))!, threads, console);
            if (code != ExitCodes.Ok)
            {
                return code;
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Re-runs one comparison and compares its data files byte for byte.</summary>
    private static int VerifyComparison(Manifest manifest, string manifestPath, string folder, int? threads, CliConsole console)
    {
        var models = manifest.Models.Select(m => OptionValues.Model("models", m)).ToArray();
        var weights = OptionValues.Weights(manifest.Weights);
        if (manifest.Runs < OptionValues.MinRuns || manifest.Runs > OptionValues.MaxRuns)
        {
            throw new UsageException($"{manifestPath}: runs {manifest.Runs} is outside {OptionValues.MinRuns}–{OptionValues.MaxRuns}");
        }

        var scenarioFile = FindScenario(manifest, manifestPath, out var problem);
        if (scenarioFile is null)
        {
            console.Out.WriteLine($"mismatch: {problem}");
            return ExitCodes.Mismatch;
        }

        var loaded = ScenarioLoader.Load(scenarioFile, manifest.Sets);
        var hash = ScenarioHash.Compute(loaded.Scenario);
        if (hash != manifest.ScenarioHash)
        {
            console.Out.WriteLine($"mismatch: {scenarioFile} with the recorded --set overrides now loads as scenario {hash[..12]}, "
                + $"not {manifest.ScenarioHash[..12]} as recorded (the file is unchanged, so scenario defaults or the loader changed)");
            return ExitCodes.Mismatch;
        }

        var request = new ComparisonRequest
        {
            Scenario = loaded.Scenario,
            Models = models,
            Replications = manifest.Runs,
            BaseSeed = manifest.Seed,
            Baseline = manifest.Baseline,
            Weights = weights,
            Matter = OptionValues.Matter(manifest.Matter),
            MaxDegreeOfParallelism = threads,
        };
        var weeklyBytes = manifest.Weekly == "per-run" ? new MemoryStream() : null;
        ComparisonResult result;
        using (var weekly = weeklyBytes is null ? null : new WeeklyRunsCsv(weeklyBytes, loaded.Scenario.Name, manifest.Variant))
        {
            result = ComparisonJob.Run(request, console, "verify", weekly);
        }

        var robust = default((CampaignSim.Reports.RobustSection Section, IReadOnlyList<ComparisonResult> Results));
        if (manifest.Worlds is { } count)
        {
            var worldsFile = FindWorlds(manifest, manifestPath);
            if (worldsFile is null)
            {
                console.Out.WriteLine($"mismatch: the worlds file {manifest.WorldsFile} (sha256 {manifest.WorldsFileSha256?[..Math.Min(12, manifest.WorldsFileSha256.Length)]}) is missing or has changed");
                return ExitCodes.Mismatch;
            }

            robust = WorldsComparison.Run(request, WorldsComparison.Load(worldsFile, count), console);
        }

        var files = new Dictionary<string, byte[]>(ComparisonFiles.RenderData(result, manifest.Variant, manifest.Parameters, robust.Section, robust.Results));
        if (weeklyBytes is not null)
        {
            files[WeeklyRunsCsv.FileName] = weeklyBytes.ToArray();
        }

        foreach (var (name, bytes) in files)
        {
            if (Compare(folder, name, bytes, console) is { } code)
            {
                return code;
            }
        }

        // The Parquet tables are written from the CSV tables, which now match: converting the recorded ones must give the recorded bytes.
        if (manifest.Format == "parquet")
        {
            foreach (var table in files.Keys.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)))
            {
                using var parquet = new MemoryStream();
                ParquetTable.Write(Path.Combine(folder, table), parquet);
                if (Compare(folder, ComparisonFiles.ParquetNameFor(table), parquet.ToArray(), console) is { } code)
                {
                    return code;
                }
            }
        }

        console.Out.WriteLine($"match: {string.Join(", ", files.Keys.Concat(manifest.Format == "parquet" ? files.Keys.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)).Select(ComparisonFiles.ParquetNameFor) : []))} "
            + $"are byte-identical to a fresh run ({models.Length} models × {Numbers.Whole(manifest.Runs)} runs, seed {manifest.Seed}, engine {EngineInfo.Version}, comparison {manifest.ComparisonId})");
        return ExitCodes.Ok;
    }

    /// <summary>Compares a regenerated file with the recorded one; prints the mismatch and returns its exit code, or null when they match.</summary>
    private static int? Compare(string folder, string name, byte[] regenerated, CliConsole console)
    {
        var recordedPath = Path.Combine(folder, name);
        if (!File.Exists(recordedPath))
        {
            console.Out.WriteLine($"mismatch: {name} is missing from {folder}");
            return ExitCodes.Mismatch;
        }

        if (OutputInventory.IsSpecialFile(recordedPath))
        {
            console.Out.WriteLine($"mismatch: {name} in {folder} is not a regular file (a pipe, socket or device), so it is not read");
            return ExitCodes.Mismatch;
        }

        if (FirstDifference(File.ReadAllBytes(recordedPath), regenerated) is { } difference)
        {
            console.Out.WriteLine($"mismatch: {name} {difference}");
            return ExitCodes.Mismatch;
        }

        return null;
    }

    /// <summary>The recorded worlds file, as recorded or relative to the output folder's parent, when its bytes are unchanged; null otherwise.</summary>
    internal static string? FindWorlds(Manifest manifest, string manifestPath)
    {
        var recorded = manifest.WorldsFile ?? "";
        var outputParent = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!) ?? "";
        var candidates = new List<string> { recorded };
        if (!Path.IsPathRooted(recorded)) candidates.Add(Path.Combine(outputParent, recorded));
        if (WorldsComparison.Shipped() is { } shipped) candidates.Add(shipped);
        return candidates.Where(c => c.Length > 0 && File.Exists(c)).Distinct()
            .FirstOrDefault(c => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(c))) == manifest.WorldsFileSha256);
    }

    /// <summary>
    /// The scenario file: the recorded path (relative to the working directory, then to the output folder's parent), else
    /// the shipped scenario of the recorded name. Null, with the reason, when none has the recorded SHA-256.
    /// </summary>
    internal static string? FindScenario(Manifest manifest, string manifestPath, out string problem)
    {
        var outputParent = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!) ?? "";
        var candidates = new List<string> { manifest.ScenarioFile };
        if (!Path.IsPathRooted(manifest.ScenarioFile))
        {
            candidates.Add(Path.Combine(outputParent, manifest.ScenarioFile));
        }

        if (ScenarioCatalog.FindShipped()?.TryResolve(Path.GetFileName(manifest.ScenarioFile)) is { } shipped)
        {
            candidates.Add(shipped);
        }

        var changed = new List<string>();
        foreach (var candidate in candidates.Where(File.Exists).Distinct())
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(candidate)));
            if (sha == manifest.ScenarioFileSha256)
            {
                problem = "";
                return candidate;
            }

            changed.Add(candidate);
        }

        problem = changed.Count > 0
            ? $"the scenario file {changed[0]} has changed since the comparison (its SHA-256 is not the recorded {manifest.ScenarioFileSha256[..12]}…)"
            : $"cannot find the scenario file {manifest.ScenarioFile} (looked relative to {Directory.GetCurrentDirectory()} and {outputParent}, and among the shipped scenarios)";
        return null;
    }

    /// <summary>Where two files first differ: line, column and both lines; null when they are identical.</summary>
    internal static string? FirstDifference(byte[] recorded, byte[] fresh)
    {
        if (recorded.AsSpan().SequenceEqual(fresh))
        {
            return null;
        }

        var length = Math.Min(recorded.Length, fresh.Length);
        var at = 0;
        while (at < length && recorded[at] == fresh[at])
        {
            at++;
        }

        var line = 1 + recorded.AsSpan(0, at).Count((byte)'\n');
        var lineStart = at == 0 ? 0 : recorded.AsSpan(0, at).LastIndexOf((byte)'\n') + 1;
        return $"differs at line {line}, column {at - lineStart + 1}:\n"
            + $"  recorded:    {LineAt(recorded, lineStart)}\n"
            + $"  regenerated: {LineAt(fresh, lineStart)}";
    }

    private static string LineAt(byte[] bytes, int start)
    {
        if (start >= bytes.Length)
        {
            return "(end of file)";
        }

        var end = Array.IndexOf(bytes, (byte)'\n', start);
        var text = Encoding.UTF8.GetString(bytes, start, (end < 0 ? bytes.Length : end) - start);
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
