using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Events;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.ReadModels;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using Marten;

namespace CampaignSim.EventStore;

// Reading what is stored: comparisons and their status, run outcomes, timelines and events, and the read models.
public sealed partial class CampaignStore
{
    /// <summary>The last block of runs read for one run (verifying a comparison's runs in order reads each block once).</summary>
    private volatile ReadBlock? _lastBlock;

    /// <summary>Rebuilds a comparison's result from its stored events (the recorded run outcomes), without simulating.</summary>
    /// <exception cref="EventStoreException">No such comparison, or it is unfinished.</exception>
    public Task<ComparisonResult> ReplayComparisonAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            var id = RunIds.Comparison(comparisonId);
            var comparison = await LoadComparisonAsync(id, cancellationToken)
                ?? throw new EventStoreException($"There is no comparison '{comparisonId}' in {Database}.");
            // Run by run as they are read: the result keeps each run's numbers, never the events with their timelines.
            var result = new RecordedComparison(comparison.Started);
            await using var session = Documents.QuerySession();
            await foreach (var run in RecordedRuns.ReadAsync(session, id, comparison.Started, cancellationToken)) result.Add(run);
            return result.Build();
        }, cancellationToken);

    /// <summary>The projected summary of a finished comparison; null when there is none (unknown or unfinished).</summary>
    public Task<ComparisonSummary?> GetComparisonSummaryAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            return await session.LoadAsync<ComparisonSummary>(RunIds.Comparison(comparisonId), cancellationToken);
        }, cancellationToken);

    /// <summary>Where a comparison stands; null when there is no comparison with that id.</summary>
    public Task<ComparisonStatus?> GetComparisonStatusAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var c = await session.LoadAsync<Comparison>(RunIds.Comparison(comparisonId), cancellationToken);
            return c is null ? null : StatusOf(c, await RecordedAsync(session, c, cancellationToken));
        }, cancellationToken);

    private static ComparisonStatus StatusOf(Comparison c, (int Runs, int Streams, DateTimeOffset? Last) recorded)
    {
        var s = c.Started;
        var storage = s.KeptReplications >= s.Replications ? StorageMode.Full : StorageMode.Sample(s.KeptReplications);
        return new ComparisonStatus(s.Name, c.Id, s.ExpectedRuns, recorded.Runs, recorded.Streams, c.Completed, storage, s.EngineVersion, s.ScenarioHash, s.Shared,
            LastActivity: recorded.Last);
    }

    /// <summary>
    /// Runs and kept streams recorded so far, and when the latest was: the snapshot's counts and the comparison stream's
    /// last write when the comparison is recorded run by run; otherwise the runs of the blocks whose streams exist and
    /// the latest of those (the comparison's stream itself is written only when it starts and when its last block is in).
    /// </summary>
    private static async Task<(int Runs, int Streams, DateTimeOffset? Last)> RecordedAsync(IQuerySession session, Comparison c, CancellationToken cancellationToken)
    {
        if (c.Started.BlockSize is null || c.Completed)
            return (c.RecordedCount, c.StreamsStored, (await session.Events.FetchStreamStateAsync(c.Id, cancellationToken))?.LastTimestamp);
        var blocks = c.Started.Blocks();
        var written = await RecordedBlocks.WrittenAsync(session, [.. blocks.Select(b => b.StreamId)], cancellationToken);
        var done = blocks.Where(b => written.ContainsKey(b.StreamId)).ToArray();
        return (done.Sum(b => b.Count), done.Sum(b => b.Kept), written.Count == 0 ? null : written.Values.Max());
    }

    /// <summary>Every comparison in the database (or only the unfinished ones) with where it stands, the newest first.</summary>
    public Task<IReadOnlyList<ComparisonStatus>> ListComparisonsAsync(bool unfinishedOnly = false, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var query = session.Query<Comparison>();
            var comparisons = unfinishedOnly
                ? await query.Where(c => !c.Completed).ToListAsync(cancellationToken)
                : await query.ToListAsync(cancellationToken);
            var list = new List<ComparisonStatus>(comparisons.Count);
            foreach (var c in comparisons)
            {
                var state = await session.Events.FetchStreamStateAsync(c.Id, cancellationToken);
                list.Add(StatusOf(c, await RecordedAsync(session, c, cancellationToken)) with { Created = state?.Created });
            }
            return (IReadOnlyList<ComparisonStatus>)[.. list.OrderByDescending(c => c.Created).ThenBy(c => c.Name, StringComparer.Ordinal)];
        }, cancellationToken);

    /// <summary>
    /// The outcome of a run: the projected document of a kept run, or, for a run whose stream is not kept, the one
    /// recorded in its block (found by a search of the comparisons' runs); null when unknown.
    /// </summary>
    public Task<RunOutcome?> GetRunOutcomeAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            if (await session.LoadAsync<RunOutcome>(runId, cancellationToken) is { } projected) return projected;
            return await RecordOfAsync(session, runId, cancellationToken) is { } recorded
                ? RunRecordedModels.Outcome(recorded.Comparison.Id, recorded.Comparison.Started, recorded.Run)
                : null;
        }, cancellationToken);

    /// <summary>The weekly timeline of a run, found as <see cref="GetRunOutcomeAsync"/> finds its outcome; null when unknown.</summary>
    public Task<RunTimeline?> GetRunTimelineAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            if (await session.LoadAsync<RunTimeline>(runId, cancellationToken) is { } projected) return projected;
            return await RecordOfAsync(session, runId, cancellationToken) is { } recorded ? RunRecordedModels.Timeline(recorded.Comparison.Id, recorded.Run) : null;
        }, cancellationToken);

    /// <summary>The outcomes of every recorded run of a comparison (kept or not), by model then replication, read from its blocks.</summary>
    public Task<IReadOnlyList<RunOutcome>> GetRunOutcomesAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            var id = RunIds.Comparison(comparisonId);
            await using var session = Documents.QuerySession();
            if (await session.LoadAsync<Comparison>(id, cancellationToken) is not { } comparison) return (IReadOnlyList<RunOutcome>)[];
            var outcomes = new Dictionary<Guid, RunOutcome>();
            await foreach (var run in RecordedRuns.ReadAsync(session, id, comparison.Started, cancellationToken))
                outcomes.TryAdd(run.RunId, RunRecordedModels.Outcome(id, comparison.Started, run));
            return [.. outcomes.Values.OrderBy(o => o.ModelId, StringComparer.Ordinal).ThenBy(o => o.Replication)];
        }, cancellationToken);

    /// <summary>The stored events of a run, read back from the event store.</summary>
    /// <exception cref="EventStoreException">The run's stream is not stored.</exception>
    public Task<IReadOnlyList<CampaignEvent>> ReadRunEventsAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            return (IReadOnlyList<CampaignEvent>)RunStreams.Data(await FetchRunStreamAsync(session, runId, cancellationToken));
        }, cancellationToken);

    /// <summary>Rebuilds a run's outcome and timeline by folding its stored events (no simulation).</summary>
    /// <exception cref="EventStoreException">The run's stream is not stored.</exception>
    public Task<RunReplay> ReplayRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var (outcome, timeline) = RunStreams.ReadModels(runId, await FetchRunStreamAsync(session, runId, cancellationToken));
            return new RunReplay(outcome, timeline);
        }, cancellationToken);

    /// <summary>
    /// Rebuilds the read models (<see cref="RunOutcome"/>, <see cref="RunTimeline"/>, <see cref="ComparisonSummary"/>)
    /// from the stored events with Marten's projection rebuild: the documents are deleted and projected again.
    /// </summary>
    public Task RebuildProjectionsAsync(CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            using var daemon = await Documents.BuildProjectionDaemonAsync();
            foreach (var name in new[] { "RunOutcome", "RunTimeline", "ComparisonSummary" })
                await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), cancellationToken);
        }, cancellationToken);

    private async Task<Comparison?> LoadComparisonAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<Comparison>(id, cancellationToken);
    }

    private async Task<IReadOnlyList<IEvent>> FetchRunStreamAsync(IQuerySession session, Guid runId, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchStreamAsync(runId, token: cancellationToken);
        if (stream.Count > 0) return stream;
        if (await RecordOfAsync(session, runId, cancellationToken) is not { Run.StreamStored: false } record)
            throw new EventStoreException($"There is no stored run {runId}.");
        throw new EventStoreException($"Run {runId} ({record.Run.ModelId}, replication {record.Run.Replication} of '{record.Comparison.Started.Name}') was recorded without its stream; VerifyRunAsync re-derives it from its seed.");
    }

    /// <summary>
    /// A run's record and its comparison, found by its run id alone: the id is a hash of (comparison, model,
    /// replication), so every comparison's run ids are computed and compared (about a microsecond each), and the record
    /// is then read from the run's block. Fine for one run; a caller that knows the run's place reads it directly.
    /// </summary>
    private async Task<(Comparison Comparison, RunRecorded Run)?> RecordOfAsync(IQuerySession session, Guid runId, CancellationToken cancellationToken)
    {
        foreach (var comparison in await session.Query<Comparison>().ToListAsync(cancellationToken))
        {
            var s = comparison.Started;
            for (var m = 0; m < s.Models.Count; m++)
            {
                if (s.NotApplicableReasons[m] is not null) continue;
                for (var r = 0; r < s.Replications; r++)
                {
                    if (RunIds.Run(s.Name, s.Models[m], r) != runId) continue;
                    return await RecordOfAsync(session, comparison, s.Models[m], r, cancellationToken) is { } run ? (comparison, run) : null;
                }
            }
        }
        return null;
    }

    /// <summary>The record of replication <paramref name="replication"/> of a model in a comparison, or null when it is not recorded.</summary>
    private async Task<RunRecorded?> RecordOfAsync(IQuerySession session, Comparison comparison, string modelId, int replication, CancellationToken cancellationToken)
    {
        var started = comparison.Started;
        if (started.BlockSize is null) return await RecordedRuns.FindRunByRunAsync(session, comparison.Id, started, modelId, replication, cancellationToken);
        if (RecordedRuns.BlockOf(started, modelId, replication) is not { } blockId) return null;
        // The block read last is used again while its row is the one read (a row changed since has another xmin).
        var version = await RecordedRuns.RowVersionAsync(session, blockId, cancellationToken);
        if (version is null) return null;
        if (_lastBlock is not { } last || last.StreamId != blockId || last.RowVersion != version)
        {
            if (await RecordedRuns.BlockAsync(session, blockId, cancellationToken) is not { } block) return null;
            last = new ReadBlock(blockId, version, block.Runs());
            _lastBlock = last;
        }
        return last.Runs[replication - last.Runs[0].Replication];
    }

    /// <summary>A block read for one of its runs, with the version of its row it was read from.</summary>
    private sealed record ReadBlock(Guid StreamId, string RowVersion, IReadOnlyList<RunRecorded> Runs);
}
