using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// The per-run numbers a comparison keeps of one model's runs, by replication: one array of doubles per outcome metric,
/// per job-class measure and per rung of the ladder (the largest share in one action on it), plus each run's seed, event
/// count and stream hash.
/// </summary>
/// <remarks>
/// A comparison holds these until its reports are written, so they are kept column by column rather than as one
/// <see cref="CampaignOutcome"/> object per run: about 8 bytes per metric per run (57 doubles for a four-class
/// scenario), with no object per run. Events, timelines and outcome objects are dropped as each run finishes
/// (docs/performance.md, "Memory").
/// </remarks>
public sealed class RunTable
{
    /// <summary>The numbers of <see cref="ClassOutcome"/> kept for every job class, in column order.</summary>
    public static IReadOnlyList<(string Id, Func<ClassOutcome, double> Read)> ClassMeasures { get; } =
    [
        ("wageChangePct", c => c.WageChangePct),
        ("demandsWon", c => c.DemandsWon),
        ("peakParticipation", c => c.PeakParticipation),
        ("firings", c => c.Firings),
        ("peakParticipationAbovePetition", c => c.PeakParticipationAbovePetition),
    ];

    /// <summary>The rungs of the ladder whose largest share in one action is kept per run, lowest first.</summary>
    public static IReadOnlyList<Tactic> Rungs { get; } = Enum.GetValues<Tactic>();

    /// <summary>A table of no runs.</summary>
    public static RunTable Empty { get; } = new Builder(0).Build();

    private readonly ulong[] _seeds;
    private readonly int[] _eventCounts;
    private readonly string[] _hashes;
    private readonly double[][] _metrics;
    private readonly double[][] _classes;
    private readonly string[] _jobClasses;
    private readonly double[][] _rungs;

    private RunTable(ulong[] seeds, int[] eventCounts, string[] hashes, double[][] metrics, double[][] classes, string[] jobClasses, double[][] rungs)
    {
        _seeds = seeds;
        _eventCounts = eventCounts;
        _hashes = hashes;
        _metrics = metrics;
        _classes = classes;
        _jobClasses = jobClasses;
        _rungs = rungs;
    }

    /// <summary>Runs (replications 0 … Count − 1).</summary>
    public int Count => _seeds.Length;

    /// <summary>The job classes of the runs, in scenario order.</summary>
    public IReadOnlyList<string> JobClasses => _jobClasses;

    /// <summary>Seeds, by replication.</summary>
    public IReadOnlyList<ulong> Seeds => _seeds;

    /// <summary>Events in each run's stream, by replication.</summary>
    public IReadOnlyList<int> EventCounts => _eventCounts;

    /// <summary>Stream hashes, by replication (empty where not computed).</summary>
    public IReadOnlyList<string> StreamHashes => _hashes;

    /// <summary>Every metric's values by replication, by metric id in the order of <see cref="OutcomeMetric.All"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Metrics =>
        OutcomeMetric.All.Select((m, i) => (m.Id, Values: (IReadOnlyList<double>)_metrics[i])).ToDictionary(x => x.Id, x => x.Values);

    /// <summary>Every job class's measures by replication, class by class (in <see cref="JobClasses"/> order), each
    /// with the measures of <see cref="ClassMeasures"/> in order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> ClassColumns => _classes;

    /// <summary>Seed of a replication.</summary>
    public ulong Seed(int replication) => _seeds[replication];

    /// <summary>Events in a replication's stream.</summary>
    public int EventCount(int replication) => _eventCounts[replication];

    /// <summary>Stream hash of a replication when it was computed; else empty.</summary>
    public string StreamHash(int replication) => _hashes[replication];

    /// <summary>A metric's value in every run, by replication.</summary>
    public IReadOnlyList<double> Values(OutcomeMetric metric) => _metrics[IndexOf(metric)];

    /// <summary>A metric's value in one run.</summary>
    public double Value(OutcomeMetric metric, int replication) => _metrics[IndexOf(metric)][replication];

    /// <summary>The largest share of the workers in one action on a rung, in every run, by replication (0 where the rung was never used).</summary>
    public IReadOnlyList<double> RungValues(Tactic rung) => _rungs[(int)rung];

    /// <summary>The largest share of the workers in one action on a rung in one run.</summary>
    public double RungValue(Tactic rung, int replication) => _rungs[(int)rung][replication];

    /// <summary>A job class's value of a measure (<see cref="ClassMeasures"/>) in one run; 0 when the runs have no such class.</summary>
    public double ClassValue(string jobClass, int measure, int replication)
    {
        var c = Array.IndexOf(_jobClasses, jobClass);
        return c < 0 ? 0 : _classes[c * ClassMeasures.Count + measure][replication];
    }

    /// <summary>A job class's value of a measure in every run, by replication (zeros when the runs have no such class).</summary>
    public IReadOnlyList<double> ClassValues(string jobClass, int measure)
    {
        var c = Array.IndexOf(_jobClasses, jobClass);
        return c < 0 ? new double[Count] : _classes[c * ClassMeasures.Count + measure];
    }

    /// <summary>The first <paramref name="count"/> runs.</summary>
    public RunTable Take(int count)
    {
        if (count >= Count) return this;
        return new RunTable(_seeds[..count], _eventCounts[..count], _hashes[..count],
            [.. _metrics.Select(c => c[..count])], [.. _classes.Select(c => c[..count])], _jobClasses, [.. _rungs.Select(c => c[..count])]);
    }

    /// <summary>The same runs with the stream hashes of replications from <paramref name="replication"/> on left out.</summary>
    public RunTable WithoutHashesFrom(int replication) =>
        new(_seeds, _eventCounts, [.. _hashes.Select((h, r) => r < replication ? h : "")], _metrics, _classes, _jobClasses, _rungs);

    private static int IndexOf(OutcomeMetric metric)
    {
        var all = OutcomeMetric.All;
        for (var i = 0; i < all.Count; i++)
            if (ReferenceEquals(all[i], metric)) return i;
        for (var i = 0; i < all.Count; i++)
            if (all[i].Id == metric.Id) return i;
        throw new ArgumentException($"'{metric.Id}' is not an outcome metric.", nameof(metric));
    }

    /// <summary>
    /// Fills a table run by run; each replication is set once, from any thread (different replications at once), and
    /// the outcome object can be dropped as soon as it is set.
    /// </summary>
    public sealed class Builder
    {
        private readonly ulong[] _seeds;
        private readonly int[] _eventCounts;
        private readonly string[] _hashes;
        private readonly double[][] _metrics;
        private readonly double[][] _rungs;
        private readonly bool[] _set;
        private readonly Lock _gate = new();
        private string[] _jobClasses = [];
        private double[][] _classes = [];

        /// <summary>A builder for <paramref name="count"/> replications.</summary>
        public Builder(int count)
        {
            _seeds = new ulong[count];
            _eventCounts = new int[count];
            _hashes = new string[count];
            _set = new bool[count];
            _metrics = [.. OutcomeMetric.All.Select(_ => new double[count])];
            _rungs = [.. Rungs.Select(_ => new double[count])];
        }

        /// <summary>Whether a replication is set.</summary>
        public bool Has(int replication) => Volatile.Read(ref _set[replication]);

        /// <summary>Sets a replication's numbers.</summary>
        /// <exception cref="InvalidOperationException">The replication is already set.</exception>
        public void Set(RunSummary run)
        {
            var r = run.Replication;
            if (Has(r)) throw new InvalidOperationException($"Replication {r} of {run.ModelId} is set twice.");
            _seeds[r] = run.Seed;
            _eventCounts[r] = run.EventCount;
            _hashes[r] = run.StreamHash;
            var metrics = OutcomeMetric.All;
            for (var m = 0; m < metrics.Count; m++) _metrics[m][r] = metrics[m].Read(run.Outcome);
            for (var k = 0; k < Rungs.Count; k++) _rungs[k][r] = run.Outcome.PeakParticipationByRung.Of(Rungs[k]);
            lock (_gate)
            {
                foreach (var found in run.Outcome.ByClass)
                {
                    var first = FirstColumnOf(found.JobClass);
                    for (var k = 0; k < ClassMeasures.Count; k++) _classes[first + k][r] = ClassMeasures[k].Read(found);
                }
            }
            Volatile.Write(ref _set[r], true);
        }

        /// <summary>The table of every replication.</summary>
        /// <exception cref="InvalidOperationException">A replication is missing.</exception>
        public RunTable Build() => Build(_seeds.Length);

        /// <summary>The table of replications 0 … <paramref name="count"/> − 1 (a copy when that is not all of them).</summary>
        /// <exception cref="InvalidOperationException">One of them is missing.</exception>
        public RunTable Build(int count)
        {
            var missing = Array.IndexOf(_set, false, 0, count);
            if (missing >= 0) throw new InvalidOperationException($"Replication {missing} is missing.");
            lock (_gate) return new RunTable(_seeds, _eventCounts, _hashes, _metrics, _classes, _jobClasses, _rungs).Take(count);
        }

        /// <summary>The first of a job class's columns; a class not seen before gets new ones (under the gate).</summary>
        private int FirstColumnOf(string jobClass)
        {
            var index = Array.IndexOf(_jobClasses, jobClass);
            if (index < 0)
            {
                index = _jobClasses.Length;
                _jobClasses = [.. _jobClasses, jobClass];
                _classes = [.. _classes, .. ClassMeasures.Select(_ => new double[_seeds.Length])];
            }
            return index * ClassMeasures.Count;
        }
    }
}
