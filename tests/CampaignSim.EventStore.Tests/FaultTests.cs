using System.Net;
using System.Net.Sockets;
using CampaignSim.Domain.Events;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

public sealed class FaultTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private NpgsqlConnectionStringBuilder Server => new(f.ConnectionString);

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task an_unreachable_server_is_named_by_host_port_and_database_without_the_password()
    {
        var port = UnusedPort();
        var cs = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Database = "campaigns_here", Username = "organizer", Password = "s3cret-Pa55" };

        // Not tried again (a server that is not there is retried for OutageTolerance, FirstConnectionTests).
        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            CampaignStore.ConnectAsync(cs.ConnectionString, new CampaignStoreOptions { OutageTolerance = TimeSpan.Zero }, Ct));

        Assert.Contains($"127.0.0.1:{port}", e.Message);
        Assert.Contains("campaigns_here", e.Message);
        Assert.StartsWith("Cannot reach", e.Message);
        Assert.DoesNotContain("s3cret-Pa55", e.ToString());
    }

    [Fact]
    public async Task a_refused_login_names_host_port_database_and_user_without_the_password()
    {
        var cs = Server;
        cs.Username = "no_such_organizer";
        cs.Password = "s3cret-Pa55";

        var e = await Assert.ThrowsAsync<EventStoreException>(() => CampaignStore.ConnectAsync(cs.ConnectionString, cancellationToken: Ct));

        Assert.Contains($"{cs.Host}:{cs.Port}", e.Message);
        Assert.Contains(cs.Database!, e.Message);
        Assert.Contains("refused the login of user \"no_such_organizer\"", e.Message);
        Assert.DoesNotContain("s3cret-Pa55", e.ToString());
    }

    [Fact]
    public async Task a_missing_database_is_named()
    {
        var cs = Server;
        cs.Database = "no_such_campaigns";

        var e = await Assert.ThrowsAsync<EventStoreException>(() => CampaignStore.ConnectAsync(cs.ConnectionString, cancellationToken: Ct));

        Assert.Contains($"{cs.Host}:{cs.Port}, database \"no_such_campaigns\"", e.Message);
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public async Task a_malformed_connection_string_is_refused_before_connecting()
    {
        var e = await Assert.ThrowsAsync<EventStoreException>(() => CampaignStore.ConnectAsync("Hots=x;Password=s3cret-Pa55", cancellationToken: Ct));
        Assert.Contains("not valid", e.Message);
        Assert.DoesNotContain("s3cret-Pa55", e.Message);
    }

    [Fact]
    public async Task a_failed_start_leaves_no_partial_comparison()
    {
        var id = RunIds.Comparison("occupied");
        await using (var session = f.Store.Documents.LightweightSession())
        {
            session.Events.StartStream(id, new CampaignEnded(0));
            await session.SaveChangesAsync(Ct);
        }

        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            f.Store.RunComparisonAsync(Small.Request(replications: 2), "occupied", StorageMode.Full, cancellationToken: Ct));

        Assert.Contains("nothing was written", e.Message);
        Assert.Equal(1L, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events where stream_id = $1", id));
        Assert.Equal(0L, await f.RunStreamCountAsync("occupied"));
        Assert.Equal(0L, await f.ScalarAsync<long>(
            "select count(*) from campaignsim.wolverine_incoming_envelopes where position($1 in body) > 0", System.Text.Encoding.UTF8.GetBytes(id.ToString())));
        Assert.Null(await f.Store.GetComparisonStatusAsync("occupied", Ct));
    }

    [Fact]
    public async Task a_bad_request_is_refused_before_anything_is_written()
    {
        var events = await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events");

        var unknown = await Assert.ThrowsAsync<EventStoreException>(() =>
            f.Store.RunComparisonAsync(Small.Request(models: ["business-unionism", "syndicalism"]), "bad", StorageMode.Full, cancellationToken: Ct));
        var blank = await Assert.ThrowsAsync<EventStoreException>(() =>
            f.Store.RunComparisonAsync(Small.Request(), " ", StorageMode.Full, cancellationToken: Ct));

        Assert.Contains("syndicalism", unknown.Message);
        Assert.Contains("comparison id", blank.Message);
        Assert.Equal(events, await f.ScalarAsync<long>("select count(*) from campaignsim.mt_events"));
    }

    /// <summary>A dead letter as Wolverine writes it: a binary envelope (here bytes that are not UTF-8) around the message's JSON.</summary>
    private Task AddDeadLetterAsync(Guid comparison, string exceptionType, string message) => f.ExecuteAsync(
        "insert into campaignsim.wolverine_dead_letters (id, body, message_type, received_at, exception_type, exception_message, replayable) " +
        "values ($1, $2, 'run-block', 'test', $3, $4, false)",
        Guid.NewGuid(), (byte[])[0xa9, 0xff, 0x80, .. System.Text.Encoding.UTF8.GetBytes($"{{\"comparison\":\"{comparison}\"}}"), 0xc3], exceptionType, message);

    [Fact]
    public async Task dead_letters_whose_envelope_is_not_text_neither_break_other_comparisons_nor_hide_their_own_failure()
    {
        await AddDeadLetterAsync(Guid.NewGuid(), "System.InvalidOperationException", "another comparison's run");

        var request = Small.Request(replications: 2);
        await f.Store.RunComparisonAsync(request, "beside-a-dead-letter", StorageMode.OutcomesOnly, cancellationToken: Ct);
        Assert.Equal(Small.ExpectedRuns(request), await f.RecordedCountAsync("beside-a-dead-letter"));

        var failing = RunIds.Comparison("failing");
        await AddDeadLetterAsync(failing, "System.InvalidOperationException", "boom");
        await using var db = NpgsqlDataSource.Create(f.ConnectionString);
        Assert.Equal(("System.InvalidOperationException", "a run failed (System.InvalidOperationException: boom)."),
            await Hosting.DeadLetters.FirstFailureAsync(db, "campaignsim", failing, Ct));
    }
}
