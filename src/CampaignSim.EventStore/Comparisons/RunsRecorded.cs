using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// A block of consecutive replications of one model finished and recorded, in one event: every run's outcome and weekly
/// timeline as columns (<see cref="RunColumns"/>: one array per field, one entry per run), kept whether or not the
/// runs' streams are. Each block is the one event of a stream of its own (<see cref="RunIds.Block"/>), so that blocks
/// are recorded side by side without waiting for each other, and a block recorded twice fails on the stream's primary
/// key instead of counting twice (docs/event-store.md, "What is stored").
/// </summary>
/// <param name="ComparisonId">Stream id of the comparison (<see cref="RunIds.Comparison"/>).</param>
/// <param name="Comparison">The comparison's name; run ids derive from it (<see cref="RunIds.Run"/>).</param>
/// <param name="ModelId">Model.</param>
/// <param name="FirstReplication">Replication of the block's first run; run i of the block is replication
/// <c>FirstReplication + i</c>.</param>
/// <param name="Count">Runs in the block.</param>
/// <param name="FirstSeed">Seed of the first run; run i used <c>FirstSeed + i</c> (the comparison's seeds are consecutive).</param>
/// <param name="Kept">The first <paramref name="Kept"/> runs of the block have their full stream stored (kept
/// replications are always the first of each model).</param>
/// <param name="EngineVersion">Engine that produced the runs.</param>
/// <param name="EventCounts">Events in each run's stream.</param>
/// <param name="StreamHashes"><see cref="EventJson.StreamHash"/> of each kept run's stream (the first
/// <paramref name="Kept"/> runs); runs not kept are not hashed (see <see cref="StorageMode"/>).</param>
/// <param name="Outcomes">The runs' <see cref="CampaignOutcome"/>s as columns.</param>
/// <param name="Timelines">The runs' <see cref="CampaignTimeline"/>s as columns.</param>
public sealed record RunsRecorded(
    Guid ComparisonId,
    string Comparison,
    string ModelId,
    int FirstReplication,
    int Count,
    ulong FirstSeed,
    int Kept,
    string EngineVersion,
    IReadOnlyList<int> EventCounts,
    IReadOnlyList<string> StreamHashes,
    JsonObject Outcomes,
    JsonObject Timelines)
{
    /// <summary>The block of <paramref name="runs"/> (consecutive replications from <paramref name="firstReplication"/>, at least one).</summary>
    internal static RunsRecorded Of(Guid comparisonId, string comparison, string modelId, int firstReplication, ulong firstSeed, int kept,
        IReadOnlyList<FinishedRun> runs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        if (kept < 0 || kept > runs.Count) throw new ArgumentOutOfRangeException(nameof(kept));
        return new RunsRecorded(comparisonId, comparison, modelId, firstReplication, runs.Count, firstSeed, kept, EngineInfo.Version,
            [.. runs.Select(r => r.EventCount)],
            [.. runs.Take(kept).Select(r => r.StreamHash)],
            RunColumns.Of([.. runs.Select(r => JsonSerializer.SerializeToNode(r.Outcome, EventJson.Options))]),
            RunColumns.Of([.. runs.Select(r => JsonSerializer.SerializeToNode(r.Timeline, EventJson.Options))]));
    }

    /// <summary>The block's runs, one record each, in replication order.</summary>
    /// <exception cref="EventStoreException">The block's columns do not hold <see cref="Count"/> runs.</exception>
    public IReadOnlyList<RunRecorded> Runs()
    {
        if (Count < 1 || EventCounts.Count != Count || Kept < 0 || Kept > Count || StreamHashes.Count != Kept)
            throw new EventStoreException($"The recorded block of {ModelId} from replication {FirstReplication} of '{Comparison}' does not hold {Count} runs.");
        var outcomes = RunColumns.Rows(Outcomes, Count);
        var timelines = RunColumns.Rows(Timelines, Count);
        var runs = new RunRecorded[Count];
        for (var i = 0; i < Count; i++)
        {
            var replication = FirstReplication + i;
            runs[i] = new RunRecorded(RunIds.Run(Comparison, ModelId, replication), ModelId, replication, unchecked(FirstSeed + (ulong)i),
                outcomes[i].Deserialize<CampaignOutcome>(EventJson.Options)!, timelines[i].Deserialize<CampaignTimeline>(EventJson.Options)!,
                EventCounts[i], i < Kept ? StreamHashes[i] : "", i < Kept, EngineVersion);
        }
        return runs;
    }
}
