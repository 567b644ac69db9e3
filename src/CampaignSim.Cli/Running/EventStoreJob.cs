using CampaignSim.Cli.Arguments;
using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore;

namespace CampaignSim.Cli.Running;

/// <summary>Comparisons in the event store: where <c>--db</c> (or <c>CAMPAIGNSIM_DB</c>) points, and running or reading them there.</summary>
public static class EventStoreJob
{
    /// <summary>Environment variable read when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "CAMPAIGNSIM_DB";

    /// <summary>The connection string from <c>--db</c>, else from <see cref="EnvironmentVariable"/>, else null (in memory).</summary>
    public static string? Connection(ParsedArguments parsed)
    {
        if (parsed.Value("db") is { } db)
        {
            return string.IsNullOrWhiteSpace(db) ? throw new UsageException("--db needs a connection string, e.g. \"Host=localhost;Port=5432;Database=campaignsim;Username=postgres\"") : db;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
    }

    /// <summary>The connection string of a command that only works on a database; <paramref name="why"/> starts the message without one.</summary>
    public static string RequiredConnection(ParsedArguments parsed, string why) =>
        Connection(parsed) ?? throw new UsageException($"{why}; give --db CONNECTION (or set {EnvironmentVariable})");

    /// <summary><c>--store full|outcomes|sample:K</c>: which run streams to keep (default full).</summary>
    public static StorageMode Storage(string? text)
    {
        if (text is null)
        {
            return StorageMode.Full;
        }

        try
        {
            return StorageMode.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new UsageException($"--store '{text}' is not allowed; give full, outcomes or sample:K (K runs per model keep their full event stream)");
        }
    }

    /// <summary>Runs (or resumes, or reads) the comparison in the store; progress counts recorded runs.</summary>
    public static ComparisonResult Run(string connection, ComparisonRequest request, string comparisonId, StorageMode storage, bool distributed, CliConsole console) =>
        RunAll(connection, [new ComparisonSpec(comparisonId, request)], storage, distributed, console, "store")[0];

    /// <summary>
    /// Runs (or resumes, or reads) a batch of comparisons in the store, here or, when <paramref name="distributed"/>,
    /// on the worker processes sharing the database; the progress line counts recorded runs over the batch.
    /// </summary>
    public static IReadOnlyList<ComparisonResult> RunAll(string connection, IReadOnlyList<ComparisonSpec> comparisons, StorageMode storage, bool distributed,
        CliConsole console, string label)
    {
        var results = new ComparisonResult[comparisons.Count];
        RunEach(connection, comparisons, storage, distributed, console, label, (k, result) => results[k] = result, announce: true);
        return results;
    }

    /// <summary>
    /// As <see cref="RunAll"/>, but hands each result to <paramref name="onResult"/> (with its index) as it is read back,
    /// for a caller that keeps only a summary of each (the points of a sensitivity screening); with
    /// <paramref name="announce"/>, says where each comparison is stored.
    /// </summary>
    public static void RunEach(string connection, IReadOnlyList<ComparisonSpec> comparisons, StorageMode storage, bool distributed,
        CliConsole console, string label, Action<int, ComparisonResult> onResult, bool announce = false)
    {
        var total = comparisons.Sum(c => c.Request.Models.Count(m => ComparisonRunner.NotApplicableBecause(c.Request.Scenario, m) is null) * c.Request.Replications);
        using var progress = new ProgressLine(console.Error, distributed ? label + " (distributed)" : label, total, console.ErrorIsTerminal);
        WithStore(connection, console, async store =>
        {
            await store.RunComparisonsAsync(comparisons, storage, distributed, onResult, new StoreProgress(progress, console, store.Database), console.Cancellation);
            foreach (var c in announce ? comparisons : [])
            {
                console.Out.WriteLine($"Stored as comparison {c.ComparisonId} in {store.Database} ({storage}); 'campaignsim replay {c.ComparisonId}' rebuilds it from the stored events.");
            }

            return 0;
        });
    }

    /// <summary>
    /// Runs a calibration (or a wave of a history match) through the store, here or, when <paramref name="distributed"/>,
    /// on the worker processes sharing the database; the progress line counts runs. The results equal the in-memory ones.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CalibrationResult>> RunCalibration(string connection, CalibrationJob job, bool distributed, CliConsole console, string label)
    {
        var total = job.Worlds.Count * job.Replications * Calibration.Streams(job.Targets());
        using var progress = new ProgressLine(console.Error, distributed ? label + " (distributed)" : label, total, console.ErrorIsTerminal);
        return WithStore(connection, console, store => store.RunCalibrationAsync(job, distributed, new StoreProgress(progress, console, store.Database), console.Cancellation));
    }

    /// <summary>The <c>--distributed</c> flag, which needs a database.</summary>
    public static bool Distributed(ParsedArguments parsed, string? connection)
    {
        if (!parsed.Has("distributed"))
        {
            return false;
        }

        return connection is not null
            ? true
            : throw new UsageException("--distributed puts the runs on a queue in PostgreSQL for 'campaignsim worker' processes; give --db CONNECTION (or set " + EnvironmentVariable + ") too");
    }

    /// <summary>Connects, runs <paramref name="work"/> and disconnects.</summary>
    public static T WithStore<T>(string connection, CliConsole console, Func<CampaignStore, Task<T>> work, CampaignStoreOptions? options = null) =>
        Task.Run(async () =>
        {
            options = (options ?? new CampaignStoreOptions()) with
            {
                OnRetry = message => console.Error.WriteLine($"campaignsim: {message}"),
                OtherIdAdvice = "Give --comparison-id NAME to store it again under another name",
            };
            await using var store = await CampaignStore.ConnectAsync(connection, options, console.Cancellation);
            return await work(store);
        }).GetAwaiter().GetResult();

    /// <summary>
    /// Feeds the progress line (runs recorded, workers alive) and says once, on stderr, when a distributed job has no
    /// worker of this engine version to run it, and again when one arrives.
    /// </summary>
    private sealed class StoreProgress(ProgressLine line, CliConsole console, string database) : IProgress<JobProgress>
    {
        private readonly Lock _gate = new();
        private bool? _hadWorkers;

        public void Report(JobProgress value)
        {
            lock (_gate)
            {
                line.Set(value.RecordedRuns, value.WorkersActive);
                if (value.WorkersActive is not { } workers || value.RecordedRuns >= value.ExpectedRuns || (workers > 0) == _hadWorkers)
                {
                    return;
                }

                if (workers == 0)
                {
                    var others = value.OtherEngineWorkers > 0
                        ? $" ({value.OtherEngineWorkers} worker{(value.OtherEngineWorkers == 1 ? " runs" : "s run")} another engine version and will not take them)"
                        : "";
                    console.Error.WriteLine($"campaignsim: no worker of engine {Domain.Simulation.EngineInfo.Version} is running{others}; the runs wait in the queue in {database}. "
                        + "Start one here or on any machine that reaches the database: campaignsim worker --db CONNECTION");
                }
                else if (_hadWorkers is not null)
                {
                    console.Error.WriteLine($"campaignsim: {workers} worker{(workers == 1 ? " has" : "s have")} joined; carrying on.");
                }

                _hadWorkers = workers > 0;
            }
        }
    }
}
