using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;
using Wolverine.Util;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// What a server that loses commits it acknowledged (<c>synchronous_commit = off</c>, then a crash or
/// <c>pg_ctl -m immediate</c>) leaves behind, staged exactly: the comparison carries on and ends with every run
/// recorded once, with its stream and read models.
/// </summary>
public sealed class LostCommitTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task blocks_the_inbox_says_this_process_holds_but_it_does_not_are_run_again()
    {
        var request = Small.Request(replications: 3);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { MaxParallelRuns = 1 }, Ct);
        var name = Small.UniqueId("stranded");
        var id = await StartStreamOnlyAsync(store, request, name);

        // Queued by a start, or handled by a transaction the server then lost: owned by this node, in no queue of its memory.
        var runtime = store.Services.GetRequiredService<IWolverineRuntime>();
        for (var m = 0; m < request.Models.Count; m++)
        {
            await StoreOwnedAsync(runtime, new SimulateRuns(id, m, 0, request.Replications), "local://campaign-runs/");
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(Patience);
        var result = await store.RunComparisonAsync(request, name, StorageMode.Full, cancellationToken: patience.Token);

        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
        Assert.Equal(Small.ExpectedRuns(request), await CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'run-recorded'"));
        Assert.Equal(Small.ExpectedRuns(request), await CountAsync(db, "select count(distinct data ->> 'runId') from campaignsim.mt_events where type = 'run-recorded'"));
        Assert.Equal(Small.ExpectedRuns(request), await CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'campaign-started'"));
    }

    [Fact]
    public async Task runs_whose_stored_stream_and_read_models_were_lost_are_simulated_again_not_recorded_without_them()
    {
        var request = Small.Request(replications: 3, models: ["business-unionism"]);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { MaxParallelRuns = 1 }, Ct);
        var name = Small.UniqueId("lost-block");
        var id = await StartStreamOnlyAsync(store, request, name);
        var started = CampaignStore.Describe(request, name, StorageMode.Full, shared: false);

        // The runs as the lost transaction queued them in memory: finished, kept, but neither their stream nor their
        // outcome and timeline documents are in the database.
        var runs = Enumerable.Range(0, request.Replications).Select(r => Finished(started, name, "business-unionism", r)).ToArray();
        await store.Services.GetRequiredService<IMessageBus>().InvokeAsync(new RecordRuns(id, runs), Ct);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(Patience);
        var result = await store.RunComparisonAsync(request, name, StorageMode.Full, cancellationToken: patience.Token);

        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
        Assert.Equal(3, await CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'run-recorded'"));
        Assert.Equal(3, await CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'campaign-started'"));
        Assert.Equal(3, await CountAsync(db, "select count(*) from campaignsim.mt_doc_runoutcome"));
        Assert.Equal(3, await CountAsync(db, "select count(*) from campaignsim.mt_doc_runtimeline"));
    }

    /// <summary>Opens the comparison's stream as a start does, without queuing any block.</summary>
    private static async Task<Guid> StartStreamOnlyAsync(CampaignStore store, ComparisonRequest request, string name)
    {
        var id = RunIds.Comparison(name);
        await using var session = store.Documents.LightweightSession();
        session.Events.StartStream<Comparison>(id, CampaignStore.Describe(request, name, StorageMode.Full, shared: false));
        await session.SaveChangesAsync(Ct);
        return id;
    }

    /// <summary>Writes a message into Wolverine's inbox as received at <paramref name="address"/> and owned by this node, without queuing it.</summary>
    private static async Task StoreOwnedAsync(IWolverineRuntime runtime, object message, string address)
    {
        var envelope = new Envelope(message)
        {
            Destination = new Uri(address),
            Status = EnvelopeStatus.Incoming,
            OwnerId = runtime.Options.Durability.AssignedNodeNumber,
            MessageType = message.GetType().ToMessageTypeName(),
            ContentType = "application/json",
        };
        envelope.Data = runtime.Options.DefaultSerializer.Write(envelope);
        await runtime.Storage.Inbox.StoreIncomingAsync(envelope);
    }

    /// <summary>A finished, kept run as the simulation handler reports it.</summary>
    private static RunRecorded Finished(ComparisonStarted started, string name, string modelId, int replication)
    {
        var seed = started.SeedFor(replication);
        var run = CampaignEngine.Run(started.Scenario, modelId, seed, started.ScenarioHash);
        return new RunRecorded(RunIds.Run(name, modelId, replication), modelId, replication, seed, CampaignOutcome.From(run.State),
            CampaignTimeline.From(run.State), run.Events.Count, EventJson.StreamHash(run.Events), true, EngineInfo.Version);
    }

    private static async Task<long> CountAsync(string db, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(db);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
