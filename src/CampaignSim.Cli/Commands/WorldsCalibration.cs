using System.Globalization;
using CampaignSim.Analysis;
using CampaignSim.Analysis.Worlds;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// <c>calibrate --worlds N</c>: history matching of the coefficients against the fitting targets, the kept worlds checked
/// against the validation targets, written as <c>worlds.json</c> and <c>worlds.md</c> (docs/robustness.md).
/// </summary>
public static class WorldsCalibration
{
    /// <summary>The worlds file's name in the --out folder (and in <c>calibration/</c>).</summary>
    public const string FileName = "worlds.json";

    /// <summary>The report's name beside it.</summary>
    public const string ReportName = "worlds.md";

    /// <summary>Fewest candidates per wave: below ten, no wave can narrow the ranges (history matching draws a box from at least ten).</summary>
    public const int MinCandidates = 10;

    /// <summary>Most candidates per wave.</summary>
    public const int MaxCandidates = 100_000;

    /// <summary>Fewest runs per model and target for a candidate: two give a spread.</summary>
    public const int MinRuns = 2;

    /// <summary>Runs per model and target for a candidate by default (docs/performance.md).</summary>
    public const int DefaultRuns = 20;

    /// <summary>Most waves by default.</summary>
    public const int DefaultWaves = 4;

    /// <summary>Most waves allowed.</summary>
    public const int MaxWaves = 20;

    /// <summary>The command that writes the shipped <c>calibration/worlds.json</c> and <c>calibration/worlds.md</c> (docs/performance.md).</summary>
    public const string ShippedCommand = "campaignsim calibrate --worlds 300 --waves 12 --recombine --runs 20 --seed 1 --out calibration --force";

    /// <summary>Runs the history match and writes its files when --out is given.</summary>
    public static int Run(ParsedArguments parsed, CliConsole console)
    {
        if (parsed.Values("set").Count > 0)
        {
            throw new UsageException("--set cannot be combined with --worlds: the worlds vary the coefficients themselves over their documented ranges");
        }

        var text = parsed.Value("worlds");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var candidates) || candidates < MinCandidates || candidates > MaxCandidates)
        {
            throw new UsageException($"--worlds '{text}' is not allowed; give the candidates per wave, a whole number from {MinCandidates} to {MaxCandidates:N0}");
        }

        var waves = OptionValues.Whole("waves", parsed.Value("waves"), 1, MaxWaves, DefaultWaves);
        var runs = OptionValues.Whole("runs", parsed.Value("runs"), MinRuns, OptionValues.MaxRuns, DefaultRuns);
        var seed = parsed.Value("seed") is null ? Calibration.DefaultSeed : OptionValues.Seed(parsed.Value("seed"));
        var connection = EventStoreJob.Connection(parsed);
        var distributed = EventStoreJob.Distributed(parsed, connection);
        // Each candidate runs every fitting target's case and models; the kept worlds then run the validation targets too.
        var fittingStreams = Calibration.Streams(CalibrationWorlds.Targets(CalibrationSet.Fitting));
        var validationStreams = Calibration.Streams(CalibrationWorlds.Targets(CalibrationSet.Validation));
        JobSize.Check((long)candidates * (waves * fittingStreams + validationStreams) * runs,
            $"{JobSize.Count(candidates, "candidates")} × ({JobSize.Count(waves, "waves")} × {JobSize.Count(fittingStreams, "fitting case and model pairs")} + "
            + $"{JobSize.Count(validationStreams, "validation pairs")} for the kept worlds) × {JobSize.Count(runs, "runs")}", "--worlds, --waves or --runs");
        var outDir = parsed.Value("out");
        if (outDir is not null && File.Exists(outDir) && !Directory.Exists(outDir))
        {
            throw new OutputException($"--out '{outDir}' is a file; --out names a folder, in which {FileName} and {ReportName} are written. Nothing was written.");
        }

        using var folder = outDir is null ? null : OutputFolder.Prepare(outDir, parsed.Has("force"), FileName, ReportName, OutputInventory.RecordName);
        var cases = CalibrateCommand.CaseScenarios([]);
        var parameters = CalibrationWorlds.ActiveParameters();
        var fitting = CalibrationWorlds.Targets(CalibrationSet.Fitting);
        var validation = CalibrationWorlds.Targets(CalibrationSet.Validation);
        var options = new HistoryMatchingOptions
        {
            CandidatesPerWave = candidates, MaxWaves = waves, DesignSeed = seed, RunSeed = seed, Emulator = parsed.Has("emulator"),
            Recombine = parsed.Has("recombine"), ConstrainedBy = CalibrationWorlds.ConstrainedBy(fitting),
        };

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"History matching {parameters.Count} coefficients against {fitting.Count} fitting targets: {candidates:N0} candidates per wave, at most {waves} waves, {runs} runs per model and target, seed {seed}."));
        var historyTargets = fitting.Select(CalibrationWorlds.ToHistoryTarget).ToArray();
        HistoryMatchingResult result;
        if (connection is not null)
        {
            // Each wave's candidates are one calibration in the store, run here or by the workers, a world per candidate.
            var wave = 0;
            result = HistoryMatching.Run(parameters, historyTargets, CalibrationWorlds.BatchSimulator(fitting, cases, parameters, runs,
                job => EventStoreJob.RunCalibration(connection, job, distributed, console, $"history matching (wave {++wave})")), options);
        }
        else
        {
            var simulate = CalibrationWorlds.Simulator(fitting, cases, parameters, runs);
            using var progress = new ProgressLine(console.Error, "history matching (candidates)", candidates * waves, console.ErrorIsTerminal);
            result = HistoryMatching.Run(parameters, historyTargets, candidate =>
            {
                console.Cancellation.ThrowIfCancellationRequested();
                var figures = simulate(candidate);
                progress.Advance();
                return figures;
            }, options);
        }

        foreach (var w in result.Waves)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wave {w.Wave}: {w.Simulated:N0} simulated, {w.Kept:N0} kept."));
        }

        var validationTargets = validation.Select(CalibrationWorlds.ToHistoryTarget).ToArray();
        var checks = result.Worlds.Count == 0 ? []
            : connection is not null
                ? HistoryMatching.Validate(validationTargets, result.Worlds, CalibrationWorlds.BatchSimulator(validation, cases, parameters, runs,
                    job => EventStoreJob.RunCalibration(connection, job, distributed, console, "validation of the kept worlds")), options)
                : HistoryMatching.Validate(validationTargets, result.Worlds, CalibrationWorlds.Simulator(validation, cases, parameters, runs), options);
        var echoes = CalibrationWorlds.Echoes(validation, cases, parameters, result.Worlds);
        console.Out.WriteLine(result.Worlds.Count == 0
            ? "No candidate met every fitting target: there is no plausible world (the report names the targets that rule them out)."
            : string.Create(CultureInfo.InvariantCulture, $"{result.Worlds.Count} plausible worlds; {checks.Count(c => c.Share >= 0.5)} of {validation.Count} validation targets are not ruled out by at least half of them."));

        if (folder is not null)
        {
            folder.WriteText(FileName, result.ToWorldsFile(EngineInfo.Version).ToJson());
            folder.WriteText(ReportName, WorldsReport.ToMarkdown(result, fitting, validation, checks, echoes, runs, CommandLineText.Of(console.CommandLine), EngineInfo.Version));
            folder.Commit();
            console.Out.WriteLine($"Wrote {outDir!.TrimEnd('/', '\\')}/: {FileName}, {ReportName}");
        }
        else
        {
            console.Out.WriteLine($"Nothing was written; give --out DIR to write {FileName} and {ReportName}.");
        }

        return ExitCodes.Ok;
    }
}
