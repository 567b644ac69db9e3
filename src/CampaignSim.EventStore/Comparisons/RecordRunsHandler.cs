using CampaignSim.EventStore.Hosting;
using CampaignSim.EventStore.ReadModels;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Records finished runs on the comparison's stream (Wolverine's aggregate handler workflow: the comparison is
/// fetched for writing, the returned events are appended with an optimistic version check, in the handler's
/// transaction). Runs already recorded are skipped, so redelivered messages record nothing twice; the last run in
/// appends <see cref="ComparisonCompleted"/>. Worker processes on several machines record runs of the same comparison
/// at once, so the stream is locked for the transaction (exclusive concurrency) and recorders wait for each other
/// instead of failing an optimistic version check and retrying.
/// </summary>
/// <remarks>
/// A run whose stream is kept is recorded only once its <see cref="RunOutcome"/> is in the database: that document is
/// stored in the transaction of <see cref="SimulateRunsHandler"/> that also queued this message, after the run's
/// stream went in. A server that loses commits it acknowledged (<c>synchronous_commit = off</c>, then a crash) can lose
/// that transaction while this message, queued in memory once the commit was acknowledged, still arrives; recording
/// its runs then would leave recorded runs without their stream and read models. Such runs are simulated again
/// instead (a new <see cref="SimulateRuns"/> block, which stores what is missing and records them).
/// </remarks>
public static class RecordRunsHandler
{
    /// <summary>Handles the message.</summary>
    [AggregateHandler(ConcurrencyStyle.Exclusive)]
    public static async Task<(Events, OutgoingMessages)> Handle(RecordRuns message, Comparison comparison, IDocumentSession session, CancellationToken cancellation)
    {
        var events = new Events();
        var again = new OutgoingMessages();
        if (comparison.Completed) return (events, again);
        var seen = new HashSet<Guid>();
        var fresh = message.Runs.Where(r => !comparison.IsRecorded(r.ModelId, r.Replication) && seen.Add(r.RunId)).ToArray();
        var kept = fresh.Where(r => r.StreamStored).Select(r => r.RunId).ToArray();
        var stored = kept.Length == 0
            ? []
            : (await session.Query<RunOutcome>().Where(o => kept.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellation)).ToHashSet();
        var added = 0;
        var streams = 0;
        var missing = new List<RunRecorded>();
        foreach (var run in fresh)
        {
            if (run.StreamStored && !stored.Contains(run.RunId))
            {
                missing.Add(run);
                continue;
            }
            events.Add(run);
            added++;
            if (run.StreamStored) streams++;
        }
        if (added > 0 && comparison.RecordedCount + added == comparison.Started.ExpectedRuns)
            events.Add(new ComparisonCompleted(comparison.RecordedCount + added, comparison.StreamsStored + streams));
        foreach (var model in missing.GroupBy(r => r.ModelId))
        {
            var first = model.Min(r => r.Replication);
            var block = new SimulateRuns(message.ComparisonId, IndexOf(comparison.Started, model.Key), first, model.Max(r => r.Replication) - first + 1);
            again.Add(comparison.Started.Shared ? block.ToDestination(SharedRunQueue.Uri) : block);
        }
        return (events, again);
    }

    private static int IndexOf(ComparisonStarted started, string modelId)
    {
        for (var i = 0; i < started.Models.Count; i++)
            if (started.Models[i] == modelId) return i;
        throw new EventStoreException($"Model '{modelId}' is not part of comparison '{started.Name}'.");
    }
}
