using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>
/// Morris elementary-effects screening (Morris 1991) with the μ* measure of Campolongo, Cariboni and Saltelli (2007).
/// Each trajectory starts at a random point of a p-level grid over the parameters' ranges (scaled to 0–1) and moves one
/// parameter at a time, in random order, by Δ = p / (2(p − 1)). At every point the models are compared on the same
/// replication seeds (common random numbers), so an elementary effect is the change caused by the parameter alone, and a
/// parameter that does not enter the mechanics has an effect of exactly zero. The trajectories are drawn from the
/// project's PCG32 generator, so a seed gives the same result on every machine.
/// </summary>
public static class Sensitivity
{
    /// <summary>Metrics read by default: wages, demands, retaliation, participation and worker control.</summary>
    public static IReadOnlyList<string> DefaultMetrics { get; } =
        ["wageChangePct", "demandsWon", "anyFiring", "firings", "peakParticipation", "workerControl"];

    /// <summary>Stream id of the trajectory generator (independent of the simulation's streams).</summary>
    private const ulong TrajectoryStream = 0x4D6F72726973UL;

    /// <summary>Screens the parameters of a scenario.</summary>
    /// <param name="scenario">The scenario; the screened parameters replace its own values at every point.</param>
    /// <param name="models">Models to compare (ids); inapplicable ones are left out.</param>
    /// <param name="trajectories">Trajectories r, at least 1 (σ needs at least 2).</param>
    /// <param name="levels">Grid levels p, even and at least 2 (4 is usual).</param>
    /// <param name="replicationsPerPoint">Replications per model at each point, at least 1.</param>
    /// <param name="seed">Seed of the trajectories; replication i at every point uses <c>seed + i</c>.</param>
    /// <param name="parameters">Parameters to screen; <see cref="SensitivityParameters.Default"/> when null.</param>
    /// <param name="metrics">Metric ids to read; <see cref="DefaultMetrics"/> when null.</param>
    /// <param name="weights">Ranking weights; the defaults when null.</param>
    /// <param name="maxDegreeOfParallelism">Largest number of points evaluated at once; null uses every core. Results do not depend on it.</param>
    /// <param name="onRunCompleted">Called after each simulated run, from any thread (progress): there are <see cref="RunCount"/> of them.</param>
    /// <param name="cancellationToken">Stops the screening between runs; nothing is returned.</param>
    /// <param name="batch">Evaluates the points elsewhere (in an event store, or on worker processes): called once with
    /// every point's comparison; null compares them here. The result does not depend on where the points run.</param>
    public static SensitivityResult Run(
        Scenario scenario,
        IReadOnlyList<string> models,
        int trajectories,
        int levels,
        int replicationsPerPoint,
        ulong seed,
        IReadOnlyList<SensitivityParameter>? parameters = null,
        IReadOnlyList<string>? metrics = null,
        RankingWeights? weights = null,
        int? maxDegreeOfParallelism = null,
        Action? onRunCompleted = null,
        ComparisonBatch? batch = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicationsPerPoint, 1);
        if (levels % 2 != 0)
        {
            throw new ArgumentException($"Morris screening needs an even number of levels so that every step lands on the grid; got {levels}.", nameof(levels));
        }

        parameters ??= SensitivityParameters.Default;
        metrics ??= DefaultMetrics;
        weights ??= new RankingWeights();
        if (parameters.Count == 0)
        {
            throw new ArgumentException("At least one parameter is needed.", nameof(parameters));
        }

        foreach (var m in metrics.Where(m => OutcomeMetric.All.All(o => o.Id != m)))
        {
            throw new ArgumentException($"Unknown metric '{m}'. Known: {string.Join(", ", OutcomeMetric.All.Select(o => o.Id))}.", nameof(metrics));
        }

        var applicable = models.Where(m => ComparisonRunner.NotApplicableBecause(scenario, ModelCatalog.Get(m).Id) is null).ToArray();
        if (applicable.Length == 0)
        {
            throw new ArgumentException("None of the models applies to this scenario.", nameof(models));
        }

        var design = Design(parameters.Count, trajectories, levels, seed);
        var k = parameters.Count;
        var points = new Point[trajectories * (k + 1)];
        ComparisonRequest RequestAt(int n)
        {
            var x = design[n / (k + 1)].PointAt(n % (k + 1), levels);
            var s = scenario;
            for (var i = 0; i < k; i++)
            {
                s = parameters[i].Apply(s, x[i]);
            }

            return new ComparisonRequest
            {
                Scenario = s,
                Models = applicable,
                Replications = replicationsPerPoint,
                BaseSeed = seed,
                Weights = weights,
                MaxDegreeOfParallelism = 1,
                Resamples = 0,
            };
        }

        if (batch is null)
        {
            var options = new ParallelOptions
            {
                MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            Parallel.For(0, points.Length, options, n =>
            {
                var request = RequestAt(n);
                points[n] = PointOf(request, ComparisonRunner.Run(request, onRunCompleted, cancellationToken), metrics);
            });
        }
        else
        {
            var requests = Enumerable.Range(0, points.Length).Select(RequestAt).ToArray();
            batch(requests, (n, result) => points[n] = PointOf(requests[n], result, metrics));
            if (Array.FindIndex(points, p => p is null) is var missing and >= 0)
            {
                throw new InvalidOperationException($"The batch returned no result for point {missing}.");
            }
        }

        var delta = levels / (2.0 * (levels - 1));
        var effects = new List<ParameterEffect>();
        for (var who = -1; who < applicable.Length; who++)
        {
            foreach (var metric in metrics)
            {
                for (var i = 0; i < k; i++)
                {
                    var ee = new double[trajectories];
                    for (var t = 0; t < trajectories; t++)
                    {
                        var step = Array.IndexOf(design[t].Order, i);
                        var before = points[t * (k + 1) + step].Read(metric, who);
                        var after = points[t * (k + 1) + step + 1].Read(metric, who);
                        ee[t] = (after - before) / (design[t].Direction[i] * delta);
                    }

                    var mu = Statistics.Mean(ee);
                    effects.Add(new ParameterEffect(metric, parameters[i].Path, who < 0 ? null : applicable[who], mu,
                        Statistics.Mean(ee.Select(Math.Abs).ToArray()), Statistics.StandardDeviation(ee, mu)));
                }
            }
        }

        var ranking = new List<RankingSensitivity>();
        for (var i = 0; i < k; i++)
        {
            int top = 0, order = 0;
            for (var t = 0; t < trajectories; t++)
            {
                var step = Array.IndexOf(design[t].Order, i);
                var before = points[t * (k + 1) + step].Ranking;
                var after = points[t * (k + 1) + step + 1].Ranking;
                if (before[0] != after[0])
                {
                    top++;
                }

                if (!before.SequenceEqual(after))
                {
                    order++;
                }
            }

            ranking.Add(new RankingSensitivity(parameters[i].Path, trajectories, top, order));
        }

        var baseTop = Enumerable.Range(0, trajectories).Select(t => points[t * (k + 1)].Ranking[0]).ToArray();
        return new SensitivityResult(scenario.Name, applicable, parameters, metrics, trajectories, levels, replicationsPerPoint, seed,
            weights, effects, ranking, baseTop);
    }

    /// <summary>Draws the trajectories: a starting level per parameter, the direction of its step, and the order of the steps.</summary>
    private static Trajectory[] Design(int k, int trajectories, int levels, ulong seed)
    {
        var rng = new Pcg32(RandomSource.Mix(seed), TrajectoryStream);
        var half = levels / 2;
        var design = new Trajectory[trajectories];
        for (var t = 0; t < trajectories; t++)
        {
            var start = new int[k];
            var direction = new int[k];
            for (var i = 0; i < k; i++)
            {
                start[i] = rng.NextInt(levels);
                direction[i] = start[i] + half <= levels - 1 ? 1 : -1;
            }

            var order = Enumerable.Range(0, k).ToArray();
            for (var i = k - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            design[t] = new Trajectory(start, direction, order);
        }

        return design;
    }

    /// <summary>Runs simulated by a screening: (parameters + 1) points per trajectory, each model at each point, each replication.</summary>
    public static long RunCount(int parameters, int trajectories, int models, int replicationsPerPoint) =>
        (long)trajectories * (parameters + 1) * models * replicationsPerPoint;

    /// <summary>
    /// A point's model means and ranking. The ranking is taken without resamples (by score), as the in-memory point is
    /// compared, so that a result whose ranking was resampled (a comparison read back from the event store) gives the same point.
    /// </summary>
    private static Point PointOf(ComparisonRequest request, ComparisonResult result, IReadOnlyList<string> metrics)
    {
        var models = request.Models;
        var values = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            values[metric] = models.Select(m => result[m][metric].Mean).ToArray();
        }

        var ranking = result.Request.Resamples == 0
            ? result.Ranking
            : Ranking.Rank(result.Models, request.Weights, request.Scenario, request.BaseSeed, resamples: 0, matter: request.Matter);
        return new Point(values, ranking.Select(r => r.ModelId).ToArray());
    }

    /// <summary>One trajectory: starting level and step direction per parameter, and the order in which parameters move.</summary>
    private sealed record Trajectory(int[] Start, int[] Direction, int[] Order)
    {
        /// <summary>The grid point after <paramref name="steps"/> steps, as positions 0–1 in each parameter's range.</summary>
        public double[] PointAt(int steps, int levels)
        {
            var level = (int[])Start.Clone();
            for (var s = 0; s < steps; s++)
            {
                var i = Order[s];
                level[i] += Direction[i] * (levels / 2);
            }

            return level.Select(l => l / (double)(levels - 1)).ToArray();
        }
    }

    /// <summary>Model means of each metric at one point, and the models in ranking order.</summary>
    private sealed record Point(Dictionary<string, double[]> Values, string[] Ranking)
    {
        /// <summary>A metric for one model (by index), or the mean over models when <paramref name="model"/> is −1.</summary>
        public double Read(string metric, int model) => model < 0 ? Statistics.Mean(Values[metric]) : Values[metric][model];
    }
}

/// <summary>
/// Runs a batch of comparisons somewhere other than this call (an event store, worker processes) and hands each result,
/// with its index in <paramref name="requests"/>, to <paramref name="reduce"/> as soon as it is read, so that the caller
/// keeps only what it needs of each (the runs of a large batch are not all held at once).
/// </summary>
/// <param name="requests">The comparisons.</param>
/// <param name="reduce">Receives every result once, with its index.</param>
public delegate void ComparisonBatch(IReadOnlyList<ComparisonRequest> requests, Action<int, ComparisonResult> reduce);
