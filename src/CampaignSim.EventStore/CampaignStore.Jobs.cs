using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Hosting;
using CampaignSim.EventStore.ReadModels;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace CampaignSim.EventStore;

// Running comparisons: checking and starting them, queuing their runs and waiting until every run is recorded.
public sealed partial class CampaignStore
{
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
        // A batch of one (a comparison) takes the result its completion read; a larger batch reads each back in turn, so
        // that a caller keeping only a summary of each holds one comparison's runs at a time.
        if (ids.Length == 1) CompletedResults.Expect(Documents, ids[0]);
        try
        {
            await RunAndWaitAsync();
            for (var k = 0; k < comparisons.Count; k++)
                onResult(k, CompletedResults.Take(Documents, ids[k]) ?? await ReplayComparisonAsync(comparisons[k].ComparisonId, cancellationToken));
        }
        finally
        {
            foreach (var id in ids) CompletedResults.Take(Documents, id);
        }

        async Task RunAndWaitAsync() => await Guarded(async () =>
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
    }

    private async Task StartOrResumeAsync(Guid id, string comparisonId, ComparisonStarted started, int replications, CancellationToken cancellationToken)
    {
        var existing = await LoadComparisonAsync(id, cancellationToken);
        if (existing is null)
        {
            try
            {
                var blockSize = RunsPerBlock(started.Scenario, replications, started.Shared ? 1 : Math.Max(1, _options.MaxParallelRuns));
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

    internal static ComparisonStarted Describe(ComparisonRequest request, string comparisonId, StorageMode storage, bool shared)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(storage);
        if (string.IsNullOrWhiteSpace(comparisonId) || comparisonId.Length > 200 || comparisonId.Any(char.IsControl))
            throw new EventStoreException("A comparison id is 1–200 printable characters.");
        if (request.Models.Count == 0) throw new EventStoreException("A comparison needs at least one model.");
        if (request.Replications is < 1 or > ComparisonRequest.MaxReplications) throw new EventStoreException($"Replications must be 1–100,000 (got {request.Replications}).");
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
    /// Runs per block: enough for about <see cref="SharedBlockSeconds"/> of simulation, so that a worker's wait between two
    /// takes of the queue (its polling interval) is small beside the work it takes, and so that every block (a
    /// transaction, a message and a stream, which cost the database the same whatever the block holds) carries many runs:
    /// blocks of at most 25 runs cost it 0.24 ms a recorded hospital run, blocks of 125 0.12–0.15 ms (docs/performance.md).
    /// At most 250, and at most a quarter of the replications per thread among <paramref name="threads"/> (1 on the
    /// shared queue, so that several workers share even a small comparison; a comparison run here, this process's
    /// threads, so that each takes four blocks of each model). A run is estimated at <see cref="SecondsPerWorkerWeek"/>
    /// per worker-week, measured on the shipped scenarios.
    /// </summary>
    private int RunsPerBlock(Domain.ScenarioSpecs.Scenario scenario, int replications, int threads)
    {
        if (_options.RunsPerMessage is { } fixedSize) return fixedSize;
        var perThread = (replications + 4 * threads - 1) / (4 * threads);
        return Math.Clamp(Math.Min(perThread, RunsBySimulationTime(scenario)), 1, 250);
    }

    /// <summary>Runs of <paramref name="scenario"/> that take about <see cref="SharedBlockSeconds"/> to simulate.</summary>
    private static int RunsBySimulationTime(Domain.ScenarioSpecs.Scenario scenario)
    {
        var workerWeeks = Math.Max(1.0, scenario.Weeks * (double)scenario.Workplaces.Sum(w => w.Workers));
        return (int)Math.Ceiling(SharedBlockSeconds / (workerWeeks * SecondsPerWorkerWeek));
    }

    /// <summary>Simulation time a block is sized for.</summary>
    internal const double SharedBlockSeconds = 0.5;

    /// <summary>
    /// Engine time per worker-week, for sizing blocks: a 600-worker, 104-week hospital run took about 2.3 ms on one core
    /// here (37 ns per worker-week), a 200-worker default run 0.3–0.6 ms; since the engine's third speed pass the hospital
    /// takes 1.3–1.8 ms, so blocks hold about 0.3–0.4 s of simulation (docs/performance.md).
    /// </summary>
    internal const double SecondsPerWorkerWeek = 35e-9;

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
        var failed = new FailedMessages(this);
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
                // handled within milliseconds, instead of both building the summary at once. A completion still queued
                // or running in this process is not lost: completing reads every block to build the summary (seconds for
                // thousands of runs), and completing from here meanwhile would build it a second time, side by side.
                var completing = CompletionUnderway();
                foreach (var k in allIn)
                    if (allInAtLastCheck.Contains(k) && !completing) await CompleteAsync(ids[k], cancellationToken);
                allInAtLastCheck = [.. allIn];
                if (distributed) workers = await CountWorkersAsync(cancellationToken);
                foreach (var k in pending)
                    await failed.HandBackOrStopAsync(ids[k], failure =>
                        $"Comparison '{names[k]}' stopped after {recorded[k]} of {expected[k]} runs: {failure} Recorded runs are kept; run it again with the same id to retry the rest.",
                        cancellationToken);
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

    /// <summary>
    /// The messages of a job (a comparison's or a calibration's blocks) in the dead-letter table: one that failed only
    /// because the connection was lost is handed back to be tried again, for as long as an outage is tolerated, counted
    /// from the first such failure of the job; anything else stops the job.
    /// </summary>
    private sealed class FailedMessages(CampaignStore store)
    {
        private DateTime? _firstLost;

        /// <summary>Hands back the failed messages of <paramref name="id"/>, or throws the sentence <paramref name="stopped"/> makes of the failure.</summary>
        public async Task HandBackOrStopAsync(Guid id, Func<string, string> stopped, CancellationToken cancellationToken)
        {
            var options = store._options;
            if (await DeadLetters.FirstFailureAsync(store._sql, options.SchemaName, id, cancellationToken) is not { } failure) return;
            _firstLost ??= DateTime.UtcNow;
            if (!TransientFailure.IsTypeName(failure.Type) || DateTime.UtcNow - _firstLost > options.OutageTolerance)
                throw new EventStoreException(stopped(failure.Message));
            await DeadLetters.ReplayAsync(store._sql, options.SchemaName, id, cancellationToken);
        }
    }

    /// <summary>Whether this process holds a completion message in memory, queued or being handled.</summary>
    private bool CompletionUnderway() =>
        _host.Services.GetRequiredService<IWolverineRuntime>().Endpoints
            .FindListenerCircuit(StrandedEnvelopes.LocalQueue(CampaignHost.CompletionQueue)) is { QueueCount: > 0 };

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

    /// <summary>Hands on the count of recorded runs only, for the single-comparison overload.</summary>
    private sealed class RecordedOnly(IProgress<int> inner) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => inner.Report(value.RecordedRuns);
    }
}
