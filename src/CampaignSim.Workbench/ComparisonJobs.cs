using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Analysis.Worlds;

namespace CampaignSim.Workbench;

/// <summary>One comparison started from the page: its input, progress and latest summary.</summary>
public sealed class ComparisonJob
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<(int Summarized, string Ranking), BuiltView> _views = new();
    private int _runsDone;

    internal ComparisonJob(string id, ComparisonInput input, ComparisonRequest request)
    {
        Id = id;
        Input = input;
        Request = request;
        Applicable = request.Models.Count(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null);
    }

    /// <summary>Its id in URLs.</summary>
    public string Id { get; }

    /// <summary>What it was started from.</summary>
    public ComparisonInput Input { get; }

    /// <summary>The request (all replications).</summary>
    public ComparisonRequest Request { get; }

    /// <summary>Models that apply (each gets every replication).</summary>
    public int Applicable { get; }

    /// <summary>running, done, cancelled or failed.</summary>
    public string State { get; private set; } = "running";

    /// <summary>Why it failed, when it did.</summary>
    public string? Error { get; private set; }

    /// <summary>The latest summary (of <see cref="Summarized"/> replications per model), or null before the first block ends.</summary>
    public ComparisonResult? Summary { get; private set; }

    /// <summary>Replications per model behind <see cref="Summary"/>.</summary>
    public int Summarized { get; private set; }

    /// <summary>Runs finished so far over every model.</summary>
    public int RunsDone => Volatile.Read(ref _runsDone);

    /// <summary>Milliseconds from the start to the first summary, or null.</summary>
    public long? FirstSummaryMs { get; private set; }

    /// <summary>Milliseconds from the start to the end, or null while running.</summary>
    public long? FinishedMs { get; private set; }

    /// <summary>When it finished (recorded in the manifest as when the comparison was made).</summary>
    public DateTimeOffset? Finished { get; private set; }

    /// <summary>Milliseconds since the start.</summary>
    public long ElapsedMs => _clock.ElapsedMilliseconds;

    internal CancellationTokenSource Cancellation { get; } = new();

    /// <summary>Asks the runs to stop at the next run.</summary>
    public void Cancel() => Cancellation.Cancel();

    internal void RunCompleted() => Interlocked.Increment(ref _runsDone);

    /// <summary>The latest summary with its replications per model, read together.</summary>
    public (int Summarized, ComparisonResult? Summary) Latest
    {
        get
        {
            lock (_views)
            {
                return (Summarized, Summary);
            }
        }
    }

    /// <summary>Views already built, by replications summarised and ranking inputs (weights and smallest differences): polling and re-ranking never rebuild one.</summary>
    internal ConcurrentDictionary<(int Summarized, string Ranking), BuiltView> Views => _views;

    internal void Publish(ComparisonResult summary, int replications)
    {
        lock (_views)
        {
            FirstSummaryMs ??= _clock.ElapsedMilliseconds;
            Summary = summary;
            Summarized = replications;
            foreach (var key in _views.Keys.Where(k => k.Summarized != replications))
            {
                _views.TryRemove(key, out _);
            }
        }
    }

    internal void End(string state, string? error = null)
    {
        Error = error;
        FinishedMs = _clock.ElapsedMilliseconds;
        Finished = DateTimeOffset.UtcNow;
        State = state;
    }
}

/// <summary>
/// The comparisons of this server: at most <see cref="WorkbenchOptions.MaxConcurrentComparisons"/> running at once, the
/// last <see cref="WorkbenchOptions.MaxKeptComparisons"/> kept (the one shown last is kept longest); a new one from the page
/// cancels the one it replaces, and inputs that a kept comparison has already run to the end are shown from its runs
/// instead of being run again. Each comparison and robustness check that finishes is also given to the archive, when there is one.
/// </summary>
public sealed class ComparisonJobs(WorkbenchOptions options, IComparisonArchive? archive = null)
{
    private readonly ConcurrentDictionary<string, ComparisonJob> _jobs = new();
    private readonly List<string> _order = [];
    private readonly Lock _gate = new();

    /// <summary>Where finished comparisons are kept beyond this server's memory, or null.</summary>
    public IComparisonArchive? Archive => archive;

    /// <summary>The job with an id, or null.</summary>
    public ComparisonJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Comparisons running now (sweeps included), not counting those asked to stop.</summary>
    internal int Running => _jobs.Values.Count(j => j.State == "running" && !j.Cancellation.IsCancellationRequested)
        + _sweeps.Values.Count(s => s.State == "running") + _robust.Values.Count(r => r.State == "running");

    /// <summary>
    /// Starts a comparison in the background, or gives back a kept one with the same <see cref="ComparisonInput.Key"/> that has
    /// finished (or is the running one being replaced): <c>Reused</c> says which. Throws a 429 <see cref="BadInputException"/>
    /// when too many are running.
    /// </summary>
    public (ComparisonJob Job, bool Reused) Start(ComparisonInput input, string? replaces)
    {
        var request = input.Request(options.Threads);
        ComparisonJob job;
        lock (_gate)
        {
            var same = _jobs.Values.Where(j => j.Input.Key == input.Key
                    && (j.State == "done" || j.Id == replaces && j.State == "running" && !j.Cancellation.IsCancellationRequested))
                .OrderByDescending(j => j.State == "done").FirstOrDefault();
            if (replaces is not null && replaces != same?.Id && Find(replaces) is { State: "running" } old)
            {
                old.Cancel();
            }

            if (same is not null)
            {
                _order.Remove(same.Id);
                _order.Add(same.Id);
                return (same, true);
            }

            RefuseWhenFull();

            job = new ComparisonJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), input, request);
            _jobs[job.Id] = job;
            _order.Add(job.Id);
            for (var k = 0; _order.Count > options.MaxKeptComparisons && k < _order.Count;)
            {
                if (Find(_order[k]) is { State: not "running" })
                {
                    _jobs.TryRemove(_order[k], out _);
                    _order.RemoveAt(k);
                }
                else
                {
                    k++;
                }
            }
        }

        var token = job.Cancellation.Token;
        _ = Task.Factory.StartNew(() =>
        {
            try
            {
                ProgressiveComparison.Run(request, job.Publish, job.RunCompleted, token);
                job.End("done");
            }
            catch (OperationCanceledException)
            {
                job.End("cancelled");
                return;
            }
            catch (Exception e)
            {
                job.End("failed", $"{e.GetType().Name}: {e.Message}");
                return;
            }

            Keep(() => SavedComparison.Of(job));
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return (job, false);
    }

    /// <summary>
    /// Gives a finished comparison or check to the archive, when there is one. A failure is left to the archive's own last
    /// problem, shown with the list: the comparison itself is done and shown.
    /// </summary>
    private void Keep(Func<SavedComparison> saved)
    {
        if (archive is null)
        {
            return;
        }

        try
        {
            archive.SaveAsync(saved()).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Kept in the archive's LastProblem.
        }
    }

    private readonly ConcurrentDictionary<string, SweepJob> _sweeps = new();

    /// <summary>Throws a 429 <see cref="BadInputException"/> when as many comparisons (sweeps included) are running as may run at once.</summary>
    private void RefuseWhenFull()
    {
        var running = Running;
        if (running >= options.MaxConcurrentComparisons)
        {
            throw new BadInputException($"{running} comparisons are already running (at most {options.MaxConcurrentComparisons} at once); "
                + "wait for one to finish or stop it", 429);
        }
    }

    /// <summary>The sweep with an id, or null.</summary>
    public SweepJob? FindSweep(string id) => _sweeps.TryGetValue(id, out var sweep) ? sweep : null;

    /// <summary>
    /// Starts a sweep in the background (it counts as one comparison running, and cancels <paramref name="replaces"/>, the
    /// page's previous sweep); the last <see cref="WorkbenchOptions.MaxKeptComparisons"/> are kept.
    /// </summary>
    public SweepJob StartSweep(string path, IReadOnlyList<ComparisonInput> points, IReadOnlyList<string> values, string? replaces) =>
        StartInBackground(_sweeps, id => new SweepJob(id, path, points, values), replaces);

    private readonly ConcurrentDictionary<string, RobustJob> _robust = new();

    /// <summary>The robustness check with an id, or null.</summary>
    public RobustJob? FindRobust(string id) => _robust.TryGetValue(id, out var job) ? job : null;

    /// <summary>
    /// Starts a robustness check in the background, as a sweep is started: it counts as one comparison running, cancels
    /// <paramref name="replaces"/>, and the last <see cref="WorkbenchOptions.MaxKeptComparisons"/> are kept. One that
    /// finishes is also given to the archive, when there is one (<see cref="SavedComparison.Of(RobustJob)"/>).
    /// </summary>
    public RobustJob StartRobust(ComparisonInput input, WorldsFile file, int count, string? replaces) =>
        StartInBackground(_robust, id => new RobustJob(id, input, file, count), replaces, job =>
        {
            if (job.State == "done")
            {
                Keep(() => SavedComparison.Of(job));
            }
        });

    /// <summary>
    /// Starts a job of many comparisons in the background: the page's previous one (<paramref name="replaces"/>) is
    /// cancelled, a full server refuses it (429), and only the most recent finished ones are kept. <paramref name="ended"/>,
    /// when given, is called once it has ended.
    /// </summary>
    private T StartInBackground<T>(ConcurrentDictionary<string, T> jobs, Func<string, T> create, string? replaces, Action<T>? ended = null)
        where T : ComparisonSeries
    {
        T job;
        lock (_gate)
        {
            if (replaces is not null && jobs.TryGetValue(replaces, out var old) && old.State == "running")
            {
                old.Cancel();
            }

            RefuseWhenFull();

            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            job = create(id);
            jobs[id] = job;
            foreach (var done in jobs.Where(j => j.Value.State != "running").OrderBy(j => j.Value.FinishedMs).SkipLast(options.MaxKeptComparisons).ToList())
            {
                jobs.TryRemove(done.Key, out _);
            }
        }

        _ = Task.Factory.StartNew(() =>
        {
            job.Run(options.Threads);
            ended?.Invoke(job);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return job;
    }
}
