using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Runs;

namespace CampaignSim.EventStore.Tests;

public sealed class VerificationTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_stored_run_verifies_against_its_re_simulation()
    {
        var request = Small.Request(replications: 2, workers: 60, weeks: 26, models: ["militant-mainstream"]);
        await f.Store.RunComparisonAsync(request, "verify-clean", StorageMode.Full, cancellationToken: Ct);
        var verification = await f.Store.VerifyRunAsync("verify-clean", "militant-mainstream", 1, Ct);
        Assert.True(verification.IsVerified, verification.Message);
        Assert.Equal(verification.RecordedHash, verification.StoredHash);
        Assert.Equal(verification.StoredHash, verification.ResimulatedHash);
    }

    [Fact]
    public async Task a_workforce_reference_whose_hash_was_changed_is_refused_when_read()
    {
        var request = Small.Request(replications: 1, workers: 60, weeks: 26, models: ["business-unionism"]);
        await f.Store.RunComparisonAsync(request, "verify-workforce", StorageMode.Full, cancellationToken: Ct);
        var runId = RunIds.Run("verify-workforce", "business-unionism", 0);
        var changed = await f.ExecuteAsync(
            "update campaignsim.mt_events set data = jsonb_set(data, '{hash}', '\"00\"') where stream_id = $1 and type = 'workforce-derived'", runId);
        Assert.Equal(1, changed);

        var e = await Assert.ThrowsAsync<EventStoreException>(() => f.Store.ReadRunEventsAsync(runId, Ct));

        Assert.Contains("is not the one recorded", e.Message);
    }

    [Fact]
    public async Task verify_detects_a_tampered_stream()
    {
        var request = Small.Request(replications: 2, workers: 60, weeks: 26, models: ["caucus-grassroots"]);
        await f.Store.RunComparisonAsync(request, "verify-tampered", StorageMode.Full, cancellationToken: Ct);
        var runId = RunIds.Run("verify-tampered", "caucus-grassroots", 0);
        var changed = await f.ExecuteAsync(
            "update campaignsim.mt_events set data = jsonb_set(data, '{week}', to_jsonb((data ->> 'week')::int + 1)) where stream_id = $1 and version = 40",
            runId);
        Assert.Equal(1, changed);

        var verification = await f.Store.VerifyRunAsync(runId, Ct);

        // Stored row 40 holds the engine's event at the index after everything the 39 rows before it hold (a row of the
        // week's one-on-ones holds several).
        var live = CampaignEngine.Run(request.Scenario, "caucus-grassroots", request.SeedFor(0), ScenarioHash.Compute(request.Scenario)).Events;
        var first = RunStreams.Stored(live).Take(39).Sum(e => e is ConversationsHeld c ? c.Count : 1);
        Assert.Equal(VerificationStatus.Mismatch, verification.Status);
        Assert.Equal(first, verification.FirstDifference);
        Assert.NotEqual(verification.ResimulatedHash, verification.StoredHash);
        Assert.Equal(verification.RecordedHash, verification.ResimulatedHash);
        Assert.Contains($"first at event {first}", verification.Message);
    }

    [Fact]
    public async Task verify_says_when_the_run_was_made_by_another_engine_version()
    {
        var request = Small.Request(replications: 1, workers: 60, weeks: 26, models: ["business-unionism"]);
        await f.Store.RunComparisonAsync(request, "verify-engine", StorageMode.Full, cancellationToken: Ct);
        var runId = RunIds.Run("verify-engine", "business-unionism", 0);
        await f.ExecuteAsync(
            "update campaignsim.mt_events set data = jsonb_set(data, '{engineVersion}', '\"0.9.0\"') where stream_id = $1 and version = 1", runId);

        var verification = await f.Store.VerifyRunAsync(runId, Ct);

        Assert.Equal(VerificationStatus.EngineVersionDiffers, verification.Status);
        Assert.Equal("0.9.0", verification.StoredEngineVersion);
        Assert.Equal(EngineInfo.Version, verification.CurrentEngineVersion);
        Assert.Null(verification.ResimulatedHash);
        Assert.Contains("engine 0.9.0", verification.Message);
    }

    [Fact]
    public async Task verifying_an_unknown_run_names_the_database()
    {
        var e = await Assert.ThrowsAsync<EventStoreException>(() => f.Store.VerifyRunAsync(Guid.Empty, Ct));
        Assert.Contains("There is no run", e.Message);
        Assert.Contains(f.Store.Database, e.Message);
    }
}
