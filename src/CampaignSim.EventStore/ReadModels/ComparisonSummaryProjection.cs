using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Aggregation;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// Projects a comparison's stream into its <see cref="ComparisonSummary"/> once <see cref="ComparisonCompleted"/> is
/// appended: the whole stream is read (the opening event and every <see cref="RunRecorded"/>) and summarised by
/// <see cref="RecordedComparison"/>. Before completion there is no summary document.
/// </summary>
public sealed class ComparisonSummaryProjection : SingleStreamProjection<ComparisonSummary, Guid>
{
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
        var stream = await RunStreams.WholeStreamAsync(session, identity, events, cancellation);
        return (Summarize(identity, stream), ActionType.Store);
    }

    internal static ComparisonSummary Summarize(Guid id, IReadOnlyList<IEvent> stream)
    {
        var started = stream.Select(e => e.Data).OfType<ComparisonStarted>().First();
        var recorded = stream.Select(e => e.Data).OfType<RunRecorded>().ToArray();
        var result = RecordedComparison.Build(started, recorded);
        return ComparisonSummary.From(id, started.Name, started.EngineVersion, recorded.DistinctBy(r => r.RunId).Count(r => r.StreamStored), result);
    }
}
