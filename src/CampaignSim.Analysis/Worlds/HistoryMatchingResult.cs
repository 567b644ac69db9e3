namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The outcome of history matching: the parameters varied and the targets matched, every wave's report, why it stopped,
/// and the plausible worlds (the last wave's kept candidates: a space-filling sample of the region no target rules out,
/// which earlier waves' kept sets are not, as they were drawn from wider boxes).
/// </summary>
/// <param name="Parameters">The parameters varied, over their starting (plausible) ranges.</param>
/// <param name="Targets">The targets matched.</param>
/// <param name="Options">The options used.</param>
/// <param name="Waves">Each wave's report, in order.</param>
/// <param name="StopReason">Why the last wave was the last.</param>
/// <param name="Worlds">The plausible worlds, in the order of the last wave's design.</param>
public sealed record HistoryMatchingResult(
    IReadOnlyList<WorldParameter> Parameters,
    IReadOnlyList<HistoryTarget> Targets,
    HistoryMatchingOptions Options,
    IReadOnlyList<WaveReport> Waves,
    WaveStopReason StopReason,
    IReadOnlyList<PlausibleWorld> Worlds)
{
    /// <summary>Each parameter's range among the plausible worlds (its starting range when there are none).</summary>
    public IReadOnlyList<ParameterRange> KeptRanges => Waves.Count == 0 ? Parameters.Select(p => p.Range).ToArray() : Waves[^1].KeptRanges;

    /// <summary>Candidates simulated over all waves.</summary>
    public int Simulated => Waves.Sum(w => w.Simulated);

    /// <summary>The worlds file of this result, for <paramref name="engineVersion"/> (<see cref="Domain.Simulation.EngineInfo.Version"/>).</summary>
    public WorldsFile ToWorldsFile(string engineVersion) =>
        new(WorldsFile.CurrentVersion, engineVersion, Options.DesignSeed, Options.RunSeed, Options.Cutoff, Waves.Count, Simulated,
            Targets, Parameters, KeptRanges, Worlds);
}
