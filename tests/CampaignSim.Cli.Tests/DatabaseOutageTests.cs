using CampaignSim.Testing;
using System.Diagnostics;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// Fault injection: the database server is stopped as a crash would stop it (<c>pg_ctl -m immediate</c>) while a
/// comparison runs through it, here or on a worker process, and started again on the same port 1, 3 or 10 seconds
/// later. Every trial ends, by finishing or by exit 2, within the retry window, and nothing is lost or recorded
/// twice: every run is recorded once with its stream and read models, and the files equal the in-memory ones.
/// </summary>
[Trait("Stage", "FaultInjection")]
public sealed class DatabaseOutageTests(OutageServer server) : IClassFixture<OutageServer>
{
    private const int Runs = 40;
    private const int Models = 3;
    private const long Expected = Models * Runs;

    /// <summary>How long a comparison retries a lost connection (CampaignStoreOptions.OutageTolerance).</summary>
    private static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(30);

    /// <summary>Time left for the runs still to do once the server is back, on a busy machine.</summary>
    private static readonly TimeSpan RemainingWork = TimeSpan.FromSeconds(45);

    private static readonly string[] Compare = ["compare", "nonunion-diner", "--runs", "40", "--seed", "907", "--out"];

    private static readonly Lazy<(byte[] Runs, byte[] Summary)> InMemory = new(() =>
    {
        using var temp = new TempFolder();
        var memory = Cli.Run(temp.Path, [.. Compare, "memory"]);
        Assert.True(memory.ExitCode == 0, memory.ToString());
        return (File.ReadAllBytes(temp["memory/runs.csv"]), File.ReadAllBytes(temp["memory/summary.json"]));
    });

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public Task a_comparison_through_the_database_outlives_a_server_stopped_for(int seconds) => TrialAsync(seconds, distributed: false);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public Task a_distributed_comparison_and_its_worker_outlive_a_server_stopped_for(int seconds) => TrialAsync(seconds, distributed: true);

    private async Task TrialAsync(int seconds, bool distributed)
    {
        using var temp = new TempFolder();
        var db = await server.CreateDatabaseAsync();
        string[] command = [.. Compare, "stored", "--db", db, "--store", "full", .. distributed ? ["--distributed"] : Array.Empty<string>()];
        using var worker = distributed ? new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1") : null;
        Assert.True(worker?.WaitForStderr("taking runs", TimeSpan.FromMinutes(2)) ?? true, worker?.ToString());

        using (var coordinator = new RunningCli(temp.Path, command))
        {
            Assert.True(await DatabaseQueries.WaitForRecordedAsync(db, Expected / 4, TimeSpan.FromMinutes(2)), coordinator.ToString());
            Assert.False(coordinator.Process.HasExited, "the comparison finished before the outage\n" + coordinator);
            server.Crash();
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            server.Resume();
            var back = Stopwatch.StartNew();

            var exit = coordinator.WaitForExit(RetryWindow + RemainingWork);
            Assert.True(exit is 0 or 2, coordinator.ToString());
            Assert.True(back.Elapsed < RetryWindow + RemainingWork, coordinator.ToString());
            Assert.Contains("lost the connection", coordinator.Stderr);
            Assert.DoesNotContain("   at ", coordinator.Stderr);
            if (exit == 2)
            {
                // Given up on: the recorded runs are kept and the same command finishes the comparison.
                var again = Cli.Run(temp.Path, command);
                Assert.True(again.ExitCode == 0, again.ToString());
            }
        }

        Assert.Equal(InMemory.Value.Runs, File.ReadAllBytes(temp["stored/runs.csv"]));
        Assert.Equal(InMemory.Value.Summary, File.ReadAllBytes(temp["stored/summary.json"]));
        Assert.Equal(Expected, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Count));
        Assert.Equal(Expected, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Distinct));
        Assert.Equal(Expected, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_events where type = 'campaign-started'"));
        Assert.Equal(Expected, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_doc_runoutcome"));
        Assert.Equal(Expected, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_doc_runtimeline"));
        if (worker is not null)
        {
            Assert.True(worker.Stop() == 143, worker.ToString());
        }
    }
}
