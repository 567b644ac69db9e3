using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.ReadModels;

namespace CampaignSim.EventStore.Tests;

public sealed class SummaryTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_summary_of_a_comparison_of_more_events_than_a_page_equals_the_in_memory_comparison()
    {
        // 3 models x 400 runs, recorded in blocks of 25: 48 blocks, read back by the projection a few at a time.
        var request = Small.Request(replications: 400, workers: 30, weeks: 20);
        await f.Store.RunComparisonAsync(request, "longer-than-a-page", StorageMode.OutcomesOnly, cancellationToken: Ct);
        Assert.True(await f.RecordedCountAsync("longer-than-a-page") > 1000);

        var summary = await f.Store.GetComparisonSummaryAsync("longer-than-a-page", Ct);
        Assert.NotNull(summary);
        var inMemory = ComparisonRunner.Run(request with { HashStreams = false }, cancellationToken: Ct);
        Assert.Equal(Small.Json(ComparisonSummary.From(summary.Id, "longer-than-a-page", EngineInfo.Version, 0, inMemory)), Small.Json(summary));
    }
}
