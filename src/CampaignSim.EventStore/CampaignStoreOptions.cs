using Microsoft.Extensions.Logging;

namespace CampaignSim.EventStore;

/// <summary>Settings of a <see cref="CampaignStore"/>; the defaults suit a command-line tool.</summary>
public sealed record CampaignStoreOptions
{
    /// <summary>PostgreSQL schema holding the event store, read models and message tables. Default <c>campaignsim</c>.</summary>
    public string SchemaName { get; init; } = "campaignsim";

    /// <summary>Runs simulated at once (messages handled in parallel); default the number of cores.</summary>
    public int MaxParallelRuns { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether this store is a worker: it takes run blocks of distributed comparisons from the shared queue on
    /// PostgreSQL (any number of worker processes, on any machine that reaches the database, share them).
    /// </summary>
    public bool TakesSharedRuns { get; init; }

    /// <summary>Runs per simulation message; null picks 1–250 so that every core gets several messages of at most about half a second each.</summary>
    public int? RunsPerMessage { get; init; }

    /// <summary>
    /// Seconds one attempt to connect waits for the server when the connection string gives no <c>Timeout</c> of its
    /// own (one it gives is used as it is). Default 5.
    /// </summary>
    public int ConnectTimeoutSeconds { get; init; } = 5;

    /// <summary>How often a running comparison's progress is read. Default 100 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long a lost connection is retried, counted from the first failure in a row, before a call gives up with
    /// the failure. Default 30 s. Zero retries nothing. Connecting (<see cref="CampaignStore.ConnectAsync"/>) is retried
    /// the same way while the server cannot be reached (down, restarting, too busy to answer); a refused login, a missing
    /// database or a host name that does not resolve is reported at once. <see cref="TimeSpan.MaxValue"/> waits for as
    /// long as it takes (a worker).
    /// </summary>
    public TimeSpan OutageTolerance { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Told of every retry after a lost connection or a failed first connection, and of the reconnection, in one
    /// line; null says nothing.</summary>
    public Action<string>? OnRetry { get; init; }

    /// <summary>
    /// How the refusal of a comparison id already used with other parameters tells the user to choose another: a
    /// program names its own way of giving one (the command line names its <c>--comparison-id</c> option).
    /// </summary>
    public string OtherIdAdvice { get; init; } = "Use another comparison id";

    /// <summary>Where Marten and Wolverine log; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
