using CampaignSim.Analysis.Comparison;

namespace CampaignSim.EventStore.Tests;

public sealed class ConcurrencyTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AssertStoredExactlyAsync(string id, ComparisonRequest request, ComparisonResult result)
    {
        Assert.Equal(Small.Json(ComparisonRunner.Run(request, cancellationToken: Ct)), Small.Json(result));
        Assert.Equal(Small.ExpectedRuns(request), await f.RunStreamCountAsync(id));
        Assert.Equal(Small.ExpectedRuns(request), await f.RecordedCountAsync(id));
    }

    [Fact]
    public async Task two_comparisons_at_once_on_one_store_do_not_interfere()
    {
        var a = Small.Request(replications: 4, baseSeed: 100);
        var b = Small.Request(replications: 3, workers: 60, weeks: 26, baseSeed: 200, models: ["caucus-grassroots", "hybrid-dual-card"]);

        var results = await Task.WhenAll(
            f.Store.RunComparisonAsync(a, "together-a", StorageMode.Full, cancellationToken: Ct),
            f.Store.RunComparisonAsync(b, "together-b", StorageMode.Full, cancellationToken: Ct));

        await AssertStoredExactlyAsync("together-a", a, results[0]);
        await AssertStoredExactlyAsync("together-b", b, results[1]);
    }

    [Fact]
    public async Task two_processes_on_one_database_run_their_comparisons_at_once()
    {
        var a = Small.Request(replications: 4, baseSeed: 300);
        var b = Small.Request(replications: 4, baseSeed: 300, models: ["militant-mainstream", "business-unionism"]);
        await using var other = await CampaignStore.ConnectAsync(f.ConnectionString, cancellationToken: Ct);

        var results = await Task.WhenAll(
            f.Store.RunComparisonAsync(a, "apart-a", StorageMode.Full, cancellationToken: Ct),
            other.RunComparisonAsync(b, "apart-b", StorageMode.Sample(1), cancellationToken: Ct));

        await AssertStoredExactlyAsync("apart-a", a, results[0]);
        Assert.Equal(Small.Json(Small.Kept(ComparisonRunner.Run(b, cancellationToken: Ct), 1)), Small.Json(results[1]));
        Assert.Equal(2L, await f.RunStreamCountAsync("apart-b"));
        Assert.Equal(8L, await f.RecordedCountAsync("apart-b"));
    }
}
