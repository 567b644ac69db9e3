using CampaignSim.Testing;
using Npgsql;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// Distributed comparisons against a real PostgreSQL: the coordinator only queues run blocks; separate worker
/// processes take them from the shared queue, and the results equal the in-memory ones byte for byte.
/// </summary>
public sealed class DistributedTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task three_workers_share_a_sweep_and_a_sensitivity_screening_whose_results_equal_the_in_memory_ones_byte_for_byte()
    {
        using var temp = new TempFolder();
        // A database of its own: the jobs it lists and the workers it counts are this test's alone.
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        string[] sweep = ["sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.3:0.7:0.2", "--runs", "12", "--seed", "3"];
        string[] sensitivity = ["sensitivity", "nonunion-diner", "--trajectories", "2", "--runs", "3", "--seed", "5"];
        var workers = Enumerable.Range(0, 3).Select(_ => new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1")).ToArray();
        try
        {
            Assert.All(workers, w => Assert.True(w.WaitForStderr("taking runs", Patience), w.ToString()));
            var distributed = Cli.Run(temp.Path, [.. sweep, "--db", db, "--store", "outcomes", "--distributed", "--out", "distributed"]);
            var jobs = Cli.Run(temp.Path, "jobs", "--db", db);
            var memory = Cli.Run(temp.Path, [.. sweep, "--out", "memory"]);
            var screenedByWorkers = Cli.Run(temp.Path, [.. sensitivity, "--db", db, "--store", "outcomes", "--distributed"]);
            var screenedHere = Cli.Run(temp.Path, sensitivity);

            Assert.True(distributed.ExitCode == 0, distributed.ToString());
            Assert.Equal(0, memory.ExitCode);
            Assert.Equal(File.ReadAllBytes(temp["memory/sweep.csv"]), File.ReadAllBytes(temp["distributed/sweep.csv"]));
            Assert.Equal(File.ReadAllBytes(temp["memory/sweep-runs.csv"]), File.ReadAllBytes(temp["distributed/sweep-runs.csv"]));
            Assert.Equal(Table(memory.Stdout), Table(distributed.Stdout));
            Assert.True(screenedByWorkers.ExitCode == 0, screenedByWorkers.ToString());
            Assert.Equal(screenedHere.Stdout, screenedByWorkers.Stdout);
            // Every point of the screening was a distributed comparison in the database, beside the sweep's three.
            Assert.True(await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_events where type = 'comparison-started' and (data ->> 'shared')::boolean") > 3);
            Assert.Contains("Workers alive: 3 (3 on engine", jobs.Stdout);
            Assert.Equal(3, jobs.Stdout.Split('\n').Count(l => l.Contains(" done ", StringComparison.Ordinal) && l.Contains("distributed", StringComparison.Ordinal)));
        }
        finally
        {
            Assert.All(workers, w => Assert.Equal(143, w.Stop()));
            Assert.All(workers, w => Assert.Contains("stopped by SIGTERM", w.Stderr));
            foreach (var w in workers)
            {
                w.Dispose();
            }
        }
    }

    [Fact]
    public async Task two_workers_share_the_plausible_worlds_of_a_robust_comparison_whose_files_equal_the_in_memory_ones_byte_for_byte()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        temp.Write("worlds.json", WorldsTests.ThreeWorlds);
        string[] compare = ["compare", "nonunion-diner", "--runs", "6", "--seed", "4", "--worlds", "3", "--worlds-file", "worlds.json"];
        var workers = Enumerable.Range(0, 2).Select(_ => new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1")).ToArray();
        try
        {
            Assert.All(workers, w => Assert.True(w.WaitForStderr("taking runs", Patience), w.ToString()));
            var distributed = Cli.Run(temp.Path, [.. compare, "--db", db, "--store", "outcomes", "--distributed", "--out", "distributed"]);
            var memory = Cli.Run(temp.Path, [.. compare, "--out", "memory"]);

            Assert.True(distributed.ExitCode == 0, distributed.ToString());
            Assert.True(memory.ExitCode == 0, memory.ToString());
            foreach (var name in new[] { "summary.json", "runs.csv", "weekly.csv" })
            {
                Assert.Equal(File.ReadAllBytes(temp[$"memory/{name}"]), File.ReadAllBytes(temp[$"distributed/{name}"]));
            }

            Assert.Contains(memory.Stdout.Split('\n')[0], distributed.Stdout);
        }
        finally
        {
            Assert.All(workers, w => Assert.Equal(143, w.Stop()));
            foreach (var w in workers)
            {
                w.Dispose();
            }
        }
    }

    [Fact]
    public async Task two_workers_share_a_calibration_and_the_waves_of_a_history_match_whose_output_equals_the_in_memory_one()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        string[] calibrate = ["calibrate", "--runs", "10", "--seed", "5"];
        string[] worlds = ["calibrate", "--worlds", "10", "--waves", "2", "--runs", "2", "--seed", "3", "--out"];
        var workers = Enumerable.Range(0, 2).Select(_ => new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1")).ToArray();
        try
        {
            Assert.All(workers, w => Assert.True(w.WaitForStderr("taking runs", Patience), w.ToString()));
            var calibratedByWorkers = Cli.Run(temp.Path, [.. calibrate, "--db", db, "--distributed"]);
            var calibratedHere = Cli.Run(temp.Path, calibrate);
            var matchedByWorkers = Cli.Run(temp.Path, [.. worlds, "distributed", "--db", db, "--distributed"]);
            var matchedHere = Cli.Run(temp.Path, [.. worlds, "memory"]);

            Assert.True(calibratedByWorkers.ExitCode == 0, calibratedByWorkers.ToString());
            Assert.Equal(calibratedHere.Stdout, calibratedByWorkers.Stdout);
            Assert.True(matchedByWorkers.ExitCode == 0, matchedByWorkers.ToString());
            Assert.Equal(File.ReadAllBytes(temp["memory/worlds.json"]), File.ReadAllBytes(temp["distributed/worlds.json"]));
            Assert.Equal(matchedHere.Stdout.Replace("memory/", "distributed/", StringComparison.Ordinal), matchedByWorkers.Stdout);
            // The calibration and each wave (and the kept worlds' validation, if any were kept) were queued for the workers.
            var waves = matchedHere.Stdout.Split('\n').Count(l => l.StartsWith("Wave ", StringComparison.Ordinal));
            var validated = matchedHere.Stdout.Contains("plausible worlds;", StringComparison.Ordinal) ? 1 : 0;
            Assert.InRange(waves, 1, 2);
            Assert.Equal(1L + waves + validated, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_doc_storedcalibration where (data ->> 'shared')::boolean"));
            Assert.Equal(0L, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_doc_storedcalibration where not (data ->> 'shared')::boolean"));
            var jobs = Cli.Run(temp.Path, "jobs", "--db", db);
            Assert.Equal(1 + waves + validated, jobs.Stdout.Split('\n').Count(l => l.Contains(" done ", StringComparison.Ordinal) && l.Contains("distributed", StringComparison.Ordinal)));
            Assert.Contains(jobs.Stdout.Split('\n'), l => l.Contains(" 10/10 ", StringComparison.Ordinal) && l.Contains(" 1 ", StringComparison.Ordinal));
        }
        finally
        {
            Assert.All(workers, w => Assert.Equal(143, w.Stop()));
            foreach (var w in workers)
            {
                w.Dispose();
            }
        }
    }

    [Fact]
    public async Task a_worker_killed_mid_block_leaves_its_block_to_another_and_every_run_is_recorded_once()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        string[] compare = ["compare", "nonunion-diner", "--runs", "30", "--seed", "41", "--out"];
        using var survivor = new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1");
        using var victim = new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1");
        using var coordinator = new RunningCli(temp.Path, [.. compare, "distributed", "--db", db, "--store", "full", "--distributed"]);

        // Killed while it holds blocks: once some runs are recorded and before all are.
        Assert.True(await DatabaseQueries.WaitForRecordedAsync(db, 5, Patience), coordinator.ToString());
        victim.Process.Kill();
        victim.Process.WaitForExit();

        Assert.True(coordinator.WaitForExit(Patience) == 0, coordinator.ToString());
        var memory = Cli.Run(temp.Path, [.. compare, "memory"]);
        Assert.Equal(File.ReadAllBytes(temp["memory/runs.csv"]), File.ReadAllBytes(temp["distributed/runs.csv"]));
        Assert.Equal(File.ReadAllBytes(temp["memory/summary.json"]), File.ReadAllBytes(temp["distributed/summary.json"]));

        const long runs = 3 * 30;
        Assert.Equal(runs, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Count));
        Assert.Equal(runs, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Distinct));
        Assert.Equal(runs, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_streams where type = 'run_outcome'"));
        Assert.Equal(runs, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_events where type = 'campaign-started'"));
        Assert.Equal(runs, await DatabaseQueries.ScalarAsync(db, "select count(*) from campaignsim.mt_doc_runoutcome"));
        Assert.Equal(143, survivor.Stop());
    }

    [Fact]
    public async Task a_job_started_with_no_worker_waits_and_completes_once_a_worker_starts()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        string[] compare = ["compare", "nonunion-diner", "--runs", "15", "--seed", "61", "--out"];
        using var coordinator = new RunningCli(temp.Path, [.. compare, "distributed", "--db", db, "--store", "sample:2", "--distributed"]);
        Assert.True(coordinator.WaitForStderr("no worker of engine", Patience), coordinator.ToString());
        Thread.Sleep(1000);
        Assert.Equal(0L, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Count));
        Assert.False(coordinator.Process.HasExited);

        using var worker = new RunningCli(temp.Path, "worker", "--db", db);

        Assert.True(coordinator.WaitForExit(Patience) == 0, coordinator.ToString());
        Assert.Contains("1 worker has joined", coordinator.Stderr);
        var memory = Cli.Run(temp.Path, [.. compare, "memory"]);
        Assert.Equal(File.ReadAllBytes(temp["memory/runs.csv"]), File.ReadAllBytes(temp["distributed/runs.csv"]));
        Assert.Equal(143, worker.Stop());
    }

    [Fact]
    public async Task a_worker_of_another_engine_version_is_named_takes_nothing_and_the_job_waits_for_one_of_this_engine()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, Cli.Run(temp.Path, "jobs", "--db", db).ExitCode); // creates the schema, Wolverine's node table included

        // A worker process of engine 0.9.0 as Wolverine's node table records it: its heartbeat kept fresh, its capability
        // naming engine 0.9.0's queue. It listens to that queue only, so it cannot take this engine's blocks.
        using var heartbeat = new CancellationTokenSource();
        var nodeId = Guid.NewGuid();
        await ExecuteAsync(db, "insert into campaignsim.wolverine_nodes (id, description, uri, version, capabilities) " +
            $"values ('{nodeId}', 'old-machine', 'dbcontrol://{nodeId}/', '6.0.0.0', array['campaignsim-worker://campaign_runs_e0_9_0/'])");
        var alive = Task.Run(async () =>
        {
            while (!heartbeat.IsCancellationRequested)
            {
                await ExecuteAsync(db, $"update campaignsim.wolverine_nodes set health_check = now() where id = '{nodeId}'");
                await Task.Delay(300, CancellationToken.None);
            }
        }, TestContext.Current.CancellationToken);
        try
        {
            string[] compare = ["compare", "nonunion-diner", "--runs", "6", "--seed", "71", "--out"];
            using var coordinator = new RunningCli(temp.Path, [.. compare, "distributed", "--db", db, "--store", "outcomes", "--distributed"]);
            Assert.True(coordinator.WaitForStderr("will not take them", Patience), coordinator.ToString());
            Assert.Contains($"no worker of engine {EngineVersion} is running (1 worker runs another engine version and will not take them)", coordinator.Stderr);
            var jobs = Cli.Run(temp.Path, "jobs", "--db", db);
            Assert.Contains($"needs a worker of engine {EngineVersion}", jobs.Stdout);
            Assert.Contains("Workers alive: 1 (1 on engine 0.9.0)", jobs.Stdout);
            Thread.Sleep(1000);
            Assert.Equal(0L, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Count));

            using var worker = new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1");
            Assert.True(coordinator.WaitForExit(Patience) == 0, coordinator.ToString());
            Assert.Contains("1 worker has joined", coordinator.Stderr);
            var memory = Cli.Run(temp.Path, [.. compare, "memory"]);
            Assert.Equal(File.ReadAllBytes(temp["memory/runs.csv"]), File.ReadAllBytes(temp["distributed/runs.csv"]));
            Assert.Equal(143, worker.Stop());
        }
        finally
        {
            await heartbeat.CancelAsync();
            await alive;
        }
    }

    [Fact]
    public async Task a_worker_refuses_with_a_clear_message_a_distributed_job_started_by_another_engine_version()
    {
        using var temp = new TempFolder();
        var db = await postgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        using (var coordinator = new RunningCli(temp.Path, "compare", "nonunion-diner", "--runs", "6", "--seed", "81", "--db", db, "--store", "outcomes", "--distributed"))
        {
            // Queued, with no worker to take it; the coordinator goes away and the job stays unfinished.
            Assert.True(coordinator.WaitForStderr("no worker of engine", Patience), coordinator.ToString());
            coordinator.Process.Kill();
            coordinator.Process.WaitForExit();
        }

        // As if engine 0.9.0 had started it: a worker of this engine is then a worker of another engine for that job. (Its
        // blocks sit on this engine's queue, as engine 0.9.0's would not; the handler refuses them unsimulated.)
        await ExecuteAsync(db, "update campaignsim.mt_events set data = jsonb_set(data, '{engineVersion}', '\"0.9.0\"') where type = 'comparison-started'");
        await ExecuteAsync(db, "update campaignsim.mt_doc_comparison set data = jsonb_set(data, '{started,engineVersion}', '\"0.9.0\"')");
        using var worker = new RunningCli(temp.Path, "worker", "--db", db, "--threads", "1");

        Assert.True(worker.WaitForStderr("takes none of its runs", Patience), worker.ToString());
        Assert.Contains($"was started by engine 0.9.0; this worker is engine {EngineVersion} and takes none of its runs, which would give other numbers. "
            + "Run a worker built from engine 0.9.0 for it.", worker.Stderr);
        Thread.Sleep(1500);
        Assert.Equal(0L, await DatabaseQueries.ScalarAsync(db, RecordedRunsSql.Count));
        Assert.Equal(143, worker.Stop());
        Assert.DoesNotContain("   at ", worker.Stderr);
    }

    [Fact]
    public void distributed_needs_a_database_and_a_worker_needs_one_too()
    {
        using var temp = new TempFolder();
        var compare = Cli.Run(temp.Path, "compare", "nonunion-diner", "--distributed");
        var worker = Cli.Run(temp.Path, "worker");

        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("--distributed puts the runs on a queue in PostgreSQL", compare.Stderr);
        Assert.Equal(2, worker.ExitCode);
        Assert.Contains("a worker needs the database", worker.Stderr);
        Assert.DoesNotContain("   at ", compare.Stderr + worker.Stderr);
    }

    private static string Table(string stdout) =>
        string.Join('\n', stdout.Split('\n').Where(l => !l.StartsWith("Stored as comparison", StringComparison.Ordinal) && !l.StartsWith("Wrote ", StringComparison.Ordinal)));

    private static string EngineVersion => Domain.Simulation.EngineInfo.Version;

    private static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
