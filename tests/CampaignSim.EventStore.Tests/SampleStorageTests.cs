using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Runs;

namespace CampaignSim.EventStore.Tests;

public sealed class SampleComparisonFixture : StoreFixture
{
    public const string Id = "sampled";

    public ComparisonRequest Request { get; } = Small.Request(replications: 5, workers: 60, weeks: 26);

    public ComparisonResult Stored { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Stored = await Store.RunComparisonAsync(Request, Id, StorageMode.Sample(2));
    }
}

public sealed class SampleStorageTests(SampleComparisonFixture f) : IClassFixture<SampleComparisonFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_sample_keeps_the_streams_of_the_first_replications_and_the_outcomes_of_all()
    {
        Assert.Equal(f.Request.Models.Count * 2, await f.RunStreamCountAsync(SampleComparisonFixture.Id));
        var outcomes = await f.Store.GetRunOutcomesAsync(SampleComparisonFixture.Id, Ct);
        Assert.Equal(f.Request.Models.Count * f.Request.Replications, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(o.Replication < 2, o.StreamStored));
        var status = await f.Store.GetComparisonStatusAsync(SampleComparisonFixture.Id, Ct);
        Assert.Equal((true, 15, 6, "sample:2"), (status!.Completed, status.RecordedRuns, status.StreamsStored, status.Storage.ToString()));
        Assert.Equal(Small.Json(Small.Kept(ComparisonRunner.Run(f.Request, cancellationToken: Ct), 2)), Small.Json(f.Stored));
    }

    [Fact]
    public async Task a_run_without_its_stream_has_no_documents_and_is_read_from_its_recorded_event()
    {
        var model = f.Request.Models[1];
        var runId = RunIds.Run(SampleComparisonFixture.Id, model, 3);
        Assert.Equal(f.Request.Models.Count * 2, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_doc_runoutcome"));
        Assert.Equal(f.Request.Models.Count * 2, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_doc_runtimeline"));

        var outcome = await f.Store.GetRunOutcomeAsync(runId, Ct);
        var timeline = await f.Store.GetRunTimelineAsync(runId, Ct);

        var live = CampaignEngine.Run(f.Request.Scenario, model, f.Request.SeedFor(3));
        Assert.NotNull(outcome);
        Assert.NotNull(timeline);
        Assert.Equal((SampleComparisonFixture.Id, model, 3, false, ""), (outcome.Comparison, outcome.ModelId, outcome.Replication, outcome.StreamStored, outcome.StreamHash));
        Assert.Equal(Small.Json(live.Outcome), Small.Json(outcome.Outcome));
        Assert.Equal(Small.Json(CampaignSim.Domain.Outcomes.CampaignTimeline.From(live.State)), Small.Json(timeline.Timeline));
        Assert.Null(await f.Store.GetRunOutcomeAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task a_run_without_its_stream_is_re_derived_from_its_seed_and_checked_by_its_outcome_and_timeline()
    {
        var verification = await f.Store.VerifyRunAsync(SampleComparisonFixture.Id, f.Request.Models[0], 4, Ct);
        Assert.Equal(VerificationStatus.Verified, verification.Status);
        Assert.False(verification.StreamStored);
        Assert.Null(verification.StoredHash);
        Assert.Equal("", verification.RecordedHash);
        var live = CampaignEngine.Run(f.Request.Scenario, f.Request.Models[0], f.Request.SeedFor(4));
        Assert.Equal(EventJson.StreamHash(live.Events), verification.ResimulatedHash);
        Assert.Contains("recorded outcome and timeline", verification.Message);
    }

    [Fact]
    public async Task a_run_without_its_stream_whose_recorded_outcome_was_changed_is_a_mismatch()
    {
        // Replication 4's wage change, in the column of its block.
        var changed = await f.ScalarAsync<long>(
            "with changed as (update campaignsim.mt_events set data = jsonb_set(data, array['outcomes', '/wageChangePct', (4 - (data ->> 'firstReplication')::int)::text], '123.5') " +
            "where type = 'runs-recorded' and data ->> 'comparison' = $1 and data ->> 'modelId' = $2 " +
            "and (data ->> 'firstReplication')::int <= 4 and 4 < (data ->> 'firstReplication')::int + (data ->> 'count')::int returning 1) select count(*) from changed",
            SampleComparisonFixture.Id, f.Request.Models[2]);
        Assert.Equal(1, changed);

        var verification = await f.Store.VerifyRunAsync(SampleComparisonFixture.Id, f.Request.Models[2], 4, Ct);

        Assert.Equal(VerificationStatus.Mismatch, verification.Status);
        Assert.Contains("outcome differs", verification.Message);
    }

    [Fact]
    public async Task replaying_a_run_without_its_stream_says_it_was_not_kept()
    {
        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            f.Store.ReplayRunAsync(RunIds.Run(SampleComparisonFixture.Id, f.Request.Models[1], 3), Ct));
        Assert.Contains("without its stream", e.Message);
    }

    [Fact]
    public async Task outcomes_only_keeps_no_stream_and_reports_the_same_comparison()
    {
        var result = await f.Store.RunComparisonAsync(f.Request, "outcomes-only", StorageMode.OutcomesOnly, cancellationToken: Ct);
        Assert.Equal(0, await f.RunStreamCountAsync("outcomes-only"));
        Assert.Equal(Small.Json(Small.Kept(f.Stored, 0).Models), Small.Json(result.Models));
    }
}
