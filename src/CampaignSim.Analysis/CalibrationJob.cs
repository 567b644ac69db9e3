using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis;

/// <summary>
/// A calibration described by data alone, so that another process of the same engine can run any block of it: the
/// targets by id, the case scenarios, the replications, and the parameter worlds to run them under (one world with no
/// settings for the defaults; one per candidate in a history match). Its results are those of
/// <see cref="Calibration.Run(IReadOnlyList{CalibrationTarget}, IReadOnlyDictionary{string, Scenario}, int, ulong, int?, CancellationToken)"/>
/// for each world, however its blocks are split among processes.
/// </summary>
/// <param name="TargetIds">The targets (<see cref="CalibrationTarget.Id"/>), in the order of the results.</param>
/// <param name="WithDiagnostics">Whether their diagnostics run too (a history match needs only the figures).</param>
/// <param name="Cases">The case scenarios the targets run, by name.</param>
/// <param name="Replications">Replications per model, at least 1.</param>
/// <param name="Worlds">The worlds, each run with every target.</param>
public sealed record CalibrationJob(IReadOnlyList<string> TargetIds, bool WithDiagnostics, IReadOnlyDictionary<string, Scenario> Cases,
    int Replications, IReadOnlyList<CalibrationWorld> Worlds)
{
    /// <summary>The job of some targets under worlds; only the cases the targets (and, with them, their diagnostics) run are kept.</summary>
    public static CalibrationJob Of(IReadOnlyList<CalibrationTarget> targets, IReadOnlyDictionary<string, Scenario> cases, int replications,
        IReadOnlyList<CalibrationWorld> worlds)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(worlds);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        if (worlds.Count == 0) throw new ArgumentException("A calibration runs at least one world.", nameof(worlds));
        var withDiagnostics = targets.Any(t => t.Diagnostics.Count > 0);
        var ids = targets.Select(t => t.Id).ToArray();
        var known = Calibration.TargetsOf(ids, withDiagnostics);
        if (!known.Select(t => t.Diagnostics.Count).SequenceEqual(targets.Select(t => t.Diagnostics.Count)))
            throw new ArgumentException("The targets are run either all with their diagnostics or all without.", nameof(targets));
        var needed = known.SelectMany(t => t.Diagnostics.Select(d => d.Case ?? t.Case).Prepend(t.Case)).Distinct(StringComparer.Ordinal)
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToDictionary(c => c, c => cases.TryGetValue(c, out var s) ? s : throw new ArgumentException($"the case '{c}' was not given", nameof(cases)),
                StringComparer.Ordinal);
        return new CalibrationJob(ids, withDiagnostics, needed, replications, worlds);
    }

    /// <summary>The targets, as this engine defines them.</summary>
    public IReadOnlyList<CalibrationTarget> Targets() => Calibration.TargetsOf(TargetIds, WithDiagnostics);

    /// <summary>The cases under world <paramref name="world"/>'s settings.</summary>
    public IReadOnlyDictionary<string, Scenario> CasesIn(int world) =>
        Worlds[world].Settings.Count == 0 ? Cases : Calibration.WithParameters(Cases, Worlds[world].Settings);

    /// <summary>Worker-weeks one replication of one world simulates, for sizing blocks.</summary>
    public double WorkerWeeksPerReplication() => Calibration.WorkerWeeksPerReplication(Targets(), Cases);

    /// <summary>Runs every world here, one after another, each with up to <paramref name="maxDegreeOfParallelism"/> runs at once.</summary>
    public IReadOnlyList<IReadOnlyList<CalibrationResult>> Run(int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        var targets = Targets();
        return Worlds.Select((w, k) => Calibration.Run(targets, CasesIn(k), Replications, w.Seed, maxDegreeOfParallelism, cancellationToken)).ToArray();
    }
}

/// <summary>A parameter world a calibration runs under, and the first seed of its runs.</summary>
/// <param name="Settings">Parameter values by path (<see cref="Calibration.WithParameters"/>); empty for the defaults.</param>
/// <param name="Seed">The first seed (<see cref="Calibration.SeedOf"/>).</param>
public sealed record CalibrationWorld(IReadOnlyDictionary<string, double> Settings, ulong Seed);
