using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Runs;
using CampaignSim.Testing;
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
        var id = await Staged.StartStreamOnlyAsync(store, request, name, blockSize: request.Replications);

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
        Assert.Equal(Small.ExpectedRuns(request), await Staged.CountAsync(db, RecordedRunsSql.Count));
        Assert.Equal(Small.ExpectedRuns(request), await Staged.CountAsync(db, RecordedRunsSql.Distinct));
        Assert.Equal(Small.ExpectedRuns(request), await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'campaign-started'"));
    }

    [Fact]
    public async Task a_block_whose_streams_went_in_but_whose_recording_was_lost_is_recorded_once_with_its_read_models()
    {
        var request = Small.Request(replications: 3, models: ["business-unionism"]);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { MaxParallelRuns = 1 }, Ct);
        var name = Small.UniqueId("lost-block");
        var id = await Staged.StartStreamOnlyAsync(store, request, name, blockSize: request.Replications);
        var started = CampaignStore.Describe(request, name, StorageMode.Full, shared: false);

        // What a lost recording transaction leaves: the block's run streams, bulk-inserted in their own transaction
        // before it, but neither the block's event nor the runs' outcome and timeline documents.
        var registry = (JasperFx.Events.IEventRegistry)store.Documents.Options.Events;
        var streams = Enumerable.Range(0, request.Replications).Select(r => RunStreams.Start(registry, RunIds.Run(name, "business-unionism", r),
            new RunPlacement(id, name, r), CampaignEngine.Run(started.Scenario, "business-unionism", started.SeedFor(r), started.ScenarioHash).Events)).ToArray();
        await store.Documents.BulkInsertEventsAsync(streams, cancellation: Ct);
        var runtime = store.Services.GetRequiredService<IWolverineRuntime>();
        await StoreOwnedAsync(runtime, new SimulateRuns(id, 0, 0, request.Replications), "local://campaign-runs/");

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(Patience);
        var result = await store.RunComparisonAsync(request, name, StorageMode.Full, cancellationToken: patience.Token);

        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
        Assert.Equal(3, await Staged.CountAsync(db, RecordedRunsSql.Count));
        Assert.Equal(1, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'runs-recorded'"));
        Assert.Equal(3, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'campaign-started'"));
        Assert.Equal(3, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_doc_runoutcome"));
        Assert.Equal(3, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_doc_runtimeline"));
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
}
