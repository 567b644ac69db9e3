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
/// <param name="Name">The <c>--comparison-id</c> the user gave, or null: each comparison is then stored under the id
/// its request determines (<see cref="SpecsOf"/>).</param>
public sealed record RunTarget(string? Connection, StorageMode Storage, bool Distributed, string? Name = null)
{
    /// <summary>Longest <c>--comparison-id</c>: a stored id is at most 200 characters, and a batch adds a slash and 32 hex digits.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The options that choose the target, with their help text for a command that runs several comparisons.</summary>
    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new("db", "CONNECTION", Description: "run the comparisons through the event store in PostgreSQL (default: the\n"
            + $"{EventStoreJob.EnvironmentVariable} environment variable; without either, everything stays in memory)"),
        new("store", "full|outcomes|sample:K", Description: "with --db: full (default), outcomes or sample:K (full events for K runs per model)"),
        new("distributed", null, Description: "with --db: queue the runs for 'campaignsim worker' processes and wait for them"),
        new("comparison-id", "NAME", Description: "with --db: store the comparisons as NAME/ID instead of ID, the id their parameters\n"
            + "give (as NAME when there is one), e.g. to store a point again with another --store"),
    ];

    /// <summary>Reads the target from the parsed options; <c>--store</c> and <c>--distributed</c> need a database.</summary>
    public static RunTarget From(ParsedArguments parsed)
    {
        var connection = EventStoreJob.Connection(parsed);
        if (connection is null && parsed.Has("store"))
        {
            throw new UsageException("--store chooses what the event store keeps; give --db CONNECTION (or set " + EventStoreJob.EnvironmentVariable + ") too");
        }

        return new RunTarget(connection, EventStoreJob.Storage(parsed.Value("store")), EventStoreJob.Distributed(parsed, connection),
            NameFrom(parsed.Value("comparison-id"), connection));
    }

    /// <summary>
    /// <c>--comparison-id NAME</c>: 1–<see cref="MaxNameLength"/> ASCII letters, digits and <c>. _ - : @ +</c>, starting with
    /// a letter or digit, so that it reads the same wherever it is printed; it needs a database.
    /// </summary>
    private static string? NameFrom(string? name, string? connection)
    {
        if (name is null)
        {
            return null;
        }

        if (connection is null)
        {
            throw new UsageException("--comparison-id names the comparison in the event store; give --db CONNECTION (or set " + EventStoreJob.EnvironmentVariable + ") too");
        }

        var valid = name.Length is > 0 and <= MaxNameLength && char.IsAsciiLetterOrDigit(name[0])
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ':' or '@' or '+');
        return valid
            ? name
            : throw new UsageException($"--comparison-id takes 1–{MaxNameLength} ASCII letters, digits and . _ - : @ +, starting with a letter or digit (e.g. weeks-30-outcomes)");
    }

    /// <summary>Runs the comparisons, each labelled for the progress line, and returns their results in order.</summary>
    public IReadOnlyList<ComparisonResult> Run(IReadOnlyList<(ComparisonRequest Request, string Label)> comparisons, CliConsole console, string batchLabel)
    {
        if (Connection is null)
        {
            return comparisons.Select(c => ComparisonJob.Run(c.Request, console, c.Label)).ToArray();
        }

        return EventStoreJob.RunAll(Connection, SpecsOf([.. comparisons.Select(c => c.Request)], batch: false), Storage, Distributed, console, batchLabel);
    }

    /// <summary>
    /// The batch of a sensitivity screening's points (or any other batch whose results are only summarised): null in
    /// memory, where the caller compares the points itself; otherwise each point is a comparison in the store (under the
    /// id its request determines, so that an interrupted screening resumes) and its result is handed over as it is read.
    /// </summary>
    public ComparisonBatch? Batch(CliConsole console, string label) => Connection is null
        ? null
        : (requests, reduce) => EventStoreJob.RunEach(Connection, SpecsOf([.. requests], batch: true), Storage, Distributed, console, label, reduce);

    /// <summary>
    /// The stored id of each comparison: the id its request determines (manifest.json's <c>comparisonId</c>), so that the
    /// same command resumes or reads what it stored; with <c>--comparison-id NAME</c>, NAME for the one comparison of a
    /// command that stores one, and NAME/ID for each comparison of one that stores several (a what-if, a sweep, a
    /// screening's batch), which is as stable.
    /// </summary>
    private ComparisonSpec[] SpecsOf(IReadOnlyList<ComparisonRequest> requests, bool batch) =>
        requests.Select(r => new ComparisonSpec(IdOf(r, whole: !batch && requests.Count == 1), r)).ToArray();

    /// <summary>
    /// The id a comparison is stored under when the user named it (<c>--comparison-id</c>), for manifest.json: NAME for the
    /// one comparison of a command that stores one (<paramref name="whole"/>), NAME/ID otherwise; null without a name.
    /// </summary>
    public string? NamedIdOf(ComparisonRequest request, bool whole) => Name is null ? null : IdOf(request, whole);

    private string IdOf(ComparisonRequest request, bool whole)
    {
        var id = CampaignSim.Reports.Output.Manifest.IdFor(request, ScenarioHash.Compute(request.Scenario));
        return Name is null ? id : whole ? Name : $"{Name}/{id}";
    }
}
