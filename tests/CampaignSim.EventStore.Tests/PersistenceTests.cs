using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.ReadModels;
using CampaignSim.EventStore.Runs;

namespace CampaignSim.EventStore.Tests;

/// <summary>One comparison kept in full, run once for the class, checked against the in-memory engine.</summary>
public sealed class FullComparisonFixture : StoreFixture
{
    public const string Id = "full";

    public ComparisonRequest Request { get; } = Small.Request(replications: 4);

    public ComparisonResult Stored { get; private set; } = null!;

    public ComparisonResult InMemory { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Stored = await Store.RunComparisonAsync(Request, Id, StorageMode.Full);
        InMemory = ComparisonRunner.Run(Request);
    }
}

public sealed class PersistenceTests(FullComparisonFixture f) : IClassFixture<FullComparisonFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_stored_run_reads_back_as_the_same_events_with_the_same_stream_hash()
    {
        foreach (var model in f.Request.Models)
        {
            var live = CampaignEngine.Run(f.Request.Scenario, model, f.Request.SeedFor(2), ScenarioHash.Compute(f.Request.Scenario)).Events;
            var stored = await f.Store.ReadRunEventsAsync(RunIds.Run(FullComparisonFixture.Id, model, 2), Ct);
            Assert.Equal(live.Select(EventJson.Serialize), stored.Select(EventJson.Serialize));
            Assert.Equal(EventJson.StreamHash(live), EventJson.StreamHash(stored));
        }
    }

    [Fact]
    public async Task stored_event_data_is_the_engines_canonical_json()
    {
        var model = f.Request.Models[1];
        var live = CampaignEngine.Run(f.Request.Scenario, model, f.Request.SeedFor(0), ScenarioHash.Compute(f.Request.Scenario)).Events;
        var runId = RunIds.Run(FullComparisonFixture.Id, model, 0);
        var stored = RunStreams.Stored(live);
        var differing = 0L;
        var checkedEvents = 0;
        for (var i = 0; i < stored.Length; i += 7)
        {
            if (stored[i] is not CampaignEvent e) continue;
            checkedEvents++;
            differing += await f.ScalarAsync<long>(
                "select count(*) from campaignsim.mt_events where stream_id = $1 and version = $2 and data || jsonb_build_object('type', type) <> $3::jsonb",
                runId, (long)i + 1, EventJson.Serialize(e));
        }
        Assert.Equal(0, differing);
        Assert.True(checkedEvents > 10, $"only {checkedEvents} engine events checked");
        Assert.Equal(stored.Length, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events where stream_id = $1", runId));
    }

    [Fact]
    public async Task the_weeks_one_on_ones_are_stored_as_one_event_and_read_back_one_by_one()
    {
        var model = f.Request.Models[2];
        var live = CampaignEngine.Run(f.Request.Scenario, model, f.Request.SeedFor(3), ScenarioHash.Compute(f.Request.Scenario)).Events;
        var runId = RunIds.Run(FullComparisonFixture.Id, model, 3);
        var conversations = live.Count(e => e is OneOnOneHeld);
        Assert.True(conversations > 50, $"only {conversations} one-on-ones in the run");

        var rows = await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events where stream_id = $1", runId);
        var packed = await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events where stream_id = $1 and type = 'conversations-held'", runId);
        var lone = await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events where stream_id = $1 and type = 'one-on-one-held'", runId);
        var inPacks = await f.ScalarAsync<long>(
            "select coalesce(sum(jsonb_array_length(data -> 'workers')), 0) from campaignsim.mt_events where stream_id = $1 and type = 'conversations-held'", runId);
        var read = await f.Store.ReadRunEventsAsync(runId, Ct);

        Assert.True(packed > 0, "no week's one-on-ones were stored together");
        Assert.Equal(conversations, inPacks + lone);
        Assert.Equal(live.Count - conversations + packed + lone, rows);
        Assert.Equal(live.Select(EventJson.Serialize), read.Select(EventJson.Serialize));
    }

    [Fact]
    public async Task a_workforce_is_stored_as_a_reference_and_read_back_as_the_engine_drew_it()
    {
        var model = f.Request.Models[2];
        var live = CampaignEngine.Run(f.Request.Scenario, model, f.Request.SeedFor(1), ScenarioHash.Compute(f.Request.Scenario)).Events;
        var runId = RunIds.Run(FullComparisonFixture.Id, model, 1);
        var index = live.ToList().FindIndex(e => e is WorkforceAssembled);
        var storedIndex = Array.FindIndex(RunStreams.Stored(live), e => e is WorkforceReference);

        var stored = await f.ScalarAsync<string>("select data::text from campaignsim.mt_events where stream_id = $1 and version = $2 and type = 'workforce-derived'", runId, (long)storedIndex + 1);
        var read = await f.Store.ReadRunEventsAsync(runId, Ct);

        Assert.Contains("\"hash\"", stored);
        Assert.True(stored.Length < 200, stored);
        Assert.Equal(EventJson.Serialize(live[index]), EventJson.Serialize(read[index]));
        Assert.Equal(EventJson.StreamHash(live), EventJson.StreamHash(read));
    }

    [Fact]
    public async Task every_run_has_exactly_one_stream_under_its_deterministic_id()
    {
        Assert.Equal(f.Request.Models.Count * f.Request.Replications, Small.ExpectedRuns(f.Request));
        var expected = f.Request.Models.SelectMany(m => Enumerable.Range(0, f.Request.Replications).Select(r => RunIds.Run(FullComparisonFixture.Id, m, r))).ToArray();
        Assert.Equal(expected.Length, await f.RunStreamCountAsync(FullComparisonFixture.Id));
        Assert.Equal(expected.Length, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_streams where id = any($1)", (object)expected));
        Assert.Equal(expected.Length, await f.RecordedCountAsync(FullComparisonFixture.Id));
    }

    [Fact]
    public async Task run_outcome_and_timeline_documents_equal_the_in_memory_run()
    {
        foreach (var model in f.Request.Models)
            for (var r = 0; r < f.Request.Replications; r++)
            {
                var live = CampaignEngine.Run(f.Request.Scenario, model, f.Request.SeedFor(r), ScenarioHash.Compute(f.Request.Scenario));
                var runId = RunIds.Run(FullComparisonFixture.Id, model, r);
                var outcome = await f.Store.GetRunOutcomeAsync(runId, Ct);
                var timeline = await f.Store.GetRunTimelineAsync(runId, Ct);
                Assert.NotNull(outcome);
                Assert.NotNull(timeline);
                Assert.Equal(Small.Json(live.Outcome), Small.Json(outcome.Outcome));
                Assert.Equal(Small.Json(CampaignSim.Domain.Outcomes.CampaignTimeline.From(live.State)), Small.Json(timeline.Timeline));
                Assert.Equal((FullComparisonFixture.Id, model, r, f.Request.SeedFor(r), live.Events.Count, EventJson.StreamHash(live.Events), true),
                    (outcome.Comparison, outcome.ModelId, outcome.Replication, outcome.Seed, outcome.EventCount, outcome.StreamHash, outcome.StreamStored));
            }
    }

    [Fact]
    public async Task the_stored_comparison_reports_exactly_the_in_memory_comparison()
    {
        Assert.Equal(Small.Json(f.InMemory), Small.Json(f.Stored));
        Assert.Equal(Small.Json(f.InMemory), Small.Json(await f.Store.ReplayComparisonAsync(FullComparisonFixture.Id, Ct)));
    }

    [Fact]
    public async Task the_comparison_summary_document_holds_the_in_memory_distributions()
    {
        var summary = await f.Store.GetComparisonSummaryAsync(FullComparisonFixture.Id, Ct);
        Assert.NotNull(summary);
        var expected = ComparisonSummary.From(summary.Id, FullComparisonFixture.Id, EngineInfo.Version, f.Request.Models.Count * f.Request.Replications, f.InMemory);
        Assert.Equal(Small.Json(expected), Small.Json(summary));
        Assert.Equal(f.InMemory.Models[0]["wageChangePct"], summary.Models[0].Outcomes.First(o => o.Key == "wageChangePct").Value);
    }

    [Fact]
    public async Task a_run_replayed_from_its_stored_events_gives_its_outcome()
    {
        var model = f.Request.Models[2];
        var runId = RunIds.Run(FullComparisonFixture.Id, model, 3);
        var replay = await f.Store.ReplayRunAsync(runId, Ct);
        Assert.Equal(Small.Json(await f.Store.GetRunOutcomeAsync(runId, Ct)), Small.Json(replay.Outcome));
        Assert.Equal(Small.Json(await f.Store.GetRunTimelineAsync(runId, Ct)), Small.Json(replay.Timeline));
    }

    [Fact]
    public async Task rebuilding_the_projections_from_the_events_gives_identical_documents()
    {
        const string documents =
            "select string_agg(id::text || data::text, E'\\n' order by kind, id) from (" +
            " select 1 as kind, id, data from campaignsim.mt_doc_runoutcome union all" +
            " select 2, id, data from campaignsim.mt_doc_runtimeline union all" +
            " select 3, id, data from campaignsim.mt_doc_comparisonsummary) d";
        var before = await f.ScalarAsync<string>(documents);
        await f.ExecuteAsync("delete from campaignsim.mt_doc_runoutcome; delete from campaignsim.mt_doc_runtimeline; delete from campaignsim.mt_doc_comparisonsummary");
        await f.Store.RebuildProjectionsAsync(Ct);
        Assert.Equal(before, await f.ScalarAsync<string>(documents));
    }

    [Fact]
    public async Task running_a_finished_comparison_again_reads_it_and_adds_nothing()
    {
        var events = await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events");
        var again = await f.Store.RunComparisonAsync(f.Request, FullComparisonFixture.Id, StorageMode.Full, cancellationToken: Ct);
        Assert.Equal(Small.Json(f.InMemory), Small.Json(again));
        Assert.Equal(events, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events"));
    }

    [Fact]
    public async Task an_id_reused_with_other_parameters_is_refused_and_nothing_changes()
    {
        var events = await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events");
        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            f.Store.RunComparisonAsync(f.Request with { Replications = 5 }, FullComparisonFixture.Id, StorageMode.Full, cancellationToken: Ct));
        Assert.Contains("already exists", e.Message);
        Assert.Contains("replications (4)", e.Message);
        Assert.Equal(events, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events"));
    }
}
