using System.Diagnostics;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.EventStore.Hosting;
using CampaignSim.Testing;

namespace CampaignSim.EventStore.Tests;

public sealed class ResumeTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> RecordedAsync(string comparison) => (int)await f.RecordedCountAsync(comparison);

    private async Task AssertCompleteAndExactlyOnceAsync(string comparison, ComparisonRequest request, ComparisonResult result)
    {
        var runs = Small.ExpectedRuns(request);
        Assert.Equal(runs, await f.RunStreamCountAsync(comparison));
        Assert.Equal(runs, await f.RecordedCountAsync(comparison));
        Assert.Equal(0L, await f.ScalarAsync<long>(
            "select count(*) from (select stream_id from campaignsim.mt_events where version = 1 and headers ->> 'comparison' = $1 group by stream_id having count(*) > 1) d", comparison));
        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
    }

    [Fact]
    public async Task a_comparison_stopped_mid_way_resumes_without_redoing_or_losing_runs()
    {
        const string id = "stopped";
        var request = Small.Request(replications: 12, workers: 100, weeks: 40);
        await StopAfterAsync(id, request, 4);
        var recordedWhenStopped = await RecordedAsync(id);
        Assert.InRange(recordedWhenStopped, 4, Small.ExpectedRuns(request) - 1);

        await using var second = await CampaignStore.ConnectAsync(f.ConnectionString, StepByStep, Ct);
        var result = await second.RunComparisonAsync(request, id, StorageMode.Full, cancellationToken: Ct);

        await AssertCompleteAndExactlyOnceAsync(id, request, result);
    }

    [Fact]
    public async Task the_blocks_a_stopped_store_left_queued_are_taken_over_by_a_store_still_connected_to_the_database()
    {
        const string id = "taken-over";
        var request = Small.Request(replications: 6, workers: 100, weeks: 40);
        await StopAfterAsync(id, request, 2);
        Assert.InRange(await RecordedAsync(id), 2, Small.ExpectedRuns(request) - 1);

        // No call asks for it: the fixture's store, connected to the database all along, takes the released blocks and runs them.
        var watch = Stopwatch.StartNew();
        while (await RecordedAsync(id) < Small.ExpectedRuns(request) && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50, Ct);
        Assert.Equal(Small.ExpectedRuns(request), await RecordedAsync(id));

        var result = await f.Store.RunComparisonAsync(request, id, StorageMode.Full, cancellationToken: Ct);
        await AssertCompleteAndExactlyOnceAsync(id, request, result);
    }

    /// <summary>One run a message, one at a time, progress read often: a comparison that can be stopped part-way.</summary>
    private static CampaignStoreOptions StepByStep { get; } =
        new() { MaxParallelRuns = 1, RunsPerMessage = 1, PollInterval = TimeSpan.FromMilliseconds(10) };

    /// <summary>Starts the comparison and stops waiting once <paramref name="recorded"/> runs are in; the rest stay queued.</summary>
    private Task StopAfterAsync(string id, ComparisonRequest request, int recorded) => StopAfterAsync(f.ConnectionString, id, request, recorded);

    /// <inheritdoc cref="StopAfterAsync(string, ComparisonRequest, int)"/>
    private static async Task StopAfterAsync(string db, string id, ComparisonRequest request, int recorded)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await using var first = await CampaignStore.ConnectAsync(db, StepByStep, Ct);
        var progress = new Progress<int>(n => { if (n >= recorded) stop.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunComparisonAsync(request, id, StorageMode.Full, progress, stop.Token));
    }

    [Fact]
    public async Task an_unfinished_comparison_of_another_engine_version_is_refused_and_its_queued_blocks_are_not_simulated()
    {
        const string id = "other-engine";
        var request = Small.Request(replications: 12, workers: 100, weeks: 40);
        // A database of its own, as after an upgrade: no process of this engine is on it when the old one stops. On the
        // fixture's database the fixture's store, of this engine, would take over the blocks the stopped store releases
        // (as any live process does, docs/event-store.md) and simulate those it took before the version is changed below.
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await StopAfterAsync(db, id, request, 3);

        // The stopped store finished the block it had in hand before it returned and holds none any more: every block is
        // recorded or back in the database, owned by no process, so nothing simulates a run from here until a store connects.
        var recorded = (int)await Staged.CountAsync(db, RecordedRunsSql.CountOfComparison, id, RunIds.Comparison(id));
        Assert.Equal(0L, await Staged.CountAsync(db,
            "select count(*) from campaignsim.wolverine_incoming_envelopes where received_at = $1 and status = 'Incoming' and owner_id <> 0", RunsQueue));
        var queued = (int)await Staged.CountAsync(db,
            "select count(*) from campaignsim.wolverine_incoming_envelopes where received_at = $1 and status = 'Incoming'", RunsQueue);
        Assert.Equal(Small.ExpectedRuns(request) - recorded, queued);
        Assert.InRange(queued, 1, Small.ExpectedRuns(request) - 3);

        // As if engine 0.9.0 had started it: the opening event and the snapshot the handlers read.
        await Staged.ExecuteAsync(db, "update campaignsim.mt_events set data = jsonb_set(data, '{engineVersion}', '\"0.9.0\"') where stream_id = $1 and version = 1",
            RunIds.Comparison(id));
        await Staged.ExecuteAsync(db, "update campaignsim.mt_doc_comparison set data = jsonb_set(data, '{started,engineVersion}', '\"0.9.0\"') where id = $1",
            RunIds.Comparison(id));
        var simulated = await RunStreamCountAsync(db, id);

        // Connecting resumes the blocks still queued in the database; this engine refuses each instead of simulating it.
        await using var second = await CampaignStore.ConnectAsync(db, StepByStep, Ct);
        var refused = await Assert.ThrowsAsync<EventStoreException>(() => second.RunComparisonAsync(request, id, StorageMode.Full, cancellationToken: Ct));
        Assert.Contains($"'{id}' was started with engine 0.9.0 and is unfinished; this is engine {Domain.Simulation.EngineInfo.Version}", refused.Message);
        var watch = Stopwatch.StartNew();
        while (await DeadLettersAsync(db, id) < queued && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50, Ct);
        Assert.Equal(simulated, await RunStreamCountAsync(db, id));
        Assert.Equal(recorded, await Staged.CountAsync(db, RecordedRunsSql.CountOfComparison, id, RunIds.Comparison(id)));
        Assert.Equal(queued, await DeadLettersAsync(db, id));
    }

    /// <summary>The inbox address (<c>received_at</c>) of the local queue of run blocks.</summary>
    private static string RunsQueue { get; } = StrandedEnvelopes.LocalQueue(CampaignHost.RunsQueue).ToString();

    private static Task<long> DeadLettersAsync(string db, string comparison) => Staged.CountAsync(db,
        "select count(*) from campaignsim.wolverine_dead_letters where exception_message like $1", $"Comparison '{comparison}' was started with engine 0.9.0%");

    private static Task<long> RunStreamCountAsync(string db, string comparison) => Staged.CountAsync(db,
        "select count(*) from campaignsim.mt_events where version = 1 and headers ->> 'comparison' = $1", comparison);

    [Fact]
    public async Task a_comparison_whose_process_is_killed_resumes_without_redoing_or_losing_runs()
    {
        const string id = "killed";
        var request = new ComparisonRequest
        {
            Scenario = new Scenario { Name = "One workplace", Weeks = 52, Workplaces = [new WorkplaceSpec { Workers = 120 }] },
            Models = ModelCatalog.Ids,
            Replications = 20,
        };
        var host = Path.Combine(AppContext.BaseDirectory, "CampaignSim.Host.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { host, "run-comparison", f.ConnectionString, id, "20", "120", "52", "full" }) start.ArgumentList.Add(a);
        using (var child = Process.Start(start)!)
        {
            child.OutputDataReceived += (_, _) => { };
            child.BeginOutputReadLine();
            var watch = Stopwatch.StartNew();
            while (await f.RunStreamCountAsync(id) < 10 && !child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(20, Ct);
            if (child.HasExited)
                Assert.Fail($"The comparison process ended (exit code {child.ExitCode}) before it could be killed: {await child.StandardError.ReadToEndAsync(Ct)}");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(Ct);
        }
        Assert.InRange(await f.RunStreamCountAsync(id), 10, Small.ExpectedRuns(request) - 1);

        await using var store = await CampaignStore.ConnectAsync(f.ConnectionString, cancellationToken: Ct);
        var result = await store.RunComparisonAsync(request, id, StorageMode.Full, cancellationToken: Ct);

        await AssertCompleteAndExactlyOnceAsync(id, request, result);
    }
}
