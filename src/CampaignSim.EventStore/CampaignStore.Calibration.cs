using System.Security.Cryptography;
using System.Text.Json;
using CampaignSim.Analysis;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Calibrations;
using CampaignSim.EventStore.Hosting;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace CampaignSim.EventStore;

public sealed partial class CampaignStore
{
    /// <summary>
    /// Runs a calibration through the store: its blocks (replications of one world) are simulated by this process or,
    /// when <paramref name="distributed"/>, by the worker processes sharing the database, each stored as it is done; then
    /// every block is read back and put together. The results equal <see cref="CalibrationJob.Run"/>'s for each world,
    /// whoever ran which block. The same calibration asked again (same engine, same job) reads what is stored and waits
    /// only for the blocks still missing.
    /// </summary>
    /// <param name="job">What to run.</param>
    /// <param name="distributed">Queue the blocks on the shared queue that worker processes take from.</param>
    /// <param name="progress">Receives the runs done (blocks × their runs) and, when distributed, the workers alive.</param>
    /// <param name="cancellationToken">Stops waiting; blocks already queued stay queued and stored blocks stay stored.</param>
    /// <returns>Each world's results, in the order of the job's worlds.</returns>
    public async Task<IReadOnlyList<IReadOnlyList<CalibrationResult>>> RunCalibrationAsync(CalibrationJob job, bool distributed,
        IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var targets = job.Targets();
        var runsPerReplication = Calibration.Streams(targets);
        var id = RunIds.Calibration(EngineInfo.Version, Digest(job));
        var blocks = await Guarded(async () =>
        {
            var stored = await StartOrResumeCalibrationAsync(id, job, distributed, cancellationToken);
            await WaitForCalibrationAsync(stored, runsPerReplication, distributed, progress, cancellationToken);
            await using var session = Documents.QuerySession();
            return await session.Query<CalibrationBlock>().Where(b => b.CalibrationId == id).ToListAsync(cancellationToken);
        }, cancellationToken);
        return job.Worlds.Select((world, k) => Calibration.Assemble(targets, job.CasesIn(k), job.Replications, world.Seed,
            blocks.Where(b => b.World == k).Select(b => b.Samples).ToArray())).ToArray();
    }

    /// <summary>Every calibration stored in the database, the newest first, with the replications stored so far (<c>campaignsim jobs</c>).</summary>
    public Task<IReadOnlyList<CalibrationStatus>> ListCalibrationsAsync(CancellationToken cancellationToken = default) =>
        Guarded<IReadOnlyList<CalibrationStatus>>(async () =>
        {
            var schema = _options.SchemaName;
            await using var command = _sql.CreateCommand(
                "select c.id, c.data ->> 'engineVersion', jsonb_array_length(c.data -> 'job' -> 'targetIds'), jsonb_array_length(c.data -> 'job' -> 'worlds'), "
                + "(c.data -> 'job' ->> 'replications')::int, coalesce((c.data ->> 'shared')::boolean, false), c.mt_last_modified, coalesce(b.done, 0), b.latest "
                + $"from {schema}.mt_doc_storedcalibration c left join (select data ->> 'calibrationId' as calibration, sum((data -> 'samples' ->> 'count')::int) as done, "
                + $"max(mt_last_modified) as latest from {schema}.mt_doc_calibrationblock group by 1) b on b.calibration = c.id::text order by c.mt_last_modified desc");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var list = new List<CalibrationStatus>();
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(new CalibrationStatus(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                    Convert.ToInt32(reader.GetValue(7), System.Globalization.CultureInfo.InvariantCulture), reader.GetBoolean(5),
                    reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
            }
            return list;
        }, cancellationToken);

    /// <summary>A digest of the job's canonical JSON: equal jobs, equal digests.</summary>
    private static string Digest(CalibrationJob job) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(job, EventJson.Options)));

    private async Task<StoredCalibration> StartOrResumeCalibrationAsync(Guid id, CalibrationJob job, bool distributed, CancellationToken cancellationToken)
    {
        var bus = _host.Services.GetRequiredService<IMessageBus>();
        await using (var session = Documents.QuerySession())
        {
            if (await session.LoadAsync<StoredCalibration>(id, cancellationToken) is { } existing)
            {
                // Its blocks were queued when it was first asked for, durably: only those that failed for good are handed back.
                await DeadLetters.ReplayAsync(_sql, _options.SchemaName, id, cancellationToken);
                return existing;
            }
        }

        var stored = new StoredCalibration(id, EngineInfo.Version, job, CalibrationBlockSize(job), distributed);
        try
        {
            await bus.InvokeAsync(new StartCalibration(stored), cancellationToken);
        }
        catch (Exception e) when (Has<PostgresException>(e) && e is not OperationCanceledException)
        {
            // Another process stored the same calibration at the same moment, with its blocks: wait for them.
            if (!await CalibrationStoredAsync(id, cancellationToken)) throw;
        }

        return stored;
    }

    private async Task<bool> CalibrationStoredAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<StoredCalibration>(id, cancellationToken) is not null;
    }

    /// <summary>
    /// Replications per block: enough for about <see cref="SharedBlockSeconds"/> of simulation (a block holds every case
    /// and model of its world), at most the job's replications.
    /// </summary>
    private int CalibrationBlockSize(CalibrationJob job)
    {
        if (_options.RunsPerMessage is { } fixedSize) return Math.Clamp(fixedSize, 1, job.Replications);
        var workerWeeks = Math.Max(1.0, job.WorkerWeeksPerReplication());
        return Math.Clamp((int)Math.Ceiling(SharedBlockSeconds / (workerWeeks * SecondsPerWorkerWeek)), 1, job.Replications);
    }

    private async Task WaitForCalibrationAsync(StoredCalibration stored, int runsPerReplication, bool distributed, IProgress<JobProgress>? progress,
        CancellationToken cancellationToken)
    {
        var expected = stored.Job.Worlds.Count * stored.Job.Replications;
        var nextCheck = DateTime.UtcNow;
        var failed = new FailedMessages(this);
        (int Same, int Other) workers = (0, 0);
        JobProgress? reported = null;
        while (true)
        {
            var done = await CalibrationReplicationsStoredAsync(stored.Id, cancellationToken);
            if (DateTime.UtcNow >= nextCheck)
            {
                if (distributed) workers = await CountWorkersAsync(cancellationToken);
                await failed.HandBackOrStopAsync(stored.Id, failure =>
                    $"The calibration stopped after {done} of {expected} replications: {failure} Stored blocks are kept; run it again to retry the rest.",
                    cancellationToken);
                nextCheck = DateTime.UtcNow.AddSeconds(1);
            }
            var now = new JobProgress(done * runsPerReplication, expected * runsPerReplication, distributed ? workers.Same : null, workers.Other);
            if (now != reported)
            {
                reported = now;
                progress?.Report(now);
            }
            if (done >= expected) return;
            await Task.Delay(_options.PollInterval, cancellationToken);
        }
    }

    /// <summary>Replications stored so far over every world, read from the blocks' documents without loading their samples.</summary>
    private async Task<int> CalibrationReplicationsStoredAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = _sql.CreateCommand(
            $"select coalesce(sum((data -> 'samples' ->> 'count')::int), 0) from {_options.SchemaName}.mt_doc_calibrationblock where data ->> 'calibrationId' = $1");
        command.Parameters.AddWithValue(id.ToString());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
