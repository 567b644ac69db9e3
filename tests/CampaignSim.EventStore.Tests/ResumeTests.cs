using System.Diagnostics;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.EventStore.Tests;

public sealed class ResumeTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RecordedAsync(string comparison) => f.ScalarAsync<int>(
        "select coalesce((select (data ->> 'recordedCount')::int from campaignsim.mt_doc_comparison where id = $1), 0)",
        RunIds.Comparison(comparison));

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
        var options = new CampaignStoreOptions { MaxParallelRuns = 1, RunsPerMessage = 1, PollInterval = TimeSpan.FromMilliseconds(10) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var first = await CampaignStore.ConnectAsync(f.ConnectionString, options, Ct);
        await using (first)
        {
            var progress = new Progress<int>(n => { if (n >= 4) stop.Cancel(); });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunComparisonAsync(request, id, StorageMode.Full, progress, stop.Token));
        }
        var recordedWhenStopped = await RecordedAsync(id);
        Assert.InRange(recordedWhenStopped, 4, Small.ExpectedRuns(request) - 1);

        await using var second = await CampaignStore.ConnectAsync(f.ConnectionString, options, Ct);
        var result = await second.RunComparisonAsync(request, id, StorageMode.Full, cancellationToken: Ct);

        await AssertCompleteAndExactlyOnceAsync(id, request, result);
    }

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
