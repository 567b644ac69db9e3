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
public static class RecordRunsHandler
{
    /// <summary>Handles the message.</summary>
    [AggregateHandler(ConcurrencyStyle.Exclusive)]
    public static Events Handle(RecordRuns message, Comparison comparison)
    {
        var events = new Events();
        if (comparison.Completed) return events;
        var seen = new HashSet<Guid>();
        var added = 0;
        var stored = 0;
        foreach (var run in message.Runs)
        {
            if (comparison.IsRecorded(run.ModelId, run.Replication) || !seen.Add(run.RunId)) continue;
            events.Add(run);
            added++;
            if (run.StreamStored) stored++;
        }
        if (added > 0 && comparison.RecordedCount + added == comparison.Started.ExpectedRuns)
            events.Add(new ComparisonCompleted(comparison.RecordedCount + added, comparison.StreamsStored + stored));
        return events;
    }
}
