namespace CampaignSim.Testing;

/// <summary>
/// SQL that counts the runs recorded in a database's event store (schema <c>campaignsim</c>), in either store format
/// (docs/event-store.md, "Store formats"): one <c>run-recorded</c> event per run, or blocks of runs, one
/// <c>runs-recorded</c> event each. Counted from the events themselves, not from the store's own bookkeeping, so that a
/// run recorded twice shows.
/// </summary>
public static class RecordedRunsSql
{
    /// <summary>Runs recorded, every one counted (a run recorded twice counts twice).</summary>
    public const string Count =
        "select (select count(*) from campaignsim.mt_events where type = 'run-recorded')"
        + " + (select coalesce(sum((data ->> 'count')::bigint), 0)::bigint from campaignsim.mt_events where type = 'runs-recorded')";

    /// <summary>Different runs recorded: (comparison, model, replication) counted once however often it is recorded.</summary>
    public const string Distinct =
        "select count(*) from ("
        + " select data ->> 'runId' from campaignsim.mt_events where type = 'run-recorded'"
        + " union select concat_ws(E'\\n', data ->> 'comparison', data ->> 'modelId', (data ->> 'firstReplication')::int + g)"
        + " from campaignsim.mt_events, generate_series(0, (data ->> 'count')::int - 1) g where type = 'runs-recorded') runs";

    /// <summary>Runs recorded for the comparison named by parameter $1, every one counted; its stream id is parameter $2.</summary>
    public const string CountOfComparison =
        "select (select count(*) from campaignsim.mt_events where type = 'run-recorded' and stream_id = $2)"
        + " + (select coalesce(sum((data ->> 'count')::bigint), 0)::bigint from campaignsim.mt_events where type = 'runs-recorded' and data ->> 'comparison' = $1)";
}
