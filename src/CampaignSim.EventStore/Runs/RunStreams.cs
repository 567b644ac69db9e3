using System.Globalization;
using System.Text.Json;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.ReadModels;
using JasperFx.Events;
using Marten;

namespace CampaignSim.EventStore.Runs;

/// <summary>
/// Run streams: the engine's events exactly as it emitted them, under the run's deterministic id. The run's place in
/// its comparison is event metadata (headers on the first event), so the events themselves stay the engine's.
/// </summary>
internal static class RunStreams
{
    public const string ComparisonHeader = "comparison";
    public const string ComparisonIdHeader = "comparison-id";
    public const string ReplicationHeader = "replication";

    /// <summary>A new stream for bulk insertion.</summary>
    public static StreamAction Start(IEventRegistry registry, Guid runId, RunPlacement placement, IReadOnlyList<CampaignEvent> events)
    {
        var data = new object[events.Count];
        for (var i = 0; i < data.Length; i++) data[i] = events[i];
        var action = StreamAction.Start(registry, runId, data);
        action.AggregateType = typeof(RunOutcome);
        var first = action.Events[0];
        first.SetHeader(ComparisonHeader, placement.Comparison);
        first.SetHeader(ComparisonIdHeader, placement.ComparisonId.ToString());
        first.SetHeader(ReplicationHeader, placement.Replication.ToString(CultureInfo.InvariantCulture));
        return action;
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

    /// <summary>The engine events of a stored stream.</summary>
    public static CampaignEvent[] Data(IReadOnlyList<IEvent> events)
    {
        var data = new CampaignEvent[events.Count];
        for (var i = 0; i < data.Length; i++)
            data[i] = events[i].Data as CampaignEvent
                ?? throw new EventStoreException($"Stream {events[i].StreamId} holds a {events[i].EventTypeName} event at version {events[i].Version}, not an engine event.");
        return data;
    }

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
