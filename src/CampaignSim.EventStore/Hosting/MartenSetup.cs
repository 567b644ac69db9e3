using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Calibrations;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.ReadModels;
using CampaignSim.EventStore.Runs;
using JasperFx;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace CampaignSim.EventStore.Hosting;

/// <summary>The Marten configuration: schema, serializer, event names, projections.</summary>
internal static class MartenSetup
{
    /// <summary>The stored type name of <see cref="RunRecorded"/> (the <c>type</c> column of <c>mt_events</c>), the
    /// per-run event of comparisons recorded run by run (<see cref="StoreFormat.RunByRun"/>).</summary>
    public const string RunRecordedName = "run-recorded";

    /// <summary>The stored type name of <see cref="RunsRecorded"/>, a recorded block of runs.</summary>
    public const string RunsRecordedName = "runs-recorded";

    /// <summary>Stable names of the comparison stream's events.</summary>
    public static IReadOnlyList<(Type Type, string Name)> ComparisonEventTypes { get; } =
    [
        (typeof(ComparisonStarted), "comparison-started"),
        (typeof(RunRecorded), RunRecordedName),
        (typeof(RunsRecorded), RunsRecordedName),
        (typeof(ComparisonCompleted), "comparison-completed"),
    ];

    public static void Configure(StoreOptions opts, string connectionString, string schemaName)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = schemaName;
        opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

        // Events are stored in the engine's canonical JSON (EventJson.Options: camelCase, kebab-case enums), so the
        // jsonb in mt_events is the same text the engine hashes, up to jsonb's key order.
        opts.UseSystemTextJsonForSerialization(new JsonSerializerOptions(EventJson.Options), EnumStorage.AsString, Casing.CamelCase, json =>
        {
            // Marten adds its own enum converter (PascalCase names); the engine's kebab-case one must win.
            foreach (var marten in json.Converters.OfType<JsonStringEnumConverter>().ToArray()) json.Converters.Remove(marten);
            var position = 0;
            foreach (var converter in EventJson.Options.Converters) json.Converters.Insert(position++, converter);
        });

        // Headers carry a run's place in its comparison on the run's first event.
        opts.Events.MetadataConfig.HeadersEnabled = true;
        foreach (var (type, name) in EventCatalog.Types) opts.Events.MapEventType(type, name);
        foreach (var (type, name) in ComparisonEventTypes) opts.Events.MapEventType(type, name);
        opts.Events.MapEventType(typeof(WorkforceReference), RunStreams.WorkforceReferenceName);
        opts.Events.MapEventType(typeof(ConversationsHeld), RunStreams.ConversationsHeldName);

        opts.Projections.Snapshot<Comparison>(SnapshotLifecycle.Inline);
        opts.Projections.Add(new RunOutcomeProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new RunTimelineProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new ComparisonSummaryProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<RunOutcome>().Index(x => x.ComparisonId);
        opts.Schema.For<RunTimeline>().Index(x => x.ComparisonId);
        opts.Schema.For<StoredCalibration>();
        opts.Schema.For<CalibrationBlock>().Index(x => x.CalibrationId);
    }
}
