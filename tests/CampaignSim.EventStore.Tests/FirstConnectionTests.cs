using System.Diagnostics;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// The first connection of a store: it waits as long as the connection string's own <c>Timeout</c> says (5 s when it
/// says nothing), it is tried again while the server cannot be reached, as a lost connection is, and its message reads
/// as one sentence.
/// </summary>
public sealed class FirstConnectionTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FlakyProxy Proxy()
    {
        var server = new NpgsqlConnectionStringBuilder(f.ConnectionString);
        return new FlakyProxy(server.Host!, server.Port);
    }

    private NpgsqlConnectionStringBuilder Through(FlakyProxy proxy) =>
        new(f.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };

    [Fact]
    public async Task a_server_slow_to_answer_is_waited_for_as_long_as_the_connection_strings_timeout_says()
    {
        await using var proxy = Proxy();
        proxy.HoldNext(1, TimeSpan.FromSeconds(7));
        var cs = Through(proxy);
        cs.Timeout = 15;

        // No retry: the one attempt must wait the 7 s itself.
        await using var store = await CampaignStore.ConnectAsync(cs.ConnectionString, new CampaignStoreOptions { OutageTolerance = TimeSpan.Zero }, Ct);

        Assert.Empty(await store.ListComparisonsAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task without_a_timeout_of_its_own_one_attempt_waits_5_s_and_the_message_is_one_sentence()
    {
        await using var proxy = Proxy();
        proxy.HoldNext(1, TimeSpan.FromSeconds(20));
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            CampaignStore.ConnectAsync(Through(proxy).ConnectionString, new CampaignStoreOptions { OutageTolerance = TimeSpan.Zero }, Ct));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(12));
        Assert.StartsWith($"Cannot reach PostgreSQL at 127.0.0.1:{proxy.Port}", e.Message);
        // Whichever step of the handshake the wait ran out in, the message tells the wait.
        Assert.Contains(": no answer within 5 s, the connection attempt timed out. Is the server running and listening there?", e.Message);
        Assert.DoesNotContain("..", e.Message);
    }

    [Fact]
    public async Task a_server_that_is_not_there_yet_is_tried_again_and_each_retry_is_told()
    {
        await using var proxy = Proxy();
        var outage = proxy.FailForAsync(TimeSpan.FromSeconds(2));
        var retries = new List<string>();
        var options = new CampaignStoreOptions { OnRetry = message => { lock (retries) retries.Add(message); } };

        await using var store = await CampaignStore.ConnectAsync(Through(proxy).ConnectionString, options, Ct);
        await outage;

        Assert.Empty(await store.ListComparisonsAsync(cancellationToken: Ct));
        Assert.Contains(retries, r => r.StartsWith($"cannot reach PostgreSQL at 127.0.0.1:{proxy.Port}", StringComparison.Ordinal)
            && r.EndsWith("; trying again in 0.5 s, for up to 30 s.", StringComparison.Ordinal));
        Assert.Equal($"reached PostgreSQL at 127.0.0.1:{proxy.Port}, database \"{Through(proxy).Database}\"; carrying on.", retries[^1]);
    }

    [Fact]
    public async Task a_refused_login_is_not_tried_again()
    {
        var cs = new NpgsqlConnectionStringBuilder(f.ConnectionString) { Username = "no_such_organizer", Password = "s3cret-Pa55" };
        var retries = new List<string>();
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<EventStoreException>(() =>
            CampaignStore.ConnectAsync(cs.ConnectionString, new CampaignStoreOptions { OnRetry = retries.Add }, Ct));

        Assert.Contains("refused the login", e.Message);
        Assert.Empty(retries);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }
}
