using System.IO.Compression;
using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.Comparisons;
using Marten;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// A database written by the build before blocks (store format 1, one <c>run-recorded</c> event per run on the
/// comparison's stream): Fixtures/store-format-1.sql.gz is a dump of one, made by that build, holding a finished
/// comparison (<c>old-finished</c>: 2 models × 3 runs, the first of each kept) and an unfinished one
/// (<c>old-unfinished</c>). The finished one reads, verifies and summarises as before; the unfinished one is refused
/// with a message naming its format.
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

        var result = await store.ReplayComparisonAsync("old-finished", Ct);
        var expected = ComparisonRunner.Run(started.ToRequest() with { HashStreams = true }, cancellationToken: Ct);
        Assert.Equal(Small.Json(Small.Kept(expected, started.KeptReplications)), Small.Json(result));

        var status = await store.GetComparisonStatusAsync("old-finished", Ct);
        Assert.Equal((6, 6, 2, true), (status!.ExpectedRuns, status.RecordedRuns, status.StreamsStored, status.Completed));
        Assert.Equal(6, (await store.GetRunOutcomesAsync("old-finished", Ct)).Count);
        Assert.NotNull(await store.GetComparisonSummaryAsync("old-finished", Ct));
        foreach (var model in started.Models)
            for (var r = 0; r < started.Replications; r++)
                Assert.True((await store.VerifyRunAsync("old-finished", model, r, Ct)).IsVerified, $"{model} {r}");
        // Found by its run id alone, as `verify --run` finds it.
        Assert.True((await store.VerifyRunAsync(RunIds.Run("old-finished", started.Models[1], 2), Ct)).IsVerified);
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
