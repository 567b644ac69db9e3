using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// Ranks applicable models under the user's weights, and says how sure the ranking is (docs/cli.md § How the ranking
/// works). Models are listed by how often they come first in the resamples, then by score, so the first listed is the one
/// the answer names.
/// </summary>
/// <remarks>
/// <para>Each criterion is read from every run. A model's mean is placed on the spread of the models' 95% confidence
/// intervals on that criterion (0 = the lowest lower bound, 1 = the highest upper bound, reversed when lower is better),
/// so a difference far smaller than the noise moves a model by a sliver, not from 0 to 1. Models are then sorted by
/// their mean; neighbours whose paired difference (run by run on the same seeds) has a 95% interval that includes zero
/// are tied, and a run of tied neighbours shares its average value. The score is the weighted average of the
/// criteria.</para>
/// <para>The uncertainty comes from a bootstrap over seeds: each resample draws the replications with replacement
/// (the same draws for every model, so the pairing is kept), ranks the models again on the same scale, and counts which
/// comes first. Each resample has its own PCG32 generator derived from the comparison's seed, so the result is the same
/// on every machine and at any thread count.</para>
/// </remarks>
public static class Ranking
{
    /// <summary>Dollar value put on an organizer hour when conflict hours per worker are added to dues per worker in the cost criterion.</summary>
    public const double HourValue = 20.0;

    /// <summary>Resamples drawn by default: enough for a share of about 50% to be known within ±3 points.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>The share of resamples a model must win to be called the winner; below it the report says there is no clear winner.</summary>
    public const double ClearMajority = 2.0 / 3.0;

    /// <summary>Scores closer than this are equal (rounding, not substance).</summary>
    private const double Tolerance = 1e-12;

    /// <summary>Stream id of the bootstrap generators (independent of the simulation's streams).</summary>
    private const ulong BootstrapStream = 0x426F6F74UL;

    private static readonly OutcomeMetric Wages = OutcomeMetric.Get("wageChangePct");
    private static readonly OutcomeMetric Demands = OutcomeMetric.Get("demandsWon");
    private static readonly OutcomeMetric Firings = OutcomeMetric.Get("firings");
    private static readonly OutcomeMetric Control = OutcomeMetric.Get("workerControl");
    private static readonly OutcomeMetric Dues = OutcomeMetric.Get("duesPerWorker");
    private static readonly OutcomeMetric ConflictHours = OutcomeMetric.Get("conflictHours");

    /// <summary>The criteria for a scenario; cost per worker needs its number of workers.</summary>
    public static IReadOnlyList<RankingCriterion> CriteriaFor(Scenario scenario)
    {
        var workers = Workers(scenario);
        return
        [
            new("wages", true, (runs, r) => runs.Value(Wages, r)),
            new("demands", true, (runs, r) => runs.Value(Demands, r)),
            new("safety", false, (runs, r) => runs.Value(Firings, r)),
            new("control", true, (runs, r) => runs.Value(Control, r)),
            new("cost", false, (runs, r) => CostPerWorker(runs.Value(Dues, r), runs.Value(ConflictHours, r), workers)),
        ];
    }

    /// <summary>Workers at the start, over every workplace: the denominator of every per-worker cost.</summary>
    public static int Workers(Scenario scenario) => Math.Max(1, scenario.Workplaces.Sum(w => w.Workers));

    /// <summary>Cost per worker, dollars: dues per worker plus conflict hours per worker at <see cref="HourValue"/>.</summary>
    public static double CostPerWorker(double duesPerWorker, double conflictHours, int workers) =>
        duesPerWorker + conflictHours / workers * HourValue;

    /// <summary>Ranks the applicable models, most often first in the resamples first (then by score), with <paramref name="resamples"/> bootstrap resamples seeded from <paramref name="seed"/>.</summary>
    /// <param name="models">Every model of the comparison; inapplicable ones are left out.</param>
    /// <param name="weights">The user's weights.</param>
    /// <param name="scenario">The scenario (for cost per worker).</param>
    /// <param name="seed">The comparison's first seed; the bootstrap is derived from it.</param>
    /// <param name="resamples">Bootstrap resamples; 0 skips the uncertainty (<see cref="RankedModel.PBest"/> is then NaN).</param>
    /// <param name="maxDegreeOfParallelism">Largest number of resamples at once; null uses every core. Results do not depend on it.</param>
    public static IReadOnlyList<RankedModel> Rank(IReadOnlyList<ModelResult> models, RankingWeights weights, Scenario scenario, ulong seed,
        int resamples = DefaultResamples, int? maxDegreeOfParallelism = null)
    {
        var applicable = models.Where(m => m.Applicable).ToArray();
        if (applicable.Length == 0) return [];
        var criteria = CriteriaFor(scenario);
        var w = new[] { weights.Wages, weights.Demands, weights.Safety, weights.Control, weights.Cost };
        var n = applicable.Min(m => m.Runs.Count);
        var values = criteria.Select(c => applicable.Select(m => Enumerable.Range(0, n).Select(r => c.Read(m.Runs, r)).ToArray()).ToArray()).ToArray();
        var scales = values.Select((v, k) => Scale.Of(v, criteria[k].HigherIsBetter)).ToArray();
        var identity = Enumerable.Range(0, n).ToArray();
        var (scores, scaled) = Scores(values, scales, w, identity);

        var pBest = new double[applicable.Length];
        var rankLow = new int[applicable.Length];
        var rankHigh = new int[applicable.Length];
        if (resamples > 0 && n > 0)
        {
            var first = new double[resamples, applicable.Length];
            var ranks = new int[resamples, applicable.Length];
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
            Parallel.For(0, resamples, options, b =>
            {
                var rng = new Pcg32(RandomSource.Mix(seed ^ RandomSource.Mix(BootstrapStream + (ulong)b)), BootstrapStream);
                var draw = new int[n];
                for (var i = 0; i < n; i++) draw[i] = rng.NextInt(n);
                var (s, _) = Scores(values, scales, w, draw);
                var best = s.Max();
                var sharing = s.Count(x => x >= best - Tolerance);
                for (var m = 0; m < s.Length; m++)
                {
                    first[b, m] = s[m] >= best - Tolerance ? 1.0 / sharing : 0;
                    ranks[b, m] = 1 + s.Count(x => x > s[m] + Tolerance);
                }
            });
            for (var m = 0; m < applicable.Length; m++)
            {
                var sum = 0.0;
                var sorted = new int[resamples];
                for (var b = 0; b < resamples; b++)
                {
                    sum += first[b, m];
                    sorted[b] = ranks[b, m];
                }

                Array.Sort(sorted);
                pBest[m] = sum / resamples;
                rankLow[m] = sorted[(int)Math.Floor(0.025 * resamples)];
                rankHigh[m] = sorted[Math.Max(0, (int)Math.Ceiling(0.975 * resamples) - 1)];
            }
        }
        else
        {
            Array.Fill(pBest, double.NaN);
        }

        return Enumerable.Range(0, applicable.Length)
            .OrderByDescending(i => double.IsNaN(pBest[i]) ? 0 : pBest[i])
            .ThenByDescending(i => Math.Round(scores[i] / Tolerance))
            .ThenBy(i => i)
            .Select((i, position) => new RankedModel(position + 1, applicable[i].ModelId, scores[i],
                criteria.Select((c, k) => new KeyValuePair<string, double>(c.Name, scaled[k][i])).ToArray(),
                pBest[i], rankLow[i], rankHigh[i]))
            .ToArray();
    }

    /// <summary>Scores of every model on the runs <paramref name="draw"/> (the identity for the point estimate), with each criterion's scaled values.</summary>
    private static (double[] Scores, double[][] Scaled) Scores(double[][][] values, Scale[] scales, double[] weights, int[] draw)
    {
        var models = values[0].Length;
        var scores = new double[models];
        var scaled = new double[values.Length][];
        var total = weights.Sum();
        for (var k = 0; k < values.Length; k++)
        {
            scaled[k] = TiedScaled(values[k], scales[k], draw);
            for (var m = 0; m < models; m++) scores[m] += weights[k] * scaled[k][m];
        }

        for (var m = 0; m < models; m++) scores[m] /= total;
        return (scores, scaled);
    }

    /// <summary>
    /// A criterion's scaled value per model on the drawn runs: each mean placed on the scale, then runs of neighbours (in
    /// order of the mean) whose paired difference is within noise share their average.
    /// </summary>
    private static double[] TiedScaled(double[][] values, Scale scale, int[] draw)
    {
        var models = values.Length;
        var means = new double[models];
        for (var m = 0; m < models; m++)
        {
            var sum = 0.0;
            foreach (var i in draw) sum += values[m][i];
            means[m] = sum / draw.Length;
        }

        var scaled = means.Select(scale.Place).ToArray();
        var order = Enumerable.Range(0, models).OrderByDescending(m => scaled[m]).ThenBy(m => m).ToArray();
        var start = 0;
        for (var k = 1; k <= models; k++)
        {
            if (k < models && WithinNoise(values[order[k - 1]], values[order[k]], draw))
            {
                continue;
            }

            if (k - start > 1)
            {
                var average = 0.0;
                for (var j = start; j < k; j++) average += scaled[order[j]];
                average /= k - start;
                for (var j = start; j < k; j++) scaled[order[j]] = average;
            }

            start = k;
        }

        return scaled;
    }

    /// <summary>Whether the 95% t interval of the mean paired difference a − b over the drawn runs includes zero.</summary>
    private static bool WithinNoise(double[] a, double[] b, int[] draw)
    {
        var n = draw.Length;
        var sum = 0.0;
        foreach (var i in draw) sum += a[i] - b[i];
        var mean = sum / n;
        if (n < 2) return Math.Abs(mean) < Tolerance;
        var ss = 0.0;
        foreach (var i in draw)
        {
            var d = a[i] - b[i] - mean;
            ss += d * d;
        }

        var half = StudentT.Quantile975(n - 1) * Math.Sqrt(ss / (n - 1) / n);
        return Math.Abs(mean) <= half;
    }

    /// <summary>A criterion's scale: the spread of the models' 95% intervals of the mean, from all the runs.</summary>
    private sealed record Scale(double Low, double High, bool HigherIsBetter)
    {
        public static Scale Of(double[][] values, bool higherIsBetter)
        {
            var intervals = values.Select(v => Statistics.MeanInterval95(v, Statistics.Mean(v))).ToArray();
            return new Scale(intervals.Min(i => i.Low), intervals.Max(i => i.High), higherIsBetter);
        }

        /// <summary>A mean's place on the scale, 0–1 (1 = best); 0.5 for every model when they all have the same constant value.</summary>
        public double Place(double mean)
        {
            var range = High - Low;
            if (range < Tolerance) return 0.5;
            var x = Math.Clamp((mean - Low) / range, 0, 1);
            return HigherIsBetter ? x : 1 - x;
        }
    }
}
