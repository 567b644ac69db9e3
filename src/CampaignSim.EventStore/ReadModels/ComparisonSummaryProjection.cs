using CampaignSim.EventStore.Comparisons;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Aggregation;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// Projects a comparison's stream into its <see cref="ComparisonSummary"/> once <see cref="ComparisonCompleted"/> is
/// appended: the stream is read a page at a time, then the blocks of its runs (<see cref="RunsRecorded"/>, on streams of
/// their own) a few at a time, and summarised by <see cref="RecordedComparison"/>, which keeps each run's numbers,
/// never the events with their timelines. A comparison recorded run by run has its <see cref="RunRecorded"/> events on
/// its own stream, read with it. Before completion there is no summary document.
/// </summary>
public sealed class ComparisonSummaryProjection : SingleStreamProjection<ComparisonSummary, Guid>
{
    /// <summary>Stored events read at a time.</summary>
    private const int PageSize = 1000;

    /// <summary>Creates the projection.</summary>
    public ComparisonSummaryProjection()
    {
        Name = "ComparisonSummary";
        IncludeType<ComparisonStarted>();
        IncludeType<RunRecorded>();
        IncludeType<ComparisonCompleted>();
    }

    /// <inheritdoc />
    public override async ValueTask<(ComparisonSummary?, ActionType)> DetermineActionAsync(
        IQuerySession session, ComparisonSummary? snapshot, Guid identity, IIdentitySetter<ComparisonSummary, Guid> identitySetter,
        IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        if (!events.Any(e => e.Data is ComparisonCompleted)) return (snapshot, ActionType.Nothing);
        var summary = new Summary(identity);
        // What is stored before this slice (none when the slice opens the stream), a page at a time, then the slice.
        var before = events.Count > 0 ? events[0].Version - 1 : long.MaxValue;
        for (var from = 0L; from < before;)
        {
            var page = await session.Events.QueryAllRawEvents()
                .Where(e => e.StreamId == identity && e.Version > from && e.Version <= before)
                .OrderBy(e => e.Version)
                .Take(PageSize)
                .ToListAsync(cancellation);
            foreach (var e in page) summary.Add(e.Data);
            if (page.Count < PageSize) break;
            from = page[^1].Version;
        }
        foreach (var e in events) summary.Add(e.Data);
        if (summary.Started is { BlockSize: not null } started)
            await foreach (var run in RecordedRuns.ReadAsync(session, identity, started, cancellation)) summary.Add(run);
        var (built, result) = summary.Build();
        // The result just read is the one a caller of this process waiting for the comparison would read again.
        CompletedResults.Offer(session.DocumentStore, identity, result);
        return (built, ActionType.Store);
    }

    /// <summary>A comparison's summary, built from its events in stream order.</summary>
    private sealed class Summary(Guid id)
    {
        private RecordedComparison? _runs;

        public ComparisonStarted? Started { get; private set; }

        public void Add(object data)
        {
            if (data is ComparisonStarted started)
            {
                Started ??= started;
                _runs ??= new RecordedComparison(started);
            }
            else if (data is RunRecorded run)
            {
                (_runs ?? throw new EventStoreException($"Comparison stream {id} records a run before it starts.")).Add(run);
            }
        }

        public (ComparisonSummary Summary, Analysis.Comparison.ComparisonResult Result) Build()
        {
            if (Started is null || _runs is null) throw new EventStoreException($"Comparison stream {id} has no opening event.");
            var result = _runs.Build();
            return (ComparisonSummary.From(id, Started.Name, Started.EngineVersion, _runs.StreamsStored, result), result);
        }
    }
}
