using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.ReadModels;
using JasperFx.Events;
using Marten;

namespace CampaignSim.EventStore.Runs;

/// <summary>
/// Run streams: the engine's events as it emitted them, under the run's deterministic id, with two storage forms that
/// read back to the same events bit for bit: a workforce as a reference that re-derives it, the week's one-on-ones in
/// a row as one event of columns (<see cref="Stored"/>). The run's place in its comparison is event metadata (headers on
/// the first event), so the events themselves stay the engine's.
/// </summary>
internal static class RunStreams
{
    public const string ComparisonHeader = "comparison";
    public const string ComparisonIdHeader = "comparison-id";
    public const string ReplicationHeader = "replication";

    /// <summary>Stored name of <see cref="WorkforceReference"/>.</summary>
    public const string WorkforceReferenceName = "workforce-derived";

    /// <summary>Stored name of <see cref="ConversationsHeld"/>.</summary>
    public const string ConversationsHeldName = "conversations-held";

    /// <summary>
    /// A new stream for bulk insertion, of the run's events as they are stored (<see cref="Stored"/>).
    /// </summary>
    public static StreamAction Start(IEventRegistry registry, Guid runId, RunPlacement placement, IReadOnlyList<CampaignEvent> events)
    {
        var action = StreamAction.Start(registry, runId, Stored(events));
        action.AggregateType = typeof(RunOutcome);
        var first = action.Events[0];
        first.SetHeader(ComparisonHeader, placement.Comparison);
        first.SetHeader(ComparisonIdHeader, placement.ComparisonId.ToString());
        first.SetHeader(ReplicationHeader, placement.Replication.ToString(CultureInfo.InvariantCulture));
        return action;
    }

    /// <summary>
    /// What a run stream stores for the engine's events: each event as it is, except a workforce, stored as a
    /// <see cref="WorkforceReference"/>, and two or more one-on-ones in a row of one week and workplace, stored as one
    /// <see cref="ConversationsHeld"/>. <see cref="Data"/> turns it back into the engine's events.
    /// </summary>
    public static object[] Stored(IReadOnlyList<CampaignEvent> events)
    {
        var stored = new List<object>(events.Count / 2);
        for (var i = 0; i < events.Count;)
        {
            var run = ConversationsHeld.RunLength(events, i);
            if (run >= ConversationsHeld.Fewest)
            {
                stored.Add(ConversationsHeld.Of(events, i, run));
                i += run;
                continue;
            }
            stored.Add(events[i] is WorkforceAssembled w ? Reference(w) : events[i]);
            i++;
        }
        return [.. stored];
    }

    /// <summary>The placement recorded on a run's first event, or null when it has none.</summary>
    public static RunPlacement? PlacementOf(IEvent first)
    {
        var name = Header(first, ComparisonHeader);
        var id = Header(first, ComparisonIdHeader);
        var replication = Header(first, ReplicationHeader);
        if (name is null || !Guid.TryParse(id, out var comparisonId)
            || !int.TryParse(replication, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
            return null;
        return new RunPlacement(comparisonId, name, r);
    }

    private static string? Header(IEvent e, string key) => e.Headers is { } h && h.TryGetValue(key, out var value)
        ? value switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } j => j.GetString(),
            JsonElement j => j.GetRawText(),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        }
        : null;

    /// <summary>The whole stream: <paramref name="slice"/>, preceded by the stored events before it when it does not start at version 1.</summary>
    public static async Task<IReadOnlyList<IEvent>> WholeStreamAsync(IQuerySession session, Guid streamId, IReadOnlyList<IEvent> slice, CancellationToken cancellation)
    {
        if (slice.Count > 0 && slice[0].Version <= 1) return slice;
        var before = await session.Events.FetchStreamAsync(streamId, version: slice.Count > 0 ? slice[0].Version - 1 : 0, token: cancellation);
        return [.. before, .. slice];
    }

    /// <summary>The reference stored for a workforce.</summary>
    public static WorkforceReference Reference(WorkforceAssembled workforce) =>
        new(workforce.Week, workforce.Workplace, workforce.Workers.Count, HashOf(workforce));

    /// <summary>The engine events of a stored stream, with every workforce re-derived from the run's seed and scenario.</summary>
    /// <exception cref="EventStoreException">The stream holds something else, or a workforce cannot be re-derived
    /// (another engine version made the run, or the re-derived workforce is not the one recorded).</exception>
    public static CampaignEvent[] Data(IReadOnlyList<IEvent> events)
    {
        var data = new List<CampaignEvent>(events.Count * 3);
        IReadOnlyList<CampaignEvent>? rerun = null;
        for (var i = 0; i < events.Count; i++)
        {
            switch (events[i].Data)
            {
                case WorkforceReference reference:
                    rerun ??= Rerun(events);
                    data.Add(Workforce(events[i], reference, rerun));
                    break;
                case ConversationsHeld conversations:
                    conversations.ExpandInto(data);
                    break;
                case CampaignEvent e:
                    data.Add(e);
                    break;
                default:
                    throw new EventStoreException($"Stream {events[i].StreamId} holds a {events[i].EventTypeName} event at version {events[i].Version}, not an engine event.");
            }
        }
        return [.. data];
    }

    private static IReadOnlyList<CampaignEvent> Rerun(IReadOnlyList<IEvent> events)
    {
        if (events[0].Data is not CampaignStarted start)
            throw new EventStoreException($"Stream {events[0].StreamId} refers to a workforce but does not open with CampaignStarted.");
        if (start.EngineVersion != EngineInfo.Version)
            throw new EventStoreException($"Run {events[0].StreamId} was made by engine {start.EngineVersion}; its workforce is stored as a reference that only engine {start.EngineVersion} re-derives (this is engine {EngineInfo.Version}).");
        return CampaignEngine.Run(start.Scenario, start.ModelId, start.Seed, start.ScenarioHash).Events;
    }

    private static WorkforceAssembled Workforce(IEvent stored, WorkforceReference reference, IReadOnlyList<CampaignEvent> rerun)
    {
        foreach (var e in rerun)
            if (e is WorkforceAssembled w && w.Workplace == reference.Workplace && w.Week == reference.Week)
                return HashOf(w) == reference.Hash
                    ? w
                    : throw new EventStoreException($"The workforce of workplace {reference.Workplace} re-derived for run {stored.StreamId} is not the one recorded (hash {reference.Hash[..Math.Min(12, reference.Hash.Length)]}…): the stream was changed.");
        throw new EventStoreException($"Re-running run {stored.StreamId} gives no workforce for workplace {reference.Workplace}.");
    }

    private static string HashOf(WorkforceAssembled workforce) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EventJson.Serialize(workforce))));

    /// <summary>Read models of a whole run stream, folded with the engine's own <see cref="CampaignState"/>.</summary>
    public static (RunOutcome Outcome, RunTimeline Timeline) ReadModels(Guid runId, RunPlacement? placement, IReadOnlyList<CampaignEvent> events, CampaignState state, string streamHash)
    {
        var start = state.Start ?? throw new EventStoreException($"Run stream {runId} has no CampaignStarted event.");
        var outcome = new RunOutcome
        {
            Id = runId,
            ComparisonId = placement?.ComparisonId ?? Guid.Empty,
            Comparison = placement?.Comparison ?? "",
            ModelId = start.ModelId,
            Replication = placement?.Replication ?? -1,
            Seed = start.Seed,
            ScenarioHash = start.ScenarioHash,
            EngineVersion = start.EngineVersion,
            EventCount = events.Count,
            StreamHash = streamHash,
            StreamStored = true,
            Outcome = CampaignOutcome.From(state),
        };
        var timeline = new RunTimeline
        {
            Id = runId,
            ComparisonId = outcome.ComparisonId,
            ModelId = start.ModelId,
            Replication = outcome.Replication,
            Timeline = CampaignTimeline.From(state),
        };
        return (outcome, timeline);
    }

    /// <summary>Read models of a whole run stream read from the store.</summary>
    public static (RunOutcome Outcome, RunTimeline Timeline) ReadModels(Guid runId, IReadOnlyList<IEvent> stream)
    {
        var data = Data(stream);
        return ReadModels(runId, stream.Count > 0 ? PlacementOf(stream[0]) : null, data, CampaignState.Fold(data), EventJson.StreamHash(data));
    }
}
