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
/// A per-run read model of a stored run stream, keyed by run id: the engine's events, folded into the engine's own
/// mutable <see cref="Domain.Simulation.CampaignState"/> when the stream's <see cref="CampaignEnded"/> arrives.
/// </summary>
/// <remarks>
/// Marten's conventional Apply/Create aggregation folds into the document itself, and CampaignState is not a
/// document (it is rebuilt from the whole stream). So the projection overrides <c>DetermineActionAsync</c>: it gets
/// the slice of events for one run and the session, reads any earlier events of that stream when the slice does not
/// start at version 1 (a rebuild may page a long stream), and folds the whole stream at once.
/// A run whose stream is not kept has no document: its <see cref="RunRecorded"/> event on the comparison stream holds
/// the same outcome and timeline, and <see cref="CampaignStore"/> reads them from there (a document per such run would
/// store them twice and cost the database about a quarter of its work in a comparison that keeps outcomes only).
/// </remarks>
/// <typeparam name="TDoc">The document.</typeparam>
public abstract class RunProjection<TDoc> : MultiStreamProjection<TDoc, Guid>
    where TDoc : class
{
    /// <summary>Subscribes to every engine event type.</summary>
    protected RunProjection()
    {
        foreach (var (type, _) in EventCatalog.Types) IncludeType(type);
        IncludeType<WorkforceReference>();
        IncludeType<ConversationsHeld>();
        CustomGrouping(Group);
    }

    private static Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<Guid> grouping)
    {
        foreach (var e in events)
        {
            if (e.Data is CampaignEvent or WorkforceReference or ConversationsHeld) grouping.AddEvent(e.StreamId, e);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async ValueTask<(TDoc?, ActionType)> DetermineActionAsync(
        IQuerySession session, TDoc? snapshot, Guid identity, IIdentitySetter<TDoc, Guid> identitySetter,
        IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        if (!events.Any(e => e.Data is CampaignEnded)) return (snapshot, ActionType.Nothing);
        var stream = await RunStreams.WholeStreamAsync(session, identity, events, cancellation);
        // Only a run's stream opens with CampaignStarted; anything else is not this projection's.
        if (stream.Count == 0 || stream[0].Data is not CampaignStarted) return (snapshot, ActionType.Nothing);
        return (FromStream(identity, stream), ActionType.Store);
    }

    /// <summary>The document of a whole stored run stream.</summary>
    protected abstract TDoc FromStream(Guid runId, IReadOnlyList<IEvent> stream);
}

/// <summary>Projects <see cref="RunOutcome"/> documents.</summary>
public sealed class RunOutcomeProjection : RunProjection<RunOutcome>
{
    /// <summary>Creates the projection.</summary>
    public RunOutcomeProjection() => Name = "RunOutcome";

    /// <inheritdoc />
    protected override RunOutcome FromStream(Guid runId, IReadOnlyList<IEvent> stream) => RunStreams.ReadModels(runId, stream).Outcome;
}

/// <summary>Projects <see cref="RunTimeline"/> documents.</summary>
public sealed class RunTimelineProjection : RunProjection<RunTimeline>
{
    /// <summary>Creates the projection.</summary>
    public RunTimelineProjection() => Name = "RunTimeline";

    /// <inheritdoc />
    protected override RunTimeline FromStream(Guid runId, IReadOnlyList<IEvent> stream) => RunStreams.ReadModels(runId, stream).Timeline;
}
