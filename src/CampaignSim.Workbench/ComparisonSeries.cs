using System.Diagnostics;
using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Workbench;

/// <summary>
/// A series of full comparisons run one after another in the background (a sweep's values, a robustness check's worlds):
/// its progress, its results so far in order, and how it ended. The page asks for it again while it runs.
/// </summary>
public abstract class ComparisonSeries
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<ComparisonResult> _results = [];
    private int _runsDone;

    /// <summary>A series with its id in URLs and the runs of all its comparisons.</summary>
    protected ComparisonSeries(string id, int runsTotal)
    {
        Id = id;
        RunsTotal = runsTotal;
    }

    /// <summary>Its id in URLs.</summary>
    public string Id { get; }

    /// <summary>running, done, cancelled or failed.</summary>
    public string State { get; private set; } = "running";

    /// <summary>Why it failed, when it did.</summary>
    public string? Error { get; private set; }

    /// <summary>Runs over every comparison and model.</summary>
    public int RunsTotal { get; }

    /// <summary>Runs finished so far.</summary>
    public int RunsDone => Volatile.Read(ref _runsDone);

    /// <summary>Milliseconds from the start to the end, or null while running.</summary>
    public long? FinishedMs { get; private set; }

    /// <summary>The comparisons done so far, in order.</summary>
    public IReadOnlyList<ComparisonResult> Results
    {
        get
        {
            lock (_results)
            {
                return [.. _results];
            }
        }
    }

    internal CancellationTokenSource Cancellation { get; } = new();

    /// <summary>Asks the runs to stop.</summary>
    public void Cancel() => Cancellation.Cancel();

    /// <summary>The comparisons to run, in order.</summary>
    protected abstract IEnumerable<ComparisonRequest> Requests(int? threads);

    /// <summary>What is left to do once every comparison is done, before the series is shown done.</summary>
    protected virtual void Finish(int? threads)
    {
    }

    internal void Run(int? threads)
    {
        try
        {
            foreach (var request in Requests(threads))
            {
                var result = ProgressiveComparison.Run(request, (_, _) => { }, () => Interlocked.Increment(ref _runsDone), Cancellation.Token);
                lock (_results)
                {
                    _results.Add(result);
                }
            }

            Finish(threads);
            End("done");
        }
        catch (OperationCanceledException)
        {
            End("cancelled");
        }
        catch (Exception e)
        {
            End("failed", $"{e.GetType().Name}: {e.Message}");
        }
    }

    private void End(string state, string? error = null)
    {
        Error = error;
        FinishedMs = _clock.ElapsedMilliseconds;
        State = state;
    }
}
