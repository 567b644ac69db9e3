using System.Globalization;
using CampaignSim.Analysis;
using CampaignSim.Reports;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary><c>calibrate</c>: runs the calibration targets and compares the simulated figures with published ones.</summary>
public sealed class CalibrateCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [new("runs", "N"), new("seed", "S"), new("out", "DIR"), new("force", null), new("set", "PATH=VALUE", Repeats: true),
         new("worlds", "N"), new("waves", "W"), new("emulator", null), new("recombine", null), new("db", "CONNECTION"), new("distributed", null)],
        ("runs", $"replications per model and target, 10–100,000 (default {Calibration.DefaultReplications});\nwith --worlds, per model and target for each candidate, {WorldsCalibration.MinRuns}–100,000 (default {WorldsCalibration.DefaultRuns})"),
        ("seed", $"first seed (default {Calibration.DefaultSeed}); with --worlds, also the seed of the design"),
        ("worlds", $"find the plausible worlds: N candidates per wave ({WorldsCalibration.MinCandidates}–{WorldsCalibration.MaxCandidates:N0}), a Latin hypercube\nover the active coefficients' documented ranges, kept when no fitting target rules them out\n(history matching, docs/robustness.md); with --out, writes worlds.json and worlds.md"),
        ("waves", $"with --worlds: most waves of history matching, 1–{WorldsCalibration.MaxWaves} (default {WorldsCalibration.DefaultWaves})"),
        ("emulator", "with --worlds: after the first wave, screen proposals with a quadratic emulator per\ntarget fitted to every candidate simulated so far, and simulate those it does not rule\nout (every kept world is still simulated)"),
        ("recombine", "with --worlds: after the first wave, build each candidate from blocks of coefficients\ncopied from earlier candidates that met the targets constraining that block (every\nkept world is still simulated whole)"),
        ("set", "override a mechanics parameter in every case (mechanics.bargaining.strikeFatigue=0.1),\nto see how a target moves; repeatable. Not allowed with --out: the published page\nalways shows the defaults"),
        ("out", $"write the table as Markdown to DIR/{FileName}, like every command's --out\n(the committed copy is docs/{FileName}); with --worlds, DIR/worlds.json and\nDIR/worlds.md (the committed copies are in calibration/)"),
        ("force", "write into an --out folder that holds other files, keeping them"),
        ("db", $"run the calibration's blocks through PostgreSQL (default: the {EventStoreJob.EnvironmentVariable}\nenvironment variable; without either, everything stays in memory); each block of\nreplications is stored as it is done, so the same command run again waits only for\nthe missing ones. The figures equal the in-memory ones"),
        ("distributed", "with --db: queue the blocks (with --worlds, each wave's candidates) for\n'campaignsim worker' processes, on this or any machine that reaches the database,\nand wait for them"));

    /// <summary>The page's name in the --out folder.</summary>
    private const string FileName = "calibration.md";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "calibrate";

    /// <inheritdoc />
    public string Summary => "compare simulated figures with published ones (docs/calibration.md)";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim calibrate [--runs N] [--seed S] [--set mechanics.PATH=VALUE]... [--out DIR [--force]]
                                     [--db CONNECTION [--distributed]]
               campaignsim calibrate --worlds N [--waves W] [--emulator] [--runs N] [--seed S] [--out DIR [--force]]
                                     [--db CONNECTION [--distributed]]

        Runs each calibration target's case scenario (scenarios/cases/) and compares the simulated figure
        with the published one. The fitting set (used to choose the defaults) covers firings, election
        wins, captive-audience meetings, threats, charges over firings and first contracts in recognition
        drives, strike-vote support,
        the settlements of CTU 2012 and West Virginia 2018, short and frequent stoppages, a minority
        walkout and reform caucus wins. The validation set (kept back to test predictions) covers later
        first contracts, petitions that end in a contract and the effect of a charge on it, large units,
        strike-vote turnout and yes votes, UTLA 2019, strike lengths, strikers out over a month, workers
        in stoppages over a contract cycle, a caucus's winning margin, charges against employers, firings
        in waves and the risk of a supporter being fired.
        Prints the table (target, set, published, simulated with 95% CI, pass/miss/undecided: undecided when
        the interval crosses an edge of the accepted range) and each set's count.

        With --worlds N, finds the plausible worlds instead: samples the active coefficients (those the
        fitting targets inform or the outcomes depend on, listed in worlds.md; the others stay at their
        defaults) over their documented plausible ranges (a seeded Latin hypercube of N candidates), runs
        the fitting targets for each, keeps the candidates whose implausibility (with each target's stated
        model discrepancy) is below 3 on every fitting target, and repeats in waves over narrowed ranges
        until they are stable. The kept worlds are checked against the validation targets.
        Prints each wave's candidates kept; with --out, writes the worlds file and its report
        ('{WorldsCalibration.ShippedCommand}' regenerates calibration/).

        Options:
        {OptionHelp.Render(Specs, 20)}

        Example:
          {CalibrationReport.Command}
          campaignsim calibrate --worlds 300 --runs 20 --out out/worlds
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

        ArgumentReader.ExpectPositional(parsed, 0, "nothing");
        if (parsed.Has("worlds"))
        {
            return WorldsCalibration.Run(parsed, console);
        }

        if (parsed.Has("waves"))
        {
            throw new UsageException("--waves belongs to --worlds N (history matching); give --worlds too, or leave --waves out");
        }

        if (parsed.Has("emulator"))
        {
            throw new UsageException("--emulator belongs to --worlds N (history matching); give --worlds too, or leave --emulator out");
        }

        if (parsed.Has("recombine"))
        {
            throw new UsageException("--recombine belongs to --worlds N (history matching); give --worlds too, or leave --recombine out");
        }

        var sets = parsed.Values("set");
        foreach (var set in sets.Where(s => !s.StartsWith("mechanics.", StringComparison.Ordinal)))
        {
            throw new UsageException($"--set '{set}': calibrate overrides mechanics parameters only (mechanics.SECTION.NAME=VALUE); each case sets its own situation");
        }

        if (sets.Count > 0 && parsed.Value("out") is not null)
        {
            throw new UsageException("--set cannot be combined with --out: the calibration page shows the defaults. Drop --out to see the overridden figures.");
        }

        var runs = OptionValues.Whole("runs", parsed.Value("runs"), 10, OptionValues.MaxRuns, Calibration.DefaultReplications);
        var seed = parsed.Value("seed") is null ? Calibration.DefaultSeed : OptionValues.Seed(parsed.Value("seed"));
        var connection = EventStoreJob.Connection(parsed);
        var distributed = EventStoreJob.Distributed(parsed, connection);
        var streams = Calibration.Streams(Calibration.Targets);
        JobSize.Check((long)streams * runs, $"{JobSize.Count(streams, "case and model pairs")} × {JobSize.Count(runs, "runs")}", "--runs");
        var cases = CaseScenarios(sets);
        var outDir = parsed.Value("out");
        if (outDir is not null && File.Exists(outDir) && !Directory.Exists(outDir))
        {
            // Before --out named a folder here, it named the page itself; say what replaced the old command.
            throw new OutputException($"--out '{outDir}' is a file; --out names a folder, as for every command, and the page is "
                + $"written as {FileName} in it ('{CalibrationReport.Command}' regenerates docs/{FileName}). Nothing was written.");
        }

        using var folder = outDir is null ? null : OutputFolder.Prepare(outDir, parsed.Has("force"), FileName, OutputInventory.RecordName);
        var results = connection is null
            ? Calibration.Run(cases, runs, seed, cancellationToken: console.Cancellation)
            : EventStoreJob.RunCalibration(connection, CalibrationJob.Of(Calibration.Targets, cases, runs, [new CalibrationWorld(new Dictionary<string, double>(), seed)]),
                distributed, console, "calibration")[0];
        var table = new TextTable("target", "set", ">published", ">simulated", ">95% CI", "result");
        foreach (var r in results)
        {
            var decimals = Math.Abs(r.Target.Published) < 1.5 ? 3 : 1;
            table.Add(r.Target.Id, r.Target.Set == CalibrationSet.Fitting ? "fitting" : "validation", Numbers.Fixed(r.Target.Published, decimals),
                Numbers.Fixed(r.Value, decimals), $"{Numbers.Fixed(r.CiLow, decimals)}–{Numbers.Fixed(r.CiHigh, decimals)}", r.Fail ? "miss" : CalibrationReport.VerdictWord(r.Verdict));
        }

        console.Out.Write(table.ToString());
        console.Out.WriteLine(CalibrationReport.SetSummary(CalibrationSet.Fitting, results));
        console.Out.WriteLine(CalibrationReport.SetSummary(CalibrationSet.Validation, results));
        foreach (var r in results.Where(r => r.ReplicationsToDecide is not null))
            console.Out.WriteLine($"{r.Target.Id}: undecided" + CalibrationReport.ToDecide(r,
                more => string.Create(CultureInfo.InvariantCulture, $"about {more} replications per model would decide it if the figure held (--runs {more})")));
        var undecided = results.Count(r => r.Verdict == CalibrationVerdict.Undecided);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count(r => r.Pass)} of {results.Count} targets within tolerance")
            + (undecided == 0 ? "." : string.Create(CultureInfo.InvariantCulture, $", {undecided} undecided (the 95% interval crosses an edge of the accepted range; more --runs would decide).")));
        if (folder is not null)
        {
            folder.WriteText(FileName, CalibrationReport.ToMarkdown(results));
            folder.Commit();
            console.Out.WriteLine($"Wrote {outDir!.TrimEnd('/', '\\')}/: {FileName}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The case scenarios the targets run, loaded from <c>scenarios/cases/</c> with the mechanics overrides.</summary>
    internal static Dictionary<string, Domain.ScenarioSpecs.Scenario> CaseScenarios(IReadOnlyList<string> sets)
    {
        var catalog = ScenarioCatalog.Shipped().Cases;
        return Calibration.Cases.ToDictionary(name => name, name => ScenarioLoader.Load(catalog.Resolve(name), sets).Scenario, StringComparer.Ordinal);
    }
}
