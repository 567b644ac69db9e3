using System.Globalization;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// <c>worker</c>: joins the pool of processes that run distributed comparisons, taking run blocks from the shared
/// queue in PostgreSQL until stopped.
/// </summary>
public sealed class WorkerCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [new("db", "CONNECTION"), new("threads", "N")],
        ("db", $"the database (default: the {EventStoreJob.EnvironmentVariable} environment variable)"),
        ("threads", $"runs simulated at once, 1–{OptionValues.MaxThreads} (default: the number of cores)"));

    /// <summary>How often the worker looks for comparisons it must refuse.</summary>
    private static readonly TimeSpan LookAround = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "worker";

    /// <inheritdoc />
    public string Summary => "take runs of distributed comparisons and calibrations from a PostgreSQL queue until stopped";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim worker --db CONNECTION [options]

        Joins the pool of worker processes of a database: takes blocks of runs that 'compare --distributed'
        (and whatif, sweep, sensitivity, calibrate) put on a queue in PostgreSQL, simulates them, records the
        runs (for a calibration, what its targets read from them) and takes the next,
        until stopped with Ctrl+C or SIGTERM. Start as many as you like, here or on any machine that reaches
        the database; they share the queue. A block left unfinished by a worker that stops or dies goes back
        to the queue and is done once. A worker only takes runs of comparisons started by the same engine
        version (others would give other numbers) and says so when it sees one it must leave.

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim worker --db "Host=db.example.org;Database=campaignsim;Username=campaignsim"
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ArgumentReader.Read(args, Specs);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        ArgumentReader.ExpectPositional(parsed, 0, "");
        var connection = EventStoreJob.RequiredConnection(parsed, "a worker needs the database it shares with the others");
        var threads = OptionValues.Threads(parsed.Value("threads")) ?? Environment.ProcessorCount;
        var options = new CampaignStoreOptions
        {
            TakesSharedRuns = true,
            MaxParallelRuns = threads,
            OutageTolerance = TimeSpan.MaxValue,
        };
        return EventStoreJob.WithStore(connection, console, store => ServeAsync(store, threads, console), options);
    }

    private static async Task<int> ServeAsync(CampaignStore store, int threads, CliConsole console)
    {
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"campaignsim worker: engine {EngineInfo.Version}, taking runs of distributed comparisons from {store.Database}, {threads} at a time. Ctrl+C or SIGTERM stops it; unfinished runs go back to the queue."));
        var refused = new HashSet<Guid>();
        try
        {
            while (true)
            {
                foreach (var job in await store.ListComparisonsAsync(unfinishedOnly: true, console.Cancellation))
                {
                    if (job.Shared && job.EngineVersion != EngineInfo.Version && refused.Add(job.Id))
                    {
                        console.Error.WriteLine($"campaignsim worker: comparison '{job.Name}' was started by engine {job.EngineVersion}; this worker is engine {EngineInfo.Version} "
                            + "and takes none of its runs, which would give other numbers. Run a worker built from engine " + job.EngineVersion + " for it.");
                    }
                }

                await Task.Delay(LookAround, console.Cancellation);
            }
        }
        catch (OperationCanceledException) when (console.Cancellation.IsCancellationRequested)
        {
            console.Error.WriteLine($"campaignsim worker: stopped by {console.Stop.SignalName}; runs it had not finished go back to the queue.");
            return console.Stop.ExitCode;
        }
    }
}
