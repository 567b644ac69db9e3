using CampaignSim.Domain.Outcomes;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// One recorded run of a comparison: its outcome summary, kept whether or not its stream is. Comparisons of
/// <see cref="StoreFormat.RunByRun"/> stored one such event per run on the comparison's stream (read, no longer
/// written); those of <see cref="StoreFormat.Blocks"/> store a <see cref="RunsRecorded"/> block, which reads back as
/// one of these per run, so that every reader handles both formats alike.
/// </summary>
/// <param name="RunId">The run's stream id (<see cref="RunIds.Run"/>).</param>
/// <param name="ModelId">Model.</param>
/// <param name="Replication">Replication index, from 0.</param>
/// <param name="Seed">Seed the run used.</param>
/// <param name="Outcome">Its outcome.</param>
/// <param name="Timeline">Its weekly timeline.</param>
/// <param name="EventCount">Events in its stream.</param>
/// <param name="StreamHash"><see cref="Domain.Simulation.EventJson.StreamHash"/> of its stream when the stream is kept;
/// empty otherwise (hashing costs more than the run; such a run is verified by its outcome and timeline).</param>
/// <param name="StreamStored">Whether the full stream is in the store.</param>
/// <param name="EngineVersion">Engine that produced it.</param>
public sealed record RunRecorded(
    Guid RunId,
    string ModelId,
    int Replication,
    ulong Seed,
    CampaignOutcome Outcome,
    CampaignTimeline Timeline,
    int EventCount,
    string StreamHash,
    bool StreamStored,
    string EngineVersion);
