using System.Runtime.CompilerServices;
using System.Text.Json;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Hosting;
using CampaignSim.EventStore.ReadModels;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Wolverine;

namespace CampaignSim.EventStore;

/// <summary>
/// Campaigns persisted in PostgreSQL with Marten, comparisons run as a durable Wolverine process.
/// </summary>
/// <remarks>
/// <para>Each run is a stream of the engine's own events under a deterministic id (<see cref="RunIds"/>); each
/// comparison is a stream that records what was asked (<see cref="ComparisonStarted"/>) and every finished run
/// (<see cref="RunRecorded"/>). Read models (<see cref="RunOutcome"/>, <see cref="RunTimeline"/>,
/// <see cref="ComparisonSummary"/>) are Marten projections of those events and can be rebuilt from them.</para>
/// <para>The schema (Marten's tables and Wolverine's message tables) is created or migrated when the store connects.
/// Queued runs survive the process: a comparison interrupted by a crash or a stop carries on when a store connects to
/// the same database again, without redoing or duplicating recorded runs.</para>
/// </remarks>
public sealed class CampaignStore : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly NpgsqlConnectionStringBuilder _connection;
    private readonly CampaignStoreOptions _options;
    private readonly NpgsqlDataSource _sql;
    private int _disposed;

    /// <summary>The last block of runs read for one run (verifying a comparison's runs in order reads each block once).</summary>
    private volatile ReadBlock? _lastBlock;

    private CampaignStore(IHost host, NpgsqlConnectionStringBuilder connection, CampaignStoreOptions options)
    {
        _host = host;
        _connection = connection;
        _options = options;
        _sql = NpgsqlDataSource.Create(connection.ConnectionString);
        Documents = host.Services.GetRequiredService<IDocumentStore>();
    }

    /// <summary>The server and database, for messages: <c>PostgreSQL at host:port, database "name"</c>.</summary>
    public string Database => ConnectionCheck.Describe(_connection);

    /// <summary>The Marten store underneath (for queries beyond this API).</summary>
    public IDocumentStore Documents { get; }

    /// <summary>The message host's services (Wolverine's runtime and inbox), for tests that stage what a lost commit leaves.</summary>
    internal IServiceProvider Services => _host.Services;

    /// <summary>
    /// Connects to the database, creates or migrates the schema, and starts the message host (which resumes any
    /// comparison left unfinished in this database).
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <remarks>A server that cannot be reached yet is tried again, each retry told to
    /// <see cref="CampaignStoreOptions.OnRetry"/>, for up to <see cref="CampaignStoreOptions.OutageTolerance"/>.</remarks>
    /// <exception cref="EventStoreException">The connection string is invalid, the server cannot be reached, the login
    /// is refused, the database does not exist or the schema cannot be created. The message names host, port and
    /// database, never the password.</exception>
    public static async Task<CampaignStore> ConnectAsync(string connectionString, CampaignStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CampaignStoreOptions();
        var connection = ConnectionCheck.Parse(connectionString);
        var schemaCurrent = await ConnectionCheck.CheckAsync(connection, options.SchemaName, options, cancellationToken);
        var host = CampaignHost.Build(connectionString, options, checkSchema: !schemaCurrent);
        try
        {
            await host.StartAsync(cancellationToken);
            if (!schemaCurrent) await SchemaMark.WriteAsync(connectionString, options.SchemaName, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw ConnectionCheck.Explain(connection, e);
        }
        return new CampaignStore(host, connection, options);
    }

    /// <summary>
    /// Runs a comparison as a durable process and returns its result, computed from the stored run outcomes.
    /// Calling it again with the same id resumes (or just reads) that comparison; an id already used with other
    /// parameters is refused.
    /// </summary>
    /// <param name="request">What to compare (<see cref="ComparisonRequest.HashStreams"/> is implied;
    /// <see cref="ComparisonRequest.MaxDegreeOfParallelism"/> is replaced by <see cref="CampaignStoreOptions.MaxParallelRuns"/>).</param>
    /// <param name="comparisonId">The comparison's name; run and stream ids derive from it.</param>
    /// <param name="storage">Which run streams to keep.</param>
    /// <param name="progress">Receives the number of runs recorded so far.</param>
    /// <param name="cancellationToken">Stops waiting. The queued runs go on while this store is open and resume
    /// when a store next connects to the database.</param>
    /// <exception cref="EventStoreException">Bad request, id reused with other parameters, engine version differs
    /// from the one that started an unfinished comparison, database failure, or a run failed repeatedly.</exception>
    public Task<ComparisonResult> RunComparisonAsync(ComparisonRequest request, string comparisonId, StorageMode storage,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        RunComparisonAsync(request, comparisonId, storage, distributed: false,
            progress is null ? null : new RecordedOnly(progress), cancellationToken);

    /// <summary>
    /// Runs a comparison as a durable process, in this process (<paramref name="distributed"/> false) or on the worker
    /// processes sharing the database (true: its run blocks go to the shared queue and this call only waits).
    /// </summary>
    /// <inheritdoc cref="RunComparisonAsync(ComparisonRequest, string, StorageMode, IProgress{int}?, CancellationToken)"/>
    public async Task<ComparisonResult> RunComparisonAsync(ComparisonRequest request, string comparisonId, StorageMode storage, bool distributed,
        IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default) =>
        (await RunComparisonsAsync([new ComparisonSpec(comparisonId, request)], storage, distributed, progress, cancellationToken))[0];

    /// <summary>
    /// Runs a batch of comparisons (the scenario variants of a sweep, say) as durable processes: every comparison is
    /// started (or found, when it exists), all their run blocks are queued at once, and the call waits until every
    /// one is complete. Results come in the order given. Each comparison behaves as in
    /// <see cref="RunComparisonAsync(ComparisonRequest, string, StorageMode, IProgress{int}?, CancellationToken)"/>.
    /// </summary>
    /// <param name="comparisons">The comparisons; their ids must differ.</param>
    /// <param name="storage">Which run streams to keep.</param>
    /// <param name="distributed">Queue the run blocks on the shared queue that worker processes
    /// (<see cref="CampaignStoreOptions.TakesSharedRuns"/>) take them from, instead of running them here.</param>
    /// <param name="progress">Receives the runs recorded over the batch (and, when distributed, the workers alive).</param>
    /// <param name="cancellationToken">Stops waiting; queued runs stay queued.</param>
    /// <exception cref="EventStoreException">As for a single comparison, or two comparisons share an id.</exception>
    public async Task<IReadOnlyList<ComparisonResult>> RunComparisonsAsync(IReadOnlyList<ComparisonSpec> comparisons, StorageMode storage, bool distributed,
        IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new ComparisonResult[comparisons.Count];
        await RunComparisonsAsync(comparisons, storage, distributed, (k, result) => results[k] = result, progress, cancellationToken);
        return results;
    }

    /// <summary>
    /// Runs a batch of comparisons as <see cref="RunComparisonsAsync(IReadOnlyList{ComparisonSpec}, StorageMode, bool, IProgress{JobProgress}?, CancellationToken)"/>
    /// does, but hands each result to <paramref name="onResult"/> (with its index) as soon as it is read back, in order,
    /// instead of returning them all: a caller that keeps only a summary of each holds one comparison's runs at a time.
    /// </summary>
    /// <inheritdoc cref="RunComparisonsAsync(IReadOnlyList{ComparisonSpec}, StorageMode, bool, IProgress{JobProgress}?, CancellationToken)"/>
    public async Task RunComparisonsAsync(IReadOnlyList<ComparisonSpec> comparisons, StorageMode storage, bool distributed,
        Action<int, ComparisonResult> onResult, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onResult);
        ArgumentNullException.ThrowIfNull(comparisons);
        if (comparisons.Select(c => c.ComparisonId).Distinct().Count() != comparisons.Count)
            throw new EventStoreException("Two comparisons of a batch have the same id.");
        var started = comparisons.Select(c => Describe(c.Request, c.ComparisonId, storage, distributed)).ToArray();
        var ids = comparisons.Select(c => RunIds.Comparison(c.ComparisonId)).ToArray();
        await Guarded(async () =>
        {
            // Every id is checked before any comparison starts, so that a batch refused for one of them writes nothing.
            for (var k = 0; k < comparisons.Count; k++)
                if (await LoadComparisonAsync(ids[k], cancellationToken) is { } existing)
                {
                    EnsureFinishable(existing, comparisons[k].ComparisonId);
                    EnsureSameComparison(existing.Started, started[k], _options.OtherIdAdvice);
                }
            for (var k = 0; k < comparisons.Count; k++)
                await StartOrResumeAsync(ids[k], comparisons[k].ComparisonId, started[k], comparisons[k].Request.Replications, cancellationToken);
            await WaitForCompletionAsync(ids, comparisons.Select(c => c.ComparisonId).ToArray(), distributed, progress, cancellationToken);
        }, cancellationToken);
        for (var k = 0; k < comparisons.Count; k++)
            onResult(k, await ReplayComparisonAsync(comparisons[k].ComparisonId, cancellationToken));
    }

    private async Task StartOrResumeAsync(Guid id, string comparisonId, ComparisonStarted started, int replications, CancellationToken cancellationToken)
    {
        var existing = await LoadComparisonAsync(id, cancellationToken);
        if (existing is null)
        {
            try
            {
                var blockSize = started.Shared ? RunsPerSharedBlock(started.Scenario, replications) : RunsPerMessage(replications);
                await _host.Services.GetRequiredService<IMessageBus>()
                    .InvokeAsync(new StartComparison(id, started with { BlockSize = blockSize }), cancellationToken);
            }
            catch (Exception e) when (Has<Marten.Exceptions.ExistingStreamIdCollisionException>(e) || Has<JasperFx.Events.ExistingStreamIdCollisionException>(e))
            {
                existing = await LoadComparisonAsync(id, cancellationToken)
                    ?? throw new EventStoreException($"Stream {id} of comparison '{comparisonId}' exists in {Database} but holds no comparison; nothing was written. {_options.OtherIdAdvice}.", e);
            }
        }
        if (existing is not null)
        {
            EnsureFinishable(existing, comparisonId);
            EnsureSameComparison(existing.Started, started, _options.OtherIdAdvice);
            if (!existing.Completed) await DeadLetters.ReplayAsync(_sql, _options.SchemaName, id, cancellationToken);
        }
    }

    /// <summary>Rebuilds a comparison's result from its stored events (the recorded run outcomes), without simulating.</summary>
    /// <exception cref="EventStoreException">No such comparison, or it is unfinished.</exception>
    public Task<ComparisonResult> ReplayComparisonAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            var id = RunIds.Comparison(comparisonId);
            var comparison = await LoadComparisonAsync(id, cancellationToken)
                ?? throw new EventStoreException($"There is no comparison '{comparisonId}' in {Database}.");
            // Run by run as they are read: the result keeps each run's numbers, never the events with their timelines.
            var result = new RecordedComparison(comparison.Started);
            await using var session = Documents.QuerySession();
            await foreach (var run in RecordedRuns.ReadAsync(session, id, comparison.Started, cancellationToken)) result.Add(run);
            return result.Build();
        }, cancellationToken);

    /// <summary>The projected summary of a finished comparison; null when there is none (unknown or unfinished).</summary>
    public Task<ComparisonSummary?> GetComparisonSummaryAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            return await session.LoadAsync<ComparisonSummary>(RunIds.Comparison(comparisonId), cancellationToken);
        }, cancellationToken);

    /// <summary>Where a comparison stands; null when there is no comparison with that id.</summary>
    public Task<ComparisonStatus?> GetComparisonStatusAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var c = await session.LoadAsync<Comparison>(RunIds.Comparison(comparisonId), cancellationToken);
            return c is null ? null : StatusOf(c, await RecordedAsync(session, c, cancellationToken));
        }, cancellationToken);

    private static ComparisonStatus StatusOf(Comparison c, (int Runs, int Streams, DateTimeOffset? Last) recorded)
    {
        var s = c.Started;
        var storage = s.KeptReplications >= s.Replications ? StorageMode.Full : StorageMode.Sample(s.KeptReplications);
        return new ComparisonStatus(s.Name, c.Id, s.ExpectedRuns, recorded.Runs, recorded.Streams, c.Completed, storage, s.EngineVersion, s.ScenarioHash, s.Shared,
            LastActivity: recorded.Last);
    }

    /// <summary>
    /// Runs and kept streams recorded so far, and when the latest was: the snapshot's counts and the comparison stream's
    /// last write when the comparison is recorded run by run; otherwise the runs of the blocks whose streams exist and
    /// the latest of those (the comparison's stream itself is written only when it starts and when its last block is in).
    /// </summary>
    private static async Task<(int Runs, int Streams, DateTimeOffset? Last)> RecordedAsync(IQuerySession session, Comparison c, CancellationToken cancellationToken)
    {
        if (c.Started.BlockSize is null || c.Completed)
            return (c.RecordedCount, c.StreamsStored, (await session.Events.FetchStreamStateAsync(c.Id, cancellationToken))?.LastTimestamp);
        var blocks = c.Started.Blocks();
        var written = await RecordedBlocks.WrittenAsync(session, [.. blocks.Select(b => b.StreamId)], cancellationToken);
        var done = blocks.Where(b => written.ContainsKey(b.StreamId)).ToArray();
        return (done.Sum(b => b.Count), done.Sum(b => b.Kept), written.Count == 0 ? null : written.Values.Max());
    }

    /// <summary>Every comparison in the database (or only the unfinished ones) with where it stands, the newest first.</summary>
    public Task<IReadOnlyList<ComparisonStatus>> ListComparisonsAsync(bool unfinishedOnly = false, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var query = session.Query<Comparison>();
            var comparisons = unfinishedOnly
                ? await query.Where(c => !c.Completed).ToListAsync(cancellationToken)
                : await query.ToListAsync(cancellationToken);
            var list = new List<ComparisonStatus>(comparisons.Count);
            foreach (var c in comparisons)
            {
                var state = await session.Events.FetchStreamStateAsync(c.Id, cancellationToken);
                list.Add(StatusOf(c, await RecordedAsync(session, c, cancellationToken)) with { Created = state?.Created });
            }
            return (IReadOnlyList<ComparisonStatus>)[.. list.OrderByDescending(c => c.Created).ThenBy(c => c.Name, StringComparer.Ordinal)];
        }, cancellationToken);

    /// <summary>
    /// The worker processes alive on the database (every engine version): Wolverine nodes whose heartbeat is recent
    /// and that listen to a shared run queue, read from Wolverine's own node table.
    /// </summary>
    public Task<IReadOnlyList<WorkerNode>> ListWorkersAsync(CancellationToken cancellationToken = default) =>
        Guarded(() => WorkerNodes.ListAsync(_sql, _options.SchemaName, cancellationToken), cancellationToken);

    private async Task<(int Same, int Other)> CountWorkersAsync(CancellationToken cancellationToken)
    {
        var workers = await WorkerNodes.ListAsync(_sql, _options.SchemaName, cancellationToken);
        var same = workers.Count(w => w.Runs(EngineInfo.Version));
        return (same, workers.Count - same);
    }

    /// <summary>
    /// The outcome of a run: the projected document of a kept run, or, for a run whose stream is not kept, the one
    /// recorded in its block (found by a search of the comparisons' runs); null when unknown.
    /// </summary>
    public Task<RunOutcome?> GetRunOutcomeAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            if (await session.LoadAsync<RunOutcome>(runId, cancellationToken) is { } projected) return projected;
            return await RecordOfAsync(session, runId, cancellationToken) is { } recorded
                ? RunRecordedModels.Outcome(recorded.Comparison.Id, recorded.Comparison.Started, recorded.Run)
                : null;
        }, cancellationToken);

    /// <summary>The weekly timeline of a run, found as <see cref="GetRunOutcomeAsync"/> finds its outcome; null when unknown.</summary>
    public Task<RunTimeline?> GetRunTimelineAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            if (await session.LoadAsync<RunTimeline>(runId, cancellationToken) is { } projected) return projected;
            return await RecordOfAsync(session, runId, cancellationToken) is { } recorded ? RunRecordedModels.Timeline(recorded.Comparison.Id, recorded.Run) : null;
        }, cancellationToken);

    /// <summary>The outcomes of every recorded run of a comparison (kept or not), by model then replication, read from its blocks.</summary>
    public Task<IReadOnlyList<RunOutcome>> GetRunOutcomesAsync(string comparisonId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            var id = RunIds.Comparison(comparisonId);
            await using var session = Documents.QuerySession();
            if (await session.LoadAsync<Comparison>(id, cancellationToken) is not { } comparison) return (IReadOnlyList<RunOutcome>)[];
            var outcomes = new Dictionary<Guid, RunOutcome>();
            await foreach (var run in RecordedRuns.ReadAsync(session, id, comparison.Started, cancellationToken))
                outcomes.TryAdd(run.RunId, RunRecordedModels.Outcome(id, comparison.Started, run));
            return [.. outcomes.Values.OrderBy(o => o.ModelId, StringComparer.Ordinal).ThenBy(o => o.Replication)];
        }, cancellationToken);

    /// <summary>The stored events of a run, read back from the event store.</summary>
    /// <exception cref="EventStoreException">The run's stream is not stored.</exception>
    public Task<IReadOnlyList<CampaignEvent>> ReadRunEventsAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            return (IReadOnlyList<CampaignEvent>)RunStreams.Data(await FetchRunStreamAsync(session, runId, cancellationToken));
        }, cancellationToken);

    /// <summary>Rebuilds a run's outcome and timeline by folding its stored events (no simulation).</summary>
    /// <exception cref="EventStoreException">The run's stream is not stored.</exception>
    public Task<RunReplay> ReplayRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var (outcome, timeline) = RunStreams.ReadModels(runId, await FetchRunStreamAsync(session, runId, cancellationToken));
            return new RunReplay(outcome, timeline);
        }, cancellationToken);

    /// <summary>Verifies replication <paramref name="replication"/> of <paramref name="modelId"/> in a comparison.</summary>
    /// <remarks>Reads the run's block directly (and keeps the last block read, so that verifying a comparison's runs in
    /// order reads each block once).</remarks>
    public Task<RunVerification> VerifyRunAsync(string comparisonId, string modelId, int replication, CancellationToken cancellationToken = default) =>
        VerifyAsync(RunIds.Run(comparisonId, modelId, replication), (comparisonId, modelId, replication), cancellationToken);

    /// <summary>
    /// Verifies a run by re-simulating its seed with this engine and comparing event-stream hashes with the hash
    /// recorded when it finished and, when its stream is kept, with the stored events read back. A run made by
    /// another engine version is reported as such and not re-simulated.
    /// </summary>
    /// <exception cref="EventStoreException">No such run.</exception>
    public Task<RunVerification> VerifyRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        VerifyAsync(runId, null, cancellationToken);

    private Task<RunVerification> VerifyAsync(Guid runId, (string Comparison, string Model, int Replication)? place, CancellationToken cancellationToken) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var stream = await session.Events.FetchStreamAsync(runId, token: cancellationToken);
            var placement = stream.Count > 0 ? RunStreams.PlacementOf(stream[0]) : null;
            var storedStart = stream.Count > 0 ? stream[0].Data as CampaignStarted : null;
            Comparison? comparison;
            RunRecorded? recorded;
            if (place is { } p || placement is not null && storedStart is not null)
            {
                // The run's place is known (given, or named on its stream's first event): its block is read directly.
                comparison = await session.LoadAsync<Comparison>(place is { } known ? RunIds.Comparison(known.Comparison) : placement!.ComparisonId, cancellationToken);
                recorded = comparison is null ? null : await RecordOfAsync(session, comparison,
                    place?.Model ?? storedStart!.ModelId, place?.Replication ?? placement!.Replication, cancellationToken);
            }
            else
            {
                var found = await RecordOfAsync(session, runId, cancellationToken);
                comparison = found?.Comparison;
                recorded = found?.Run;
            }
            if (recorded is null && stream.Count == 0) throw new EventStoreException($"There is no run {runId} in {Database}.");

            // A stream made by another engine cannot have its workforce re-derived here; it is reported as such below.
            var stored = stream.Count > 0 && storedStart?.EngineVersion is { } made && made == EngineInfo.Version ? RunStreams.Data(stream) : null;
            var scenario = storedStart?.Scenario ?? comparison?.Started.Scenario
                ?? throw new EventStoreException($"Run {runId} has neither a stored stream nor a comparison to take its scenario from.");
            var scenarioHash = storedStart?.ScenarioHash ?? comparison!.Started.ScenarioHash;
            var modelId = storedStart?.ModelId ?? recorded!.ModelId;
            var seed = storedStart?.Seed ?? recorded!.Seed;
            var engine = storedStart?.EngineVersion ?? recorded!.EngineVersion;
            var replication = recorded?.Replication ?? placement?.Replication ?? -1;
            var name = comparison?.Started.Name ?? placement?.Comparison ?? "";
            var storedHash = stored is null ? null : EventJson.StreamHash(stored);
            var recordedHash = recorded?.StreamHash ?? "";

            RunVerification Result(string? resimulated, VerificationStatus status, int? first, string message) =>
                new(runId, name, modelId, replication, seed, stream.Count > 0, engine, EngineInfo.Version,
                    recordedHash, storedHash, resimulated, status, first, message);

            if (engine != EngineInfo.Version)
                return Result(null, VerificationStatus.EngineVersionDiffers, null,
                    $"Run made by engine {engine}; this is engine {EngineInfo.Version}. Its stream can only be re-derived bit-exactly by engine {engine}.");

            var resimulated = CampaignEngine.Run(scenario, modelId, seed, scenarioHash).Events;
            var resimulatedHash = EventJson.StreamHash(resimulated);
            var first = stored is null ? null : FirstDifference(stored, resimulated);
            var problems = new List<string>();
            if (recorded is not null && recordedHash.Length > 0 && recordedHash != resimulatedHash)
                problems.Add($"the re-simulated stream ({resimulatedHash[..12]}…) differs from the hash recorded when the run finished ({recordedHash[..12]}…)");
            if (recorded is not null && recordedHash.Length == 0 && OutcomeDifference(recorded, CampaignState.Fold(resimulated)) is { } difference)
                problems.Add($"the re-simulated run's {difference} differs from the one recorded when the run finished");
            if (storedHash is not null && storedHash != resimulatedHash)
                problems.Add($"the stored stream ({storedHash[..12]}…) differs from the re-simulated one ({resimulatedHash[..12]}…), first at event {first}");
            return problems.Count == 0
                ? Result(resimulatedHash, VerificationStatus.Verified, null,
                    stored is null
                        ? recordedHash.Length > 0
                            ? $"Re-simulating seed {seed} gives the recorded stream ({resimulated.Count} events, hash {resimulatedHash[..12]}…); the stream itself is not kept."
                            : $"Re-simulating seed {seed} gives the recorded outcome and timeline ({resimulated.Count} events); the stream itself is not kept."
                        : $"Stored stream equals the re-simulated one ({resimulated.Count} events, hash {resimulatedHash[..12]}…).")
                : Result(resimulatedHash, VerificationStatus.Mismatch, first, "Mismatch: " + string.Join("; ", problems) + ".");
        }, cancellationToken);

    /// <summary>
    /// Rebuilds the read models (<see cref="RunOutcome"/>, <see cref="RunTimeline"/>, <see cref="ComparisonSummary"/>)
    /// from the stored events with Marten's projection rebuild: the documents are deleted and projected again.
    /// </summary>
    public Task RebuildProjectionsAsync(CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            using var daemon = await Documents.BuildProjectionDaemonAsync();
            foreach (var name in new[] { "RunOutcome", "RunTimeline", "ComparisonSummary" })
                await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), cancellationToken);
        }, cancellationToken);

    /// <summary>Stops the message host (queued runs stay in the database) and closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            await _sql.DisposeAsync();
            if (_host is IAsyncDisposable a) await a.DisposeAsync();
            else _host.Dispose();
        }
    }

    internal static ComparisonStarted Describe(ComparisonRequest request, string comparisonId, StorageMode storage, bool shared)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(storage);
        if (string.IsNullOrWhiteSpace(comparisonId) || comparisonId.Length > 200 || comparisonId.Any(char.IsControl))
            throw new EventStoreException("A comparison id is 1–200 printable characters.");
        if (request.Models.Count == 0) throw new EventStoreException("A comparison needs at least one model.");
        if (request.Replications is < 1 or > 100_000) throw new EventStoreException($"Replications must be 1–100,000 (got {request.Replications}).");
        var unknown = request.Models.Where(m => !ModelCatalog.Ids.Contains(m)).ToArray();
        if (unknown.Length > 0)
            throw new EventStoreException($"Unknown model(s) {string.Join(", ", unknown)} (models: {string.Join(", ", ModelCatalog.Ids)}).");
        if (request.Models.Distinct().Count() != request.Models.Count) throw new EventStoreException("A model is listed twice.");
        return new ComparisonStarted(
            comparisonId, request.Scenario, ScenarioHash.Compute(request.Scenario), [.. request.Models],
            request.Models.Select(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m)).ToArray(),
            request.Replications, request.BaseSeed, request.Baseline, request.Weights, storage.KeptOf(request.Replications), EngineInfo.Version, shared,
            request.Matter);
    }

    /// <summary>
    /// An unfinished comparison that another store format or engine started cannot be finished here, whatever was asked
    /// (a newer engine may also hash the same scenario differently), so that is said before any other difference.
    /// </summary>
    private static void EnsureFinishable(Comparison existing, string comparisonId)
    {
        if (existing.Completed) return;
        if (StoreFormat.Of(existing.Started) != StoreFormat.Current) throw new EventStoreException(StoreFormat.CannotFinish(existing.Started));
        if (existing.Started.EngineVersion != EngineInfo.Version)
            throw new EventStoreException($"Comparison '{comparisonId}' was started with engine {existing.Started.EngineVersion} and is unfinished; this is engine {EngineInfo.Version}. Finish it with engine {existing.Started.EngineVersion}, or start a new comparison.");
    }

    private static void EnsureSameComparison(ComparisonStarted stored, ComparisonStarted asked, string otherIdAdvice)
    {
        var differences = new List<string>();
        if (stored.ScenarioHash != asked.ScenarioHash) differences.Add("scenario");
        if (!stored.Models.SequenceEqual(asked.Models)) differences.Add($"models ({string.Join(", ", stored.Models)})");
        if (stored.Replications != asked.Replications) differences.Add($"replications ({stored.Replications})");
        if (stored.BaseSeed != asked.BaseSeed) differences.Add($"base seed ({stored.BaseSeed})");
        if (stored.KeptReplications != asked.KeptReplications) differences.Add($"storage ({stored.KeptReplications} streams kept per model)");
        if (stored.Baseline != asked.Baseline) differences.Add($"baseline ({stored.Baseline ?? "none"})");
        if (stored.Weights != asked.Weights) differences.Add($"weights ({stored.Weights})");
        if ((stored.Matter ?? new DifferencesThatMatter()) != (asked.Matter ?? new DifferencesThatMatter()))
            differences.Add($"smallest differences that matter ({stored.Matter ?? new DifferencesThatMatter()})");
        if (differences.Count > 0)
            throw new EventStoreException($"Comparison '{stored.Name}' already exists with other {string.Join(", ", differences)}. {otherIdAdvice}, or the same parameters to resume or read it.");
    }

    /// <summary>
    /// Runs per block on the shared queue: enough for about <see cref="SharedBlockSeconds"/> of simulation, so that a
    /// worker's wait between two takes of the queue (its polling interval) is small beside the work it takes, at most
    /// 250 and at most a quarter of the replications (so that several workers share even a small comparison). A run is
    /// estimated at <see cref="SecondsPerWorkerWeek"/> per worker-week, measured on the shipped scenarios.
    /// </summary>
    private int RunsPerSharedBlock(Domain.Scenarios.Scenario scenario, int replications)
    {
        if (_options.RunsPerMessage is { } fixedSize) return fixedSize;
        var workerWeeks = Math.Max(1.0, scenario.Weeks * (double)scenario.Workplaces.Sum(w => w.Workers));
        var byTime = (int)Math.Ceiling(SharedBlockSeconds / (workerWeeks * SecondsPerWorkerWeek));
        return Math.Clamp(Math.Min(byTime, (replications + 3) / 4), 1, 250);
    }

    /// <summary>Simulation time a block on the shared queue is sized for.</summary>
    internal const double SharedBlockSeconds = 0.5;

    /// <summary>
    /// Engine time per worker-week, for sizing blocks: a 600-worker, 104-week hospital run takes about 2.3 ms on one core
    /// here (37 ns per worker-week), a 200-worker default run 0.3–0.6 ms (docs/performance.md).
    /// </summary>
    internal const double SecondsPerWorkerWeek = 35e-9;

    private int RunsPerMessage(int replications) =>
        _options.RunsPerMessage ?? Math.Clamp((replications + 4 * Math.Max(1, _options.MaxParallelRuns) - 1) / (4 * Math.Max(1, _options.MaxParallelRuns)), 1, 25);

    private async Task<Comparison?> LoadComparisonAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<Comparison>(id, cancellationToken);
    }

    private async Task WaitForCompletionAsync(Guid[] ids, string[] names, bool distributed, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        var recorded = new int[ids.Length];
        var expected = new int[ids.Length];
        var blocks = new IReadOnlyList<RecordedBlock>?[ids.Length];
        var blocksIn = ids.Select(_ => new HashSet<Guid>()).ToArray();
        var pending = Enumerable.Range(0, ids.Length).ToList();
        JobProgress? reported = null;
        var nextCheck = DateTime.UtcNow;
        var allInAtLastCheck = new HashSet<int>();
        DateTime? firstLostRun = null;
        (int Same, int Other) workers = (0, 0);
        while (true)
        {
            var allIn = new List<int>();
            var missing = new List<Guid>();
            await using (var session = Documents.QuerySession())
            {
                var loaded = (await session.LoadManyAsync<Comparison>(cancellationToken, pending.Select(k => ids[k]).ToArray())).ToDictionary(c => c.Id);
                foreach (var k in pending.ToArray())
                {
                    var comparison = loaded.GetValueOrDefault(ids[k])
                        ?? throw new EventStoreException($"Comparison '{names[k]}' disappeared from {Database}.");
                    recorded[k] = comparison.RecordedCount;
                    expected[k] = comparison.Started.ExpectedRuns;
                    if (comparison.Completed) pending.Remove(k);
                    else if (comparison.Started.BlockSize is not null) blocks[k] ??= comparison.Started.Blocks();
                }
                // Progress of a comparison recorded in blocks: its blocks' streams, only those not seen yet (a block, once in, stays).
                foreach (var k in pending)
                    if (blocks[k] is { } of) missing.AddRange(of.Where(b => !blocksIn[k].Contains(b.StreamId)).Select(b => b.StreamId));
                var present = await RecordedBlocks.PresentAsync(session, missing, cancellationToken);
                foreach (var k in pending)
                {
                    if (blocks[k] is not { } of) continue;
                    blocksIn[k].UnionWith(of.Select(b => b.StreamId).Where(present.Contains));
                    recorded[k] = of.Where(b => blocksIn[k].Contains(b.StreamId)).Sum(b => b.Count);
                    if (blocksIn[k].Count == of.Count) allIn.Add(k);
                }
            }
            if (DateTime.UtcNow >= nextCheck)
            {
                // Every block was in at the last check already (a second ago) and still nothing completed the comparison: the
                // completion message of its last block was lost (a process killed between the block's commit and the
                // message), so it is completed from here. Waiting a check first leaves the completion to that message,
                // handled within milliseconds, instead of both building the summary at once.
                foreach (var k in allIn)
                    if (allInAtLastCheck.Contains(k)) await CompleteAsync(ids[k], cancellationToken);
                allInAtLastCheck = [.. allIn];
                if (distributed) workers = await CountWorkersAsync(cancellationToken);
                foreach (var k in pending)
                {
                    if (await DeadLetters.FirstFailureAsync(_sql, _options.SchemaName, ids[k], cancellationToken) is not { } failure) continue;
                    // A run that failed only because the connection was lost is handed back to be tried again, for as
                    // long as an outage is tolerated; anything else stops the comparison.
                    firstLostRun ??= DateTime.UtcNow;
                    if (!TransientFailure.IsTypeName(failure.Type) || DateTime.UtcNow - firstLostRun > _options.OutageTolerance)
                        throw new EventStoreException($"Comparison '{names[k]}' stopped after {recorded[k]} of {expected[k]} runs: {failure.Message} Recorded runs are kept; run it again with the same id to retry the rest.");
                    await DeadLetters.ReplayAsync(_sql, _options.SchemaName, ids[k], cancellationToken);
                }
                nextCheck = DateTime.UtcNow.AddSeconds(1);
            }
            var now = new JobProgress(recorded.Sum(), expected.Sum(), distributed ? workers.Same : null, workers.Other);
            if (now != reported)
            {
                reported = now;
                progress?.Report(now);
            }
            if (pending.Count == 0) return;
            // A look costs one index probe per block not yet in: a comparison of many thousands of blocks is looked at less often.
            await Task.Delay(_options.PollInterval * Math.Max(1, missing.Count / 2000), cancellationToken);
        }
    }

    /// <summary>Completes a comparison whose blocks are all recorded (nothing happens when one is missing or it is complete).</summary>
    private async Task CompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await _host.Services.GetRequiredService<IMessageBus>().InvokeAsync(new CompleteComparison(id), cancellationToken);
        }
        catch (Exception e) when (Has<JasperFx.ConcurrencyException>(e))
        {
            // Another process completed it at the same moment; the next look sees it complete.
        }
    }

    private async Task<IReadOnlyList<IEvent>> FetchRunStreamAsync(IQuerySession session, Guid runId, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchStreamAsync(runId, token: cancellationToken);
        if (stream.Count > 0) return stream;
        if (await RecordOfAsync(session, runId, cancellationToken) is not { Run.StreamStored: false } record)
            throw new EventStoreException($"There is no stored run {runId}.");
        throw new EventStoreException($"Run {runId} ({record.Run.ModelId}, replication {record.Run.Replication} of '{record.Comparison.Started.Name}') was recorded without its stream; VerifyRunAsync re-derives it from its seed.");
    }

    /// <summary>
    /// A run's record and its comparison, found by its run id alone: the id is a hash of (comparison, model,
    /// replication), so every comparison's run ids are computed and compared (about a microsecond each), and the record
    /// is then read from the run's block. Fine for one run; a caller that knows the run's place reads it directly.
    /// </summary>
    private async Task<(Comparison Comparison, RunRecorded Run)?> RecordOfAsync(IQuerySession session, Guid runId, CancellationToken cancellationToken)
    {
        foreach (var comparison in await session.Query<Comparison>().ToListAsync(cancellationToken))
        {
            var s = comparison.Started;
            for (var m = 0; m < s.Models.Count; m++)
            {
                if (s.NotApplicableReasons[m] is not null) continue;
                for (var r = 0; r < s.Replications; r++)
                {
                    if (RunIds.Run(s.Name, s.Models[m], r) != runId) continue;
                    return await RecordOfAsync(session, comparison, s.Models[m], r, cancellationToken) is { } run ? (comparison, run) : null;
                }
            }
        }
        return null;
    }

    /// <summary>The record of replication <paramref name="replication"/> of a model in a comparison, or null when it is not recorded.</summary>
    private async Task<RunRecorded?> RecordOfAsync(IQuerySession session, Comparison comparison, string modelId, int replication, CancellationToken cancellationToken)
    {
        var started = comparison.Started;
        if (started.BlockSize is null) return await RecordedRuns.FindRunByRunAsync(session, comparison.Id, started, modelId, replication, cancellationToken);
        if (RecordedRuns.BlockOf(started, modelId, replication) is not { } blockId) return null;
        // The block read last is used again while its row is the one read (a row changed since has another xmin).
        var version = await RecordedRuns.RowVersionAsync(session, blockId, cancellationToken);
        if (version is null) return null;
        if (_lastBlock is not { } last || last.StreamId != blockId || last.RowVersion != version)
        {
            if (await RecordedRuns.BlockAsync(session, blockId, cancellationToken) is not { } block) return null;
            last = new ReadBlock(blockId, version, block.Runs());
            _lastBlock = last;
        }
        return last.Runs[replication - last.Runs[0].Replication];
    }

    /// <summary>Which of a recorded run's outcome and timeline differ from those of a re-simulated state, or null.</summary>
    private static string? OutcomeDifference(RunRecorded recorded, CampaignState resimulated)
    {
        static string Json<T>(T value) => JsonSerializer.Serialize(value, EventJson.Options);
        if (Json(recorded.Outcome) != Json(CampaignOutcome.From(resimulated))) return "outcome";
        return Json(recorded.Timeline) != Json(CampaignTimeline.From(resimulated)) ? "weekly timeline" : null;
    }

    private static int? FirstDifference(IReadOnlyList<CampaignEvent> a, IReadOnlyList<CampaignEvent> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            if (EventJson.Serialize(a[i]) != EventJson.Serialize(b[i])) return i;
        return a.Count == b.Count ? null : Math.Min(a.Count, b.Count);
    }

    private static bool Has<T>(Exception e) where T : Exception
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is T) return true;
        return false;
    }

    private async Task Guarded(Func<Task> action, CancellationToken cancellationToken) =>
        await Guarded(async () => { await action(); return 0; }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/>, again and again while the connection is lost, with growing waits, until
    /// <see cref="CampaignStoreOptions.OutageTolerance"/> has passed since the first failure; every action is safe to
    /// repeat (a comparison resumes). Database failures become <see cref="EventStoreException"/>s that name the server.
    /// </summary>
    private async Task<T> Guarded<T>(Func<Task<T>> action, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var firstFailure = (DateTime?)null;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var result = await action();
                if (attempt > 0) _options.OnRetry?.Invoke($"reconnected to {Database}; carrying on.");
                return result;
            }
            catch (Exception e) when (TransientFailure.Is(e) && !cancellationToken.IsCancellationRequested
                && DateTime.UtcNow + TransientFailure.Backoff(attempt) - (firstFailure ??= DateTime.UtcNow) <= _options.OutageTolerance)
            {
                var wait = TransientFailure.Backoff(attempt);
                _options.OnRetry?.Invoke(TransientFailure.Retrying($"lost the connection to {Database}", e, wait, _options.OutageTolerance));
                await Task.Delay(wait, cancellationToken);
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
            {
                // The caller asked to stop: a command torn down part-way by the cancellation can come back as a
                // database error (seen once as "invalid byte sequence"), which is not a failure of the database.
                throw new OperationCanceledException("Stopped while talking to the database.", e, cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException || e is MartenException && Has<NpgsqlException>(e) || TransientFailure.Is(e))
            {
                throw ConnectionCheck.Explain(_connection, e);
            }
        }
    }

    /// <summary>A block read for one of its runs, with the version of its row it was read from.</summary>
    private sealed record ReadBlock(Guid StreamId, string RowVersion, IReadOnlyList<RunRecorded> Runs);

    /// <summary>Hands on the count of recorded runs only, for the single-comparison overload.</summary>
    private sealed class RecordedOnly(IProgress<int> inner) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => inner.Report(value.RecordedRuns);
    }
}
