using System.Globalization;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.EventStore;

namespace CampaignSim.Cli.Commands;

/// <summary><c>jobs</c>: the comparisons and calibrations stored in a database, where each stands, and the workers alive.</summary>
public sealed class JobsCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [new("db", "CONNECTION")],
        ("db", $"the database (default: the {EventStoreJob.EnvironmentVariable} environment variable)"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "jobs";

    /// <inheritdoc />
    public string Summary => "list the comparisons and calibrations in a database, their state, and the workers";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim jobs --db CONNECTION

        Lists every comparison stored in the database, the newest first: its id, state (done, running,
        waiting for a worker, or needing another engine version), runs recorded of runs expected, where its
        runs are done (local: by the process that started it; distributed: by the worker processes), what
        it keeps, its engine version, when it started and when its latest run was recorded. Then the
        calibrations that 'calibrate --db' stored (a plain calibration is one world; each wave of a history
        match is one, a world per candidate): replications stored of replications expected, local or
        distributed, engine and times. Then the worker processes alive on the database.

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim jobs --db "Host=localhost;Database=campaignsim;Username=postgres"
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
        var connection = EventStoreJob.RequiredConnection(parsed, "jobs lists what a database holds");
        var (jobs, calibrations, workers) = EventStoreJob.WithStore(connection, console, async store =>
            (await store.ListComparisonsAsync(cancellationToken: console.Cancellation), await store.ListCalibrationsAsync(console.Cancellation),
                await store.ListWorkersAsync(console.Cancellation)));

        if (jobs.Count == 0)
        {
            console.Out.WriteLine("No comparisons in this database.");
        }
        else
        {
            var table = new TextTable("comparison", "state", ">runs", "where", "storage", "engine", "started (UTC)", "latest run (UTC)");
            foreach (var job in jobs)
            {
                table.Add(job.Name, State(job.Completed, job.Shared, job.EngineVersion, workers), string.Create(CultureInfo.InvariantCulture, $"{job.RecordedRuns:N0}/{job.ExpectedRuns:N0}"),
                    job.Shared ? "distributed" : "local", job.Storage.ToString(), job.EngineVersion, Time(job.Created), Time(job.RecordedRuns > 0 ? job.LastActivity : null));
            }

            console.Out.Write(table.ToString());
        }

        if (calibrations.Count > 0)
        {
            // Calibrations (calibrate --db): a plain one runs one world, a history match's wave a world per candidate.
            console.Out.WriteLine();
            var table = new TextTable("calibration", "state", ">targets", ">worlds", ">replications", "where", "engine", "started (UTC)", "latest block (UTC)");
            foreach (var c in calibrations)
            {
                table.Add(c.Id.ToString("N", CultureInfo.InvariantCulture), State(c.Completed, c.Shared, c.EngineVersion, workers), c.Targets.ToString(CultureInfo.InvariantCulture),
                    c.Worlds.ToString("N0", CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{c.StoredReplications:N0}/{c.ExpectedReplications:N0}"),
                    c.Shared ? "distributed" : "local", c.EngineVersion, Time(c.Created), Time(c.LastActivity));
            }

            console.Out.Write(table.ToString());
        }

        console.Out.WriteLine();
        console.Out.WriteLine(workers.Count == 0
            ? "No worker is running ('campaignsim worker --db CONNECTION' starts one)."
            : $"Workers alive: {workers.Count} ({string.Join(", ", workers.GroupBy(w => w.EngineVersion).Select(g => $"{g.Count()} on engine {g.Key}"))}).");
        return ExitCodes.Ok;
    }

    /// <summary>Where a comparison or calibration stands: done, run by the process that started it, or by the workers of its engine.</summary>
    private static string State(bool completed, bool shared, string engineVersion, IReadOnlyList<WorkerNode> workers) => (completed, shared) switch
    {
        (true, _) => "done",
        (_, false) => "running or stopped",
        _ when !workers.Any(w => w.Runs(engineVersion)) => workers.Count == 0 ? "waiting for a worker" : $"needs a worker of engine {engineVersion}",
        _ => "running",
    };

    private static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";
}
