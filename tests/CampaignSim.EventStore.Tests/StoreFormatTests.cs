using System.IO.Compression;
using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Runs;
using Marten;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// A database written by the build before blocks (store format 1, one <c>run-recorded</c> event per run on the
/// comparison's stream): Fixtures/store-format-1.sql.gz is a dump of one, made by that build, holding a finished
/// comparison (<c>old-finished</c>: 2 models × 3 runs, the first of each kept) and an unfinished one
/// (<c>old-unfinished</c>). The finished one reads, verifies and summarises as before; the unfinished one is refused
/// with a message naming its format. Its runs, recorded by engine 2.2.0, are read as stored and, since this engine
/// differs, verification says so.
/// </summary>
public sealed class StoreFormatTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_finished_comparison_recorded_run_by_run_is_read_verified_and_listed_as_before()
    {
        await using var store = await RestoredAsync();
        var started = await StartedAsync(store, "old-finished");
        Assert.Equal(StoreFormat.RunByRun, StoreFormat.Of(started));

        // The replay reads what the old build stored, not what today's engine would simulate: it must give the figures
        // pinned in Fixtures/store-format-1.finished.json, which matched the in-memory run of the engine that wrote the
        // dump (2.2.0) until a newer engine replaced it.
        var result = await store.ReplayComparisonAsync("old-finished", Ct);
        Assert.Equal("2.2.0", started.EngineVersion);
        var replayed = Small.Json(result);
        if (Environment.GetEnvironmentVariable("CAMPAIGNSIM_WRITE_FIXTURES") == "1")
            await File.WriteAllTextAsync(Path.Combine(SourceFixtures(), "store-format-1.finished.json"), replayed, Ct);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-format-1.finished.json"), Ct), replayed);

        var status = await store.GetComparisonStatusAsync("old-finished", Ct);
        Assert.Equal((6, 6, 2, true), (status!.ExpectedRuns, status.RecordedRuns, status.StreamsStored, status.Completed));
        Assert.Equal(6, (await store.GetRunOutcomesAsync("old-finished", Ct)).Count);
        Assert.NotNull(await store.GetComparisonSummaryAsync("old-finished", Ct));
        // Verifying re-simulates a run: the engine that recorded these is not this one, so each run is found and said to
        // come from another engine rather than verified or refused as a mismatch.
        foreach (var model in started.Models)
            for (var r = 0; r < started.Replications; r++)
                Assert.Equal(VerificationStatus.EngineVersionDiffers, (await store.VerifyRunAsync("old-finished", model, r, Ct)).Status);
        // Found by its run id alone, as `verify --run` finds it.
        Assert.Equal(VerificationStatus.EngineVersionDiffers, (await store.VerifyRunAsync(RunIds.Run("old-finished", started.Models[1], 2), Ct)).Status);
        Assert.NotNull(await store.GetRunOutcomeAsync(RunIds.Run("old-finished", started.Models[1], 2), Ct));
    }

    [Fact]
    public async Task an_unfinished_comparison_recorded_run_by_run_is_refused_with_its_format_named()
    {
        await using var store = await RestoredAsync();
        var started = await StartedAsync(store, "old-unfinished");
        var storage = started.KeptReplications >= started.Replications ? StorageMode.Full : StorageMode.Sample(started.KeptReplications);

        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            store.RunComparisonAsync(started.ToRequest(), "old-unfinished", storage, cancellationToken: Ct));

        Assert.Contains("'old-unfinished' is unfinished and was recorded in store format 1", e.Message);
        Assert.Contains($"this build records runs in blocks (store format {StoreFormat.Current})", e.Message);
        Assert.False((await store.GetComparisonStatusAsync("old-unfinished", Ct))!.Completed);
    }

    /// <summary>The test project's own Fixtures folder (where the fixtures are written from).</summary>
    private static string SourceFixtures()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CampaignSim.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("CampaignSim.sln not found above the test binaries"),
            "tests", "CampaignSim.EventStore.Tests", "Fixtures");
    }

    /// <summary>A new database restored from the dump, and a store on it.</summary>
    private async Task<CampaignStore> RestoredAsync()
    {
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-format-1.sql.gz");
        string sql;
        await using (var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
            sql = await reader.ReadToEndAsync(Ct);
        await using (var connection = new NpgsqlConnection(db))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        return await CampaignStore.ConnectAsync(db, cancellationToken: Ct);
    }

    private static async Task<ComparisonStarted> StartedAsync(CampaignStore store, string name)
    {
        await using var session = store.Documents.QuerySession();
        return (await session.LoadAsync<Comparison>(RunIds.Comparison(name), Ct))!.Started;
    }
}
