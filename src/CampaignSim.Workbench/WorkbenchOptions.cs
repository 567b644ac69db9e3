namespace CampaignSim.Workbench;

/// <summary>How the workbench listens and what it allows; the limits are documented in docs/workbench.md.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>Default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Address to bind: loopback unless <c>--host</c> names another.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to bind; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The token every request must carry, or null (loopback only).</summary>
    public string? Token { get; init; }

    /// <summary>Most runs per model in one comparison.</summary>
    public int MaxRuns { get; init; } = 1000;

    /// <summary>Most comparisons running at once (a new change from the same page replaces its own).</summary>
    public int MaxConcurrentComparisons { get; init; } = 2;

    /// <summary>Most comparisons kept for re-ranking, stories and downloads; the oldest finished ones go first.</summary>
    public int MaxKeptComparisons { get; init; } = 12;

    /// <summary>Largest request body: a scenario file may be 1 MiB (the loader's limit), plus room for the rest.</summary>
    public int MaxBodyBytes { get; init; } = Scenarios.ScenarioLimits.MaxFileBytes + 64 * 1024;

    /// <summary>Most <c>--set</c> overrides in one request.</summary>
    public int MaxSets { get; init; } = 100;

    /// <summary>Threads for the runs; null uses every core.</summary>
    public int? Threads { get; init; }

    /// <summary>Whether the address is loopback (no token needed).</summary>
    public static bool IsLoopback(string host) =>
        host is "localhost" or "127.0.0.1" or "::1" or "[::1]"
        || System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip);
}
