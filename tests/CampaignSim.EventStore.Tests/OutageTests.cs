using CampaignSim.Analysis.Comparison;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

/// <summary>A short database outage in the middle of a comparison is waited out, not fatal.</summary>
public sealed class OutageTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_two_second_outage_is_retried_and_the_comparison_completes_with_every_run_once()
    {
        var server = new NpgsqlConnectionStringBuilder(f.ConnectionString);
        await using var proxy = new FlakyProxy(server.Host!, server.Port);
        var through = new NpgsqlConnectionStringBuilder(f.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString;
        var retries = new List<string>();
        var options = new CampaignStoreOptions
        {
            MaxParallelRuns = 1,
            RunsPerMessage = 1,
            OnRetry = message => { lock (retries) retries.Add(message); },
        };
        var request = Small.Request(replications: 20);
        await using var store = await CampaignStore.ConnectAsync(through, options, Ct);

        var run = store.RunComparisonAsync(request, "outage", StorageMode.Full, cancellationToken: Ct);
        while (await f.RecordedCountAsync("outage") < 10 && !run.IsCompleted)
        {
            await Task.Delay(20, Ct);
        }

        Assert.False(run.IsCompleted, "the comparison finished before the outage");
        await proxy.FailForAsync(TimeSpan.FromSeconds(2));
        var result = await run;

        Assert.Contains(retries, r => r.StartsWith("lost the connection to PostgreSQL at 127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(retries, r => r.StartsWith("reconnected", StringComparison.Ordinal));
        Assert.Equal(Small.ExpectedRuns(request), await f.RecordedCountAsync("outage"));
        Assert.Equal(Small.ExpectedRuns(request), await f.RunStreamCountAsync("outage"));
        Assert.Equal(Small.Json(ComparisonRunner.Run(request with { HashStreams = true }, cancellationToken: Ct)), Small.Json(result));
    }
}
