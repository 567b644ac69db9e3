using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// Runs recorded a block at a time: one event per block, each block on a stream of its own, recorded without waiting for
/// the comparison's stream, exactly once however often a block is handled, and the comparison completed once all are in.
/// </summary>
public sealed class BlockRecordingTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task each_block_of_runs_is_one_event_on_a_stream_of_its_own()
    {
        var request = Small.Request(replications: 7, models: ["business-unionism", "militant-mainstream"]);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { RunsPerMessage = 3 }, Ct);
        var result = await store.RunComparisonAsync(request, "in-blocks", StorageMode.Sample(4), cancellationToken: Ct);

        Assert.Equal(Small.Json(Small.Kept(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct), 4)), Small.Json(result));
        // Blocks of 3, 3 and 1 runs per model, each the one event of the stream its first run names.
        var expected = request.Models.SelectMany(m => new[] { 0, 3, 6 }.Select(first => (RunIds.Block("in-blocks", m, first), first == 6 ? 1 : 3))).ToArray();
        foreach (var (stream, count) in expected)
        {
            Assert.Equal(1L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where stream_id = $1", stream));
            Assert.Equal((long)count, await Staged.CountAsync(db, "select (data ->> 'count')::bigint from campaignsim.mt_events where stream_id = $1 and type = 'runs-recorded'", stream));
        }
        Assert.Equal(6L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'runs-recorded'"));
        Assert.Equal(14L, await Staged.CountAsync(db, RecordedRunsSql.Distinct));
        // The comparison's own stream says what was asked and that it is complete; the runs are not on it.
        Assert.Equal("comparison-started,comparison-completed", await Staged.TextAsync(db,
            "select string_agg(type, ',' order by version) from campaignsim.mt_events where stream_id = $1", RunIds.Comparison("in-blocks")));
        var status = await store.GetComparisonStatusAsync("in-blocks", Ct);
        Assert.Equal((14, 14, 8, true), (status!.ExpectedRuns, status.RecordedRuns, status.StreamsStored, status.Completed));
    }

    [Fact]
    public async Task blocks_are_recorded_while_the_comparisons_stream_is_locked()
    {
        var request = Small.Request(replications: 4, models: ["business-unionism", "militant-mainstream"]);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { MaxParallelRuns = 2 }, Ct);
        const string name = "side-by-side";
        var id = await Staged.StartStreamOnlyAsync(store, request, name, blockSize: 2);

        // Another transaction holds the comparison's stream row, as a recorder locking it for its transaction would.
        await using var holder = new NpgsqlConnection(db);
        await holder.OpenAsync(Ct);
        await using var hold = await holder.BeginTransactionAsync(Ct);
        await using (var lockRow = new NpgsqlCommand("select 1 from campaignsim.mt_streams where id = $1 for update", holder, hold))
        {
            lockRow.Parameters.AddWithValue(id);
            await lockRow.ExecuteScalarAsync(Ct);
        }
        var bus = store.Services.GetRequiredService<IMessageBus>();
        for (var m = 0; m < 2; m++)
            for (var first = 0; first < 4; first += 2)
                await bus.PublishAsync(new SimulateRuns(id, m, first, 2));

        var deadline = DateTime.UtcNow + Patience;
        while (await Staged.CountAsync(db, RecordedRunsSql.Count) < 8 && DateTime.UtcNow < deadline) await Task.Delay(100, Ct);
        Assert.Equal(8L, await Staged.CountAsync(db, RecordedRunsSql.Count));
        await hold.RollbackAsync(Ct);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(Patience);
        var result = await store.RunComparisonAsync(request, name, StorageMode.Full, cancellationToken: patience.Token);
        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
    }

    [Fact]
    public async Task a_block_handled_twice_at_once_is_recorded_once_and_the_waiting_process_completes_the_comparison()
    {
        var request = Small.Request(replications: 3, models: ["independent-solidarity"]);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { MaxParallelRuns = 2 }, Ct);
        const string name = "twice";
        var id = await Staged.StartStreamOnlyAsync(store, request, name, blockSize: 3);

        // Two deliveries of the same block at once (a redelivery racing the first): both simulate, one records.
        var bus = store.Services.GetRequiredService<IMessageBus>();
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await bus.InvokeAsync(new SimulateRuns(id, 0, 0, 3), Ct);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return false;
            }
        }));
        Assert.Contains(true, both);
        Assert.Equal(1L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'runs-recorded'"));

        // The block is in; whether or not its completion message was handled, the waiting process completes the comparison.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(Patience);
        var result = await store.RunComparisonAsync(request, name, StorageMode.Full, cancellationToken: patience.Token);
        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
        Assert.Equal(3L, await Staged.CountAsync(db, RecordedRunsSql.Count));
        Assert.Equal(1L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_events where type = 'comparison-completed'"));
    }

    [Fact]
    public async Task a_comparison_whose_blocks_are_all_in_but_not_completed_is_completed_by_the_next_wait()
    {
        var request = Small.Request(replications: 2, models: ["business-unionism"]);
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, cancellationToken: Ct);
        const string name = "lost-completion";
        var id = await Staged.StartStreamOnlyAsync(store, request, name, blockSize: 2, StorageMode.OutcomesOnly);
        var started = CampaignStore.Describe(request, name, StorageMode.Full, shared: false);
        // The block as its handler commits it; the process is then killed before its completion message is handled.
        var runs = Enumerable.Range(0, 2).Select(r =>
        {
            var run = Domain.Simulation.CampaignEngine.Run(started.Scenario, "business-unionism", started.SeedFor(r), started.ScenarioHash);
            return new FinishedRun(run.Outcome, Domain.Outcomes.CampaignTimeline.From(run.State), run.Events.Count, "");
        }).ToArray();
        await using (var session = store.Documents.LightweightSession())
        {
            session.Events.StartStream(RunIds.Block(name, "business-unionism", 0), RunsRecorded.Of(id, name, "business-unionism", 0, started.SeedFor(0), 0, runs));
            await session.SaveChangesAsync(Ct);
        }
        Assert.False((await store.GetComparisonStatusAsync(name, Ct))!.Completed);
        Assert.Equal(2, (await store.GetComparisonStatusAsync(name, Ct))!.RecordedRuns);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(Patience);
        var result = await store.RunComparisonAsync(request, name, StorageMode.OutcomesOnly, cancellationToken: patience.Token);
        Assert.Equal(Small.Json(Small.Kept(ComparisonRunner.Run(request, cancellationToken: Ct), 0)), Small.Json(result));
        Assert.NotNull(await store.GetComparisonSummaryAsync(name, Ct));
    }
}
