namespace CampaignSim.EventStore.Tests;

public sealed class SchemaMarkTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<long> TimelineTablesAsync() => f.ScalarAsync<long>(
        "select count(*) from pg_catalog.pg_tables where schemaname = 'campaignsim' and tablename = 'mt_doc_runtimeline'");

    [Fact]
    public async Task a_process_of_the_build_that_last_checked_the_schema_starts_without_checking_it_again_and_another_build_checks_it()
    {
        Assert.Equal(Hosting.SchemaMark.Build, await f.ScalarAsync<string>("select build from campaignsim.campaignsim_schema where id = 1"));

        // A table missing behind the mark's back stays missing for the same build: nothing compared the schema.
        await f.ExecuteAsync("drop table campaignsim.mt_doc_runtimeline");
        await using (var same = await CampaignStore.ConnectAsync(f.ConnectionString, cancellationToken: Ct))
        {
            Assert.Equal(0L, await TimelineTablesAsync());
        }

        // A mark of another build (an older worker, a newer release) makes the next process check and repair it.
        await f.ExecuteAsync("update campaignsim.campaignsim_schema set build = 'another build'");
        await using (var other = await CampaignStore.ConnectAsync(f.ConnectionString, cancellationToken: Ct))
        {
            Assert.Equal(1L, await TimelineTablesAsync());
            Assert.Equal(Hosting.SchemaMark.Build, await f.ScalarAsync<string>("select build from campaignsim.campaignsim_schema where id = 1"));
            await other.RunComparisonAsync(Small.Request(replications: 2), "after-the-check", StorageMode.Full, cancellationToken: Ct);
            Assert.Equal(Small.ExpectedRuns(Small.Request(replications: 2)), await f.RecordedCountAsync("after-the-check"));
        }
    }
}
