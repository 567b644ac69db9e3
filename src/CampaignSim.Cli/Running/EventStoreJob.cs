using CampaignSim.Cli.Arguments;
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
    public static ComparisonResult Run(string connection, ComparisonRequest request, string comparisonId, StorageMode storage, CliConsole console)
    {
        using var progress = new ProgressLine(console.Error, "store", request.Models.Count(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null) * request.Replications, console.ErrorIsTerminal);
        return WithStore(connection, console, async store =>
        {
            var result = await store.RunComparisonAsync(request, comparisonId, storage, new RecordedRuns(progress), console.Cancellation);
            console.Out.WriteLine($"Stored as comparison {comparisonId} in {store.Database} ({storage}); 'campaignsim replay {comparisonId}' rebuilds it from the stored events.");
            return result;
        });
    }

    /// <summary>Connects, runs <paramref name="work"/> and disconnects.</summary>
    public static T WithStore<T>(string connection, CliConsole console, Func<CampaignStore, Task<T>> work) =>
        Task.Run(async () =>
        {
            var options = new CampaignStoreOptions { OnRetry = message => console.Error.WriteLine($"campaignsim: {message}") };
            await using var store = await CampaignStore.ConnectAsync(connection, options, console.Cancellation);
            return await work(store);
        }).GetAwaiter().GetResult();

    /// <summary>Turns the store's count of recorded runs into steps of the progress line.</summary>
    private sealed class RecordedRuns(ProgressLine line) : IProgress<int>
    {
        private readonly Lock _gate = new();
        private int _seen;

        public void Report(int value)
        {
            lock (_gate)
            {
                for (; _seen < value; _seen++)
                {
                    line.Advance();
                }
            }
        }
    }
}
