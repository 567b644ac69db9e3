using System.Text.Json;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Calibrations;
using CampaignSim.EventStore.Comparisons;
using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Configuration;
using Wolverine.Marten;
using Wolverine.Postgresql;
using Wolverine.Postgresql.Transport;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// The Wolverine + Marten host behind a <see cref="CampaignStore"/>. Handler code is pre-generated
/// (<c>src/CampaignSim.EventStore/Internal/Generated</c>, written by <c>CampaignSim.Host codegen write</c>) and
/// loaded statically: Wolverine 6 ships no runtime compiler.
/// </summary>
internal static class CampaignHost
{
    /// <summary>Local queue of <see cref="SimulateRuns"/> and <see cref="SimulateCalibration"/> messages (parallel).</summary>
    public const string RunsQueue = "campaign-runs";

    /// <summary>Local queue of <see cref="CompleteComparison"/> messages (one at a time).</summary>
    public const string CompletionQueue = "campaign-completion";

    /// <summary>A host that is not started yet.</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="options">Store settings.</param>
    /// <param name="checkSchema">Whether to compare the schema with this build's and create or migrate what differs
    /// (false when <see cref="SchemaMark"/> says this build already did).</param>
    public static IHost Build(string connectionString, CampaignStoreOptions options, bool checkSchema = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = typeof(CampaignHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        Configure(builder, connectionString, options, checkSchema: checkSchema);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        return builder.Build();
    }

    /// <summary>Adds Marten and Wolverine to a host builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">The database.</param>
    /// <param name="options">Store settings.</param>
    /// <param name="generatedCodeOutputPath">Where <c>codegen write</c> writes (the codegen host only).</param>
    /// <param name="checkSchema">Whether Marten and Wolverine compare the schema with this build's at start-up and
    /// create or migrate what differs.</param>
    public static void Configure(IHostApplicationBuilder builder, string connectionString, CampaignStoreOptions options,
        string? generatedCodeOutputPath = null, bool checkSchema = true)
    {
        var autoCreate = checkSchema ? AutoCreate.CreateOrUpdate : AutoCreate.None;
        builder.Services.AddLogging();
        if (options.LoggerFactory is { } loggerFactory) builder.Services.AddSingleton(loggerFactory);

        if (options.TakesSharedRuns)
        {
            builder.Services.AddSingleton<IAgentFamily, WorkerCapability>();
            builder.Services.AddHostedService(_ => new ReleasedBlocks(connectionString, options.SchemaName));
        }
        builder.Services.AddHostedService(services => new StrandedEnvelopes(
            services.GetRequiredService<IWolverineRuntime>(), connectionString, options.SchemaName, options.TakesSharedRuns));
        var marten = builder.Services.AddMarten(opts =>
            {
                MartenSetup.Configure(opts, connectionString, options.SchemaName);
                opts.AutoCreateSchemaObjects = autoCreate;
            })
            .UseLightweightSessions();
        if (checkSchema) marten = marten.ApplyAllDatabaseChangesOnStartup();
        marten.IntegrateWithWolverine(wolverine => wolverine.TransportSchemaName = options.SchemaName);

        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(CampaignHost).Assembly;
            opts.ServiceName = "campaignsim";
            opts.AutoBuildMessageStorageOnStartup = autoCreate;
            opts.Durability.Mode = DurabilityMode.Balanced;
            opts.Durability.FirstHealthCheckExecution = TimeSpan.Zero;
            opts.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(1);
            opts.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(5);
            opts.Durability.NodeReassignmentPollingTime = TimeSpan.FromSeconds(1);
            opts.Durability.ScheduledJobFirstExecution = TimeSpan.Zero;
            opts.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(1);
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            if (generatedCodeOutputPath is not null) opts.CodeGeneration.GeneratedCodeOutputPath = generatedCodeOutputPath;

            opts.Discovery.DisableConventionalDiscovery()
                .IncludeType(typeof(StartComparisonHandler))
                .IncludeType(typeof(SimulateRunsHandler))
                .IncludeType(typeof(CompleteComparisonHandler))
                .IncludeType(typeof(StartCalibrationHandler))
                .IncludeType(typeof(SimulateCalibrationHandler));
            opts.Policies.AutoApplyTransactions();
            opts.UseSystemTextJsonForSerialization(json =>
            {
                json.PropertyNamingPolicy = EventJson.Options.PropertyNamingPolicy;
                foreach (var converter in EventJson.Options.Converters) json.Converters.Add(converter);
            });

            opts.PublishMessage<SimulateRuns>().ToLocalQueue(RunsQueue);
            opts.PublishMessage<SimulateCalibration>().ToLocalQueue(RunsQueue);

            // The shared queue of distributed comparisons is declared by every process (so that its tables exist
            // and a coordinator can put blocks on it); only workers take blocks from it. Wolverine's listener waits
            // its polling interval after every take, so a worker takes twice as many blocks as it works on at once
            // (blocks are sized for about half a second of simulation, CampaignStore.RunsPerBlock) and looks
            // again every 100 ms: it never runs dry between takes, yet holds few blocks, so that blocks spread over the
            // workers and a killed worker strands few of them (they are redelivered once its node is declared dead).
            opts.Transports.GetOrCreate<PostgresqlTransport>().Queues[SharedRunQueue.Name].Mode = EndpointMode.Durable;
            if (options.TakesSharedRuns)
            {
                var parallel = Math.Max(1, options.MaxParallelRuns);
                opts.ListenToPostgresqlQueue(SharedRunQueue.Name)
                    .MaximumMessagesToReceive(2 * parallel)
                    .PollingInterval(TimeSpan.FromMilliseconds(100))
                    .MaximumParallelMessages(parallel);
            }
            opts.PublishMessage<CompleteComparison>().ToLocalQueue(CompletionQueue);
            opts.LocalQueue(RunsQueue).UseDurableInbox().MaximumParallelMessages(Math.Max(1, options.MaxParallelRuns));
            opts.LocalQueue(CompletionQueue).UseDurableInbox().Sequential();

            // A run that keeps failing (a bug, or a database that went away) ends in the dead-letter table, where
            // CampaignStore.RunComparisonAsync finds it and reports it instead of waiting forever.
            opts.OnException<EventStoreException>().MoveToErrorQueue();

            // A lost connection is waited out for about as long as CampaignStore waits for it (30 s by default), trying
            // again at most 4 s apart (TransientFailure.MaxBackoff) so that work resumes soon after the server is back;
            // should it last longer, the run goes to the dead-letter table and the next compare hands it back.
            opts.OnException(TransientFailure.Is)
                .RetryWithCooldown(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1),
                    TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4),
                    TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4))
                .Then.MoveToErrorQueue();
            opts.Policies.OnAnyException()
                .RetryWithCooldown(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2))
                .Then.MoveToErrorQueue();
        });

        builder.Services.CritterStackDefaults(x =>
        {
            x.Development.GeneratedCodeMode = TypeLoadMode.Static;
            x.Production.GeneratedCodeMode = TypeLoadMode.Static;
            x.Development.ResourceAutoCreate = autoCreate;
            x.Production.ResourceAutoCreate = autoCreate;
        });
    }
}
