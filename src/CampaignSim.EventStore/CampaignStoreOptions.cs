using Microsoft.Extensions.Logging;

namespace CampaignSim.EventStore;

/// <summary>Settings of a <see cref="CampaignStore"/>; the defaults suit a command-line tool.</summary>
public sealed record CampaignStoreOptions
{
    /// <summary>PostgreSQL schema holding the event store, read models and message tables. Default <c>campaignsim</c>.</summary>
    public string SchemaName { get; init; } = "campaignsim";

    /// <summary>Runs simulated at once (messages handled in parallel); default the number of cores.</summary>
    public int MaxParallelRuns { get; init; } = Environment.ProcessorCount;

    /// <summary>Runs per simulation message; null picks 1–25 so that every core gets several messages.</summary>
    public int? RunsPerMessage { get; init; }

    /// <summary>Seconds to wait for the server when connecting. Default 5.</summary>
    public int ConnectTimeoutSeconds { get; init; } = 5;

    /// <summary>How often a running comparison's progress is read. Default 100 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Where Marten and Wolverine log; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
