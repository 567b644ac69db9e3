using CampaignSim.Domain.Events;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using Marten;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Simulates a block of runs and hands their summaries to <see cref="RecordRunsHandler"/>.
/// </summary>
/// <remarks>
/// Idempotent by the deterministic run id: runs already recorded on the comparison are skipped; a run whose stream
/// is already stored (a previous attempt bulk-inserted it, then died before recording) is read back instead of
/// simulated again; new streams go in with Marten's bulk insert (binary COPY), where a duplicate stream id would
/// fail on <c>mt_streams</c>' primary key rather than be stored twice. Bulk insert bypasses inline projections, so
/// the handler stores the run's <see cref="ReadModels.RunOutcome"/> and <see cref="ReadModels.RunTimeline"/> with the
/// projections' own functions, in the transaction that also queues the <see cref="RecordRuns"/> message.
/// </remarks>
public static class SimulateRunsHandler
{
    /// <summary>Handles the message.</summary>
    public static async Task<RecordRuns> Handle(SimulateRuns message, IDocumentSession session, IDocumentStore store, CancellationToken cancellation)
    {
        var comparison = await session.LoadAsync<Comparison>(message.ComparisonId, cancellation)
            ?? throw new EventStoreException($"Comparison stream {message.ComparisonId} does not exist.");
        var started = comparison.Started;
        if (started.EngineVersion != EngineInfo.Version)
            throw new EventStoreException($"Comparison '{started.Name}' was started with engine {started.EngineVersion}; this is engine {EngineInfo.Version}, whose runs would not be comparable. Finish it with engine {started.EngineVersion}.");
        var modelId = started.Models[message.ModelIndex];
        var pending = Enumerable.Range(message.FirstReplication, message.Count)
            .Where(r => !comparison.IsRecorded(message.ModelIndex, r))
            .ToArray();
        var kept = pending.Where(r => r < started.KeptReplications).Select(r => RunIds.Run(started.Name, modelId, r)).ToArray();
        var existing = kept.Length == 0 ? [] : (await session.QueryAsync<Guid>(
            $"select id from {store.Options.Events.DatabaseSchemaName}.mt_streams where id = any(?)", cancellation, kept)).ToHashSet();

        var registry = (IEventRegistry)store.Options.Events;
        var actions = new List<StreamAction>();
        var records = new List<RunRecorded>(pending.Length);
        foreach (var replication in pending)
        {
            cancellation.ThrowIfCancellationRequested();
            var runId = RunIds.Run(started.Name, modelId, replication);
            var seed = started.SeedFor(replication);
            var keep = replication < started.KeptReplications;
            IReadOnlyList<CampaignEvent> events;
            CampaignState state;
            if (keep && existing.Contains(runId))
            {
                events = RunStreams.Data(await session.Events.FetchStreamAsync(runId, token: cancellation));
                state = CampaignState.Fold(events);
            }
            else
            {
                var run = CampaignEngine.Run(started.Scenario, modelId, seed, started.ScenarioHash);
                events = run.Events;
                state = run.State;
            }
            // Hashing a stream serializes every event (about 1.7 times the cost of the run): only kept streams are
            // hashed. A run not kept is verified by re-simulating it and comparing its outcome and timeline.
            var hash = keep ? EventJson.StreamHash(events) : "";
            if (keep)
            {
                var placement = new RunPlacement(message.ComparisonId, started.Name, replication);
                if (!existing.Contains(runId)) actions.Add(RunStreams.Start(registry, runId, placement, events));
                var (outcome, timeline) = RunStreams.ReadModels(runId, placement, events, state, hash);
                session.Store(outcome);
                session.Store(timeline);
            }
            records.Add(new RunRecorded(runId, modelId, replication, seed, CampaignOutcome.From(state), CampaignTimeline.From(state),
                events.Count, hash, keep, EngineInfo.Version));
        }
        if (actions.Count > 0) await store.BulkInsertEventsAsync(actions, BulkBatchSize, cancellation);
        return new RecordRuns(message.ComparisonId, records);
    }

    /// <summary>Events per COPY batch of the bulk insert.</summary>
    internal const int BulkBatchSize = 50_000;
}
