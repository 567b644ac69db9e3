using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using Marten;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Simulates a block of runs and records it: one <see cref="RunsRecorded"/> event on the block's own stream, in the
/// transaction that also stores the read models of its kept runs; then asks for the comparison to be completed
/// (<see cref="CompleteComparison"/>).
/// </summary>
/// <remarks>
/// <para>Idempotent by deterministic ids: a block whose stream exists is recorded already and is skipped; a run whose
/// stream is already stored (a previous attempt bulk-inserted it, then died before recording) is read back instead of
/// simulated again; new streams go in with Marten's bulk insert (binary COPY), where a duplicate stream id would fail
/// on <c>mt_streams</c>' primary key rather than be stored twice. The same key refuses a block recorded twice at once
/// by two processes: one transaction fails, is retried and finds the block recorded.</para>
/// <para>Bulk insert bypasses inline projections, so the handler stores a kept run's <see cref="ReadModels.RunOutcome"/>
/// and <see cref="ReadModels.RunTimeline"/> with the projections' own functions, in the same transaction as the block:
/// a block is never recorded without them. Blocks are on streams of their own so that recording one waits for no other
/// (a comparison's stream is not locked), whatever the number of processes recording.</para>
/// </remarks>
public static class SimulateRunsHandler
{
    /// <summary>Handles the message.</summary>
    public static async Task<CompleteComparison?> Handle(SimulateRuns message, IDocumentSession session, IDocumentStore store, CancellationToken cancellation)
    {
        var comparison = await session.LoadAsync<Comparison>(message.ComparisonId, cancellation)
            ?? throw new EventStoreException($"Comparison stream {message.ComparisonId} does not exist.");
        var started = comparison.Started;
        if (started.EngineVersion != EngineInfo.Version)
            throw new EventStoreException($"Comparison '{started.Name}' was started with engine {started.EngineVersion}; this is engine {EngineInfo.Version}, whose runs would not be comparable. Finish it with engine {started.EngineVersion}.");
        if (started.BlockSize is null) throw new EventStoreException(StoreFormat.CannotFinish(started));
        if (comparison.Completed) return null;
        var complete = new CompleteComparison(message.ComparisonId);
        var modelId = started.Models[message.ModelIndex];
        var blockId = RunIds.Block(started.Name, modelId, message.FirstReplication);
        if ((await RecordedBlocks.PresentAsync(session, [blockId], cancellation)).Count > 0) return complete;

        var replications = Enumerable.Range(message.FirstReplication, message.Count).ToArray();
        var kept = replications.Count(r => r < started.KeptReplications);
        var keptIds = replications.Take(kept).Select(r => RunIds.Run(started.Name, modelId, r)).ToArray();
        var existing = await RecordedBlocks.PresentAsync(session, keptIds, cancellation);

        var registry = (IEventRegistry)store.Options.Events;
        var actions = new List<StreamAction>();
        var runs = new List<FinishedRun>(replications.Length);
        foreach (var replication in replications)
        {
            cancellation.ThrowIfCancellationRequested();
            var runId = RunIds.Run(started.Name, modelId, replication);
            var keep = replication < started.KeptReplications;
            IReadOnlyList<CampaignEvent> events;
            CampaignState state;
            CampaignOutcome outcome;
            if (keep && existing.Contains(runId))
            {
                events = RunStreams.Data(await session.Events.FetchStreamAsync(runId, token: cancellation));
                state = CampaignState.Fold(events);
                outcome = CampaignOutcome.From(state);
            }
            else
            {
                // The engine reads the outcome from the state it folded: the same record, not read a second time.
                var run = CampaignEngine.Run(started.Scenario, modelId, started.SeedFor(replication), started.ScenarioHash);
                events = run.Events;
                state = run.State;
                outcome = run.Outcome;
            }
            // Hashing a stream serializes every event (about 1.7 times the cost of the run): only kept streams are
            // hashed. A run not kept is verified by re-simulating it and comparing its outcome and timeline.
            var hash = keep ? EventJson.StreamHash(events) : "";
            if (keep)
            {
                var placement = new RunPlacement(message.ComparisonId, started.Name, replication);
                if (!existing.Contains(runId)) actions.Add(RunStreams.Start(registry, runId, placement, events));
                var (outcomeModel, timelineModel) = RunStreams.ReadModels(runId, placement, events, state, hash);
                session.Store(outcomeModel);
                session.Store(timelineModel);
            }
            runs.Add(new FinishedRun(outcome, CampaignTimeline.From(state), events.Count, hash));
        }
        if (actions.Count > 0) await store.BulkInsertEventsAsync(actions, BulkBatchSize, cancellation);
        session.Events.StartStream(blockId, RunsRecorded.Of(message.ComparisonId, started.Name, modelId, message.FirstReplication,
            started.SeedFor(message.FirstReplication), kept, runs));
        return complete;
    }

    /// <summary>Events per COPY batch of the bulk insert.</summary>
    internal const int BulkBatchSize = 50_000;
}
