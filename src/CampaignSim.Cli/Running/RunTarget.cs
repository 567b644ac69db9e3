using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Cli.Arguments;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore;

namespace CampaignSim.Cli.Running;

/// <summary>
/// Where a command's comparisons run: in memory (the default), in the event store in PostgreSQL (<c>--db</c>,
/// <c>--store</c>), or on the worker processes sharing that database (<c>--distributed</c>). A command that runs
/// several comparisons (the points of a sweep, the two sides of a what-if) hands them over at once, so that a
/// distributed batch queues every run block before it waits.
/// </summary>
/// <param name="Connection">The database, or null for in memory.</param>
/// <param name="Storage">What the store keeps of each run.</param>
/// <param name="Distributed">Whether workers run the blocks.</param>
public sealed record RunTarget(string? Connection, StorageMode Storage, bool Distributed)
{
    /// <summary>The options that choose the target, with their help text for a command that runs several comparisons.</summary>
    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new("db", "CONNECTION", Description: "run the comparisons through the event store in PostgreSQL (default: the\n"
            + $"{EventStoreJob.EnvironmentVariable} environment variable; without either, everything stays in memory)"),
        new("store", "full|outcomes|sample:K", Description: "with --db: full (default), outcomes or sample:K (full events for K runs per model)"),
        new("distributed", null, Description: "with --db: queue the runs for 'campaignsim worker' processes and wait for them"),
    ];

    /// <summary>Reads the target from the parsed options; <c>--store</c> and <c>--distributed</c> need a database.</summary>
    public static RunTarget From(ParsedArguments parsed)
    {
        var connection = EventStoreJob.Connection(parsed);
        if (connection is null && parsed.Has("store"))
        {
            throw new UsageException("--store chooses what the event store keeps; give --db CONNECTION (or set " + EventStoreJob.EnvironmentVariable + ") too");
        }

        return new RunTarget(connection, EventStoreJob.Storage(parsed.Value("store")), EventStoreJob.Distributed(parsed, connection));
    }

    /// <summary>Runs the comparisons, each labelled for the progress line, and returns their results in order.</summary>
    public IReadOnlyList<ComparisonResult> Run(IReadOnlyList<(ComparisonRequest Request, string Label)> comparisons, CliConsole console, string batchLabel)
    {
        if (Connection is null)
        {
            return comparisons.Select(c => ComparisonJob.Run(c.Request, console, c.Label)).ToArray();
        }

        return EventStoreJob.RunAll(Connection, SpecsOf(comparisons.Select(c => c.Request)), Storage, Distributed, console, batchLabel);
    }

    /// <summary>
    /// The batch of a sensitivity screening's points (or any other batch whose results are only summarised): null in
    /// memory, where the caller compares the points itself; otherwise each point is a comparison in the store (under the
    /// id its request determines, so that an interrupted screening resumes) and its result is handed over as it is read.
    /// </summary>
    public ComparisonBatch? Batch(CliConsole console, string label) => Connection is null
        ? null
        : (requests, reduce) => EventStoreJob.RunEach(Connection, SpecsOf(requests), Storage, Distributed, console, label, reduce);

    private static ComparisonSpec[] SpecsOf(IEnumerable<ComparisonRequest> requests) =>
        requests.Select(r => new ComparisonSpec(CampaignSim.Reports.Output.Manifest.IdFor(r, ScenarioHash.Compute(r.Scenario)), r)).ToArray();
}
