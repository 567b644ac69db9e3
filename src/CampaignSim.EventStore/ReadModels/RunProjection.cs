using CampaignSim.Domain.Events;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Projections;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// A per-run read model projected from two sources, keyed by run id: a stored run stream (the engine's events,
/// folded into the engine's own mutable <see cref="Domain.Simulation.CampaignState"/> when the stream's
/// <see cref="CampaignEnded"/> arrives), or, for a run whose stream is not kept, its <see cref="RunRecorded"/> event
/// on the comparison stream.
/// </summary>
/// <remarks>
/// Marten's conventional Apply/Create aggregation folds into the document itself, and CampaignState is not a
/// document (it is rebuilt from the whole stream). So the projection overrides <c>DetermineActionAsync</c>: it gets
/// the slice of events for one run and the session, reads any earlier events of that stream when the slice does not
/// start at version 1 (a rebuild may page a long stream), and folds the whole stream at once.
/// </remarks>
/// <typeparam name="TDoc">The document.</typeparam>
public abstract class RunProjection<TDoc> : MultiStreamProjection<TDoc, Guid>
    where TDoc : class
{
    /// <summary>Subscribes to every engine event type and to <see cref="RunRecorded"/>.</summary>
    protected RunProjection()
    {
        foreach (var (type, _) in EventCatalog.Types) IncludeType(type);
        IncludeType<WorkforceReference>();
        IncludeType<RunRecorded>();
        CustomGrouping(Group);
    }

    private static Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<Guid> grouping)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case RunRecorded { StreamStored: false } r:
                    grouping.AddEvent(r.RunId, e);
                    break;
                case CampaignEvent or WorkforceReference:
                    grouping.AddEvent(e.StreamId, e);
                    break;
            }
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async ValueTask<(TDoc?, ActionType)> DetermineActionAsync(
        IQuerySession session, TDoc? snapshot, Guid identity, IIdentitySetter<TDoc, Guid> identitySetter,
        IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var recorded = events.LastOrDefault(e => e.Data is RunRecorded);
        if (recorded is not null)
            return (await FromRecordAsync(session, recorded.StreamId, (RunRecorded)recorded.Data, cancellation), ActionType.Store);
        if (!events.Any(e => e.Data is CampaignEnded)) return (snapshot, ActionType.Nothing);
        var stream = await RunStreams.WholeStreamAsync(session, identity, events, cancellation);
        // Only a run's stream opens with CampaignStarted; anything else is not this projection's.
        if (stream.Count == 0 || stream[0].Data is not CampaignStarted) return (snapshot, ActionType.Nothing);
        return (FromStream(identity, stream), ActionType.Store);
    }

    /// <summary>The document of a whole stored run stream.</summary>
    protected abstract TDoc FromStream(Guid runId, IReadOnlyList<IEvent> stream);

    /// <summary>The document of a run recorded without its stream.</summary>
    protected abstract ValueTask<TDoc> FromRecordAsync(IQuerySession session, Guid comparisonId, RunRecorded recorded, CancellationToken cancellation);
}

/// <summary>Projects <see cref="RunOutcome"/> documents.</summary>
public sealed class RunOutcomeProjection : RunProjection<RunOutcome>
{
    /// <summary>Creates the projection.</summary>
    public RunOutcomeProjection() => Name = "RunOutcome";

    /// <inheritdoc />
    protected override RunOutcome FromStream(Guid runId, IReadOnlyList<IEvent> stream) => RunStreams.ReadModels(runId, stream).Outcome;

    /// <inheritdoc />
    protected override async ValueTask<RunOutcome> FromRecordAsync(IQuerySession session, Guid comparisonId, RunRecorded recorded, CancellationToken cancellation) =>
        RunRecordedModels.Outcome(comparisonId, await ComparisonNames.OfAsync(session, comparisonId, cancellation), recorded);
}

/// <summary>Projects <see cref="RunTimeline"/> documents.</summary>
public sealed class RunTimelineProjection : RunProjection<RunTimeline>
{
    /// <summary>Creates the projection.</summary>
    public RunTimelineProjection() => Name = "RunTimeline";

    /// <inheritdoc />
    protected override RunTimeline FromStream(Guid runId, IReadOnlyList<IEvent> stream) => RunStreams.ReadModels(runId, stream).Timeline;

    /// <inheritdoc />
    protected override ValueTask<RunTimeline> FromRecordAsync(IQuerySession session, Guid comparisonId, RunRecorded recorded, CancellationToken cancellation) =>
        ValueTask.FromResult(RunRecordedModels.Timeline(comparisonId, recorded));
}
