using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary><c>verify</c> on a sweep folder: runs every recorded point again and compares sweep.csv and sweep-runs.csv byte for byte.</summary>
public static class SweepVerification
{
    /// <summary>Verifies; returns the exit code.</summary>
    public static int Run(Manifest manifest, string manifestPath, string folder, int? threads, CliConsole console)
    {
        if (manifest.Points is not { Count: > 0 } points)
        {
            throw new UsageException($"{manifestPath}: a sweep manifest needs a non-empty 'points' list");
        }

        var models = manifest.Models.Select(m => OptionValues.Model("models", m)).ToArray();
        var weights = OptionValues.Weights(manifest.Weights);
        var scenarioFile = VerifyCommand.FindScenario(manifest, manifestPath, out var problem);
        if (scenarioFile is null)
        {
            console.Out.WriteLine($"mismatch: {problem}");
            return ExitCodes.Mismatch;
        }

        var hash = ScenarioHash.Compute(ScenarioLoader.Load(scenarioFile, manifest.Sets).Scenario);
        if (hash != manifest.ScenarioHash)
        {
            console.Out.WriteLine($"mismatch: {scenarioFile} with the recorded --set overrides now loads as scenario {hash[..12]}, not {manifest.ScenarioHash[..12]} as recorded");
            return ExitCodes.Mismatch;
        }

        var options = new ComparisonOptions(scenarioFile, models, manifest.Runs, manifest.Seed, null, weights, manifest.Sets, null, false, threads,
            Matter: OptionValues.Matter(manifest.Matter));
        var sweep = SweepRunner.Run(scenarioFile, manifest.Sets, manifest.Parameters ?? [], points, options.Request, console);
        var data = new Dictionary<string, byte[]>(SweepCsv.RenderData(sweep));
        if (manifest.Worlds is { } count)
        {
            var worldsFile = VerifyCommand.FindWorlds(manifest, manifestPath);
            if (worldsFile is null)
            {
                console.Out.WriteLine($"mismatch: the worlds file {manifest.WorldsFile} (sha256 {manifest.WorldsFileSha256?[..Math.Min(12, manifest.WorldsFileSha256.Length)]}) is missing or has changed");
                return ExitCodes.Mismatch;
            }

            data[SweepCsv.WorldsFileName] = SweepCsv.RenderWorlds(sweep, SweepCommand.Robust(sweep, WorldsComparison.Load(worldsFile, count), console));
        }

        foreach (var (name, bytes) in data)
        {
            var recorded = Path.Combine(folder, name);
            if (!File.Exists(recorded))
            {
                console.Out.WriteLine($"mismatch: {name} is missing from {folder}");
                return ExitCodes.Mismatch;
            }

            if (OutputInventory.IsSpecialFile(recorded))
            {
                console.Out.WriteLine($"mismatch: {name} in {folder} is not a regular file (a pipe, socket or device), so it is not read");
                return ExitCodes.Mismatch;
            }

            if (VerifyCommand.FirstDifference(File.ReadAllBytes(recorded), bytes) is { } difference)
            {
                console.Out.WriteLine($"mismatch: {name} {difference}");
                return ExitCodes.Mismatch;
            }
        }

        if (manifest.Format == "parquet")
        {
            foreach (var table in SweepCsv.Deterministic)
            {
                using var parquet = new MemoryStream();
                ParquetTable.Write(Path.Combine(folder, table), parquet);
                var name = ComparisonFiles.ParquetNameFor(table);
                var recorded = Path.Combine(folder, name);
                if (!File.Exists(recorded) || !File.ReadAllBytes(recorded).AsSpan().SequenceEqual(parquet.ToArray()))
                {
                    console.Out.WriteLine($"mismatch: {name} is missing or is not the Parquet form of {table}");
                    return ExitCodes.Mismatch;
                }
            }
        }

        console.Out.WriteLine($"match: {string.Join(", ", data.Keys)} are byte-identical to a fresh run "
            + $"({points.Count} points × {models.Length} models × {Numbers.Whole(manifest.Runs)} runs, seed {manifest.Seed}, engine {EngineInfo.Version})");
        return ExitCodes.Ok;
    }
}
