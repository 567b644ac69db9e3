using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// Ranks applicable models under the user's weights, says which are tied for first by the smallest differences that
/// matter, and how sure the ranking is (docs/cli.md § How the ranking works). The models first on all the runs are
/// listed first; within them and among the others, by how often each comes first in the resamples (as shown, to the
/// whole percent), then by score.
/// </summary>
/// <remarks>
/// <para>Each criterion is read from every run. A model's mean is placed on the spread of the models' 95% confidence
/// intervals on that criterion (0 = the lowest lower bound, 1 = the highest upper bound, reversed when lower is better),
/// and the score is the weighted average of the places. The model with the highest score leads; a model is tied with it
/// for first when, on every criterion with a weight above zero, the two means differ by no more than that criterion's
/// smallest difference that matters (<see cref="DifferencesThatMatter"/>). Each model is compared with the leader, not
/// with its neighbour, so ties do not chain.</para>
/// <para>The uncertainty comes from a bootstrap over seeds: each resample draws the replications with replacement
/// (the same draws for every model, so the pairing is kept), finds the leader and the models tied with it on the
/// resample's means, and gives each of the k models in first place 1/k. Ties are decided by the size of the difference,
/// not by its significance, so the shares settle as the runs grow instead of depending on their number. Each resample has
/// its own PCG32 generator derived from the comparison's seed, so the result is the same on every machine and at any
/// thread count.</para>
/// </remarks>
public static class Ranking
{
    /// <summary>Dollar value put on an organizer hour when conflict hours per worker are added to dues per worker in the cost criterion.</summary>
    public const double HourValue = 20.0;

    /// <summary>Resamples drawn by default: enough for a share of about 50% to be known within ±3 points.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>The share of resamples a model must win to be called the winner; below it the report says there is no clear winner.</summary>
    public const double ClearMajority = 2.0 / 3.0;

    /// <summary>
    /// The share of resamples that names a winner before every run is done (docs/workbench.md): an early answer is given
    /// only when the runs so far leave almost no doubt, because the remaining runs can still move a share of two thirds.
    /// </summary>
    public const double DecisiveShare = 0.95;

    /// <summary>
    /// Fewest runs per model before an early answer may name a winner: the resamples of a handful of runs are drawn from
    /// only those few campaigns, so their share says little about the next ones.
    /// </summary>
    public const int FewestRunsForAnEarlyAnswer = 20;

    /// <summary>Scores closer than this are equal (rounding, not substance).</summary>
    private const double Tolerance = 1e-12;

    /// <summary>Relative slack on a smallest difference that matters, so that a difference equal to it in decimal (8% − 6% against 2 points) is not lost to binary rounding.</summary>
    private const double MatterSlack = 1e-9;

    /// <summary>Stream id of the bootstrap generators (independent of the simulation's streams).</summary>
    private const ulong BootstrapStream = 0x426F6F74UL;

    /// <summary>Percentage points in a share of 1.</summary>
    private const double Percent = 100;

    private static readonly OutcomeMetric Wages = OutcomeMetric.Get("wageChangePct");
    private static readonly OutcomeMetric Demands = OutcomeMetric.Get("demandsWon");
    private static readonly OutcomeMetric AnyFiring = OutcomeMetric.Get("anyFiring");
    private static readonly OutcomeMetric Control = OutcomeMetric.Get("workerControl");
    private static readonly OutcomeMetric Dues = OutcomeMetric.Get("duesPerWorker");
    private static readonly OutcomeMetric ConflictHours = OutcomeMetric.Get("conflictHours");

    /// <summary>
    /// The criteria for a scenario: cost per worker needs its number of workers, and the smallest difference that matters in
    /// cost (per year) its length.
    /// </summary>
    public static IReadOnlyList<RankingCriterion> CriteriaFor(Scenario scenario, DifferencesThatMatter? matter = null)
    {
        matter ??= new DifferencesThatMatter();
        var workers = Workers(scenario);
        var years = Math.Max(1, scenario.Weeks) / Units.WeeksPerYear;
        return
        [
            new("wages", true, (runs, r) => runs.Value(Wages, r), matter.Wages),
            new("demands", true, (runs, r) => runs.Value(Demands, r), matter.Demands),
            new("safety", false, (runs, r) => runs.Value(AnyFiring, r), matter.Safety / Percent),
            new("control", true, (runs, r) => runs.Value(Control, r), matter.Control / Percent),
            new("cost", false, (runs, r) => CostPerWorker(runs.Value(Dues, r), runs.Value(ConflictHours, r), workers), matter.Cost * years),
        ];
    }

    /// <summary>Workers at the start, over every workplace: the denominator of every per-worker cost.</summary>
    public static int Workers(Scenario scenario) => Math.Max(1, scenario.Workplaces.Sum(w => w.Workers));

    /// <summary>Cost per worker, dollars: dues per worker plus conflict hours per worker at <see cref="HourValue"/>.</summary>
    public static double CostPerWorker(double duesPerWorker, double conflictHours, int workers) =>
        Comparison.CostPerWorker.TotalOf(duesPerWorker, conflictHours / workers);

    /// <summary>
    /// Ranks the applicable models: those first on all the runs (the leader and the models tied with it), then the others,
    /// each group by how often each is first in the resamples (to the whole percent), then by score;
    /// <paramref name="resamples"/> bootstrap resamples seeded from <paramref name="seed"/>.
    /// </summary>
    /// <param name="models">Every model of the comparison; inapplicable ones are left out.</param>
    /// <param name="weights">The user's weights.</param>
    /// <param name="scenario">The scenario (for cost per worker).</param>
    /// <param name="seed">The comparison's first seed; the bootstrap is derived from it.</param>
    /// <param name="resamples">Bootstrap resamples; 0 skips the uncertainty (<see cref="RankedModel.PBest"/> is then NaN).</param>
    /// <param name="maxDegreeOfParallelism">Largest number of resamples at once; null uses every core. Results do not depend on it.</param>
    /// <param name="matter">The smallest differences that matter; the defaults when null.</param>
    public static IReadOnlyList<RankedModel> Rank(IReadOnlyList<ModelResult> models, RankingWeights weights, Scenario scenario, ulong seed,
        int resamples = DefaultResamples, int? maxDegreeOfParallelism = null, DifferencesThatMatter? matter = null)
    {
        var applicable = models.Where(m => m.Applicable).ToArray();
        if (applicable.Length == 0) return [];
        var criteria = CriteriaFor(scenario, matter);
        var w = new[] { weights.Wages, weights.Demands, weights.Safety, weights.Control, weights.Cost };
        var n = applicable.Min(m => m.Runs.Count);
        var values = criteria.Select(c => applicable.Select(m => Enumerable.Range(0, n).Select(r => c.Read(m.Runs, r)).ToArray()).ToArray()).ToArray();
        var scales = values.Select((v, k) => Scale.Of(v, criteria[k].HigherIsBetter)).ToArray();
        var point = Evaluation.Of(values, scales, criteria, w, Enumerable.Range(0, n).ToArray());

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
                var e = Evaluation.Of(values, scales, criteria, w, draw);
                var sharing = e.First.Count(x => x);
                for (var m = 0; m < applicable.Length; m++)
                {
                    first[b, m] = e.First[m] ? 1.0 / sharing : 0;
                    ranks[b, m] = e.RankOf(m);
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
            .OrderByDescending(i => point.First[i])
            .ThenByDescending(i => ShownShare(pBest[i]))
            .ThenByDescending(i => Math.Round(point.Scores[i] / Tolerance))
            .ThenBy(i => i)
            .Select((i, position) => new RankedModel(point.First[i] ? 1 : position + 1, applicable[i].ModelId, point.Scores[i],
                criteria.Select((c, k) => new KeyValuePair<string, double>(c.Name, point.Scaled[k][i])).ToArray(),
                pBest[i], rankLow[i], rankHigh[i], point.First[i]))
            .ToArray();
    }

    /// <summary>
    /// A share of resamples as the reports show it, to the whole percent (half up on the decimal value), with none, "&lt;1%",
    /// "&gt;99%" and all kept apart: models whose shares read the same are ordered by score, so a list never shows a lower
    /// score above a higher one beside the same share. 0 without resamples.
    /// </summary>
    private static double ShownShare(double share)
    {
        if (double.IsNaN(share)) return 0;
        if (share <= 0) return -1;
        if (share >= 1) return Percent + 1;
        var percent = Math.Round(Math.Round(share * Percent, 9), 0, MidpointRounding.AwayFromZero);
        return percent >= Percent ? Percent - 0.5 : percent;
    }

    /// <summary>
    /// The models on one draw of the runs (the identity for the point estimate): each criterion's mean and place, the
    /// scores, and which models are first (the leader and every model tied with it).
    /// </summary>
    private sealed class Evaluation
    {
        private readonly double[][] _means;
        private readonly IReadOnlyList<RankingCriterion> _criteria;
        private readonly double[] _weights;

        private Evaluation(double[][] means, double[][] scaled, double[] scores, IReadOnlyList<RankingCriterion> criteria, double[] weights)
        {
            _means = means;
            _criteria = criteria;
            _weights = weights;
            Scaled = scaled;
            Scores = scores;
            var leader = 0;
            for (var m = 1; m < scores.Length; m++)
            {
                if (scores[m] > scores[leader] + Tolerance) leader = m;
            }

            First = Enumerable.Range(0, scores.Length).Select(m => scores[m] >= scores[leader] - Tolerance || Tied(leader, m)).ToArray();
        }

        /// <summary>Each criterion's place per model, 0–1.</summary>
        public double[][] Scaled { get; }

        /// <summary>Weighted score per model, 0–1.</summary>
        public double[] Scores { get; }

        /// <summary>Whether each model is first: the leader, a model with the same score, or one tied with the leader.</summary>
        public bool[] First { get; }

        public static Evaluation Of(double[][][] values, Scale[] scales, IReadOnlyList<RankingCriterion> criteria, double[] weights, int[] draw)
        {
            var models = values[0].Length;
            var means = new double[values.Length][];
            var scaled = new double[values.Length][];
            var scores = new double[models];
            var total = weights.Sum();
            for (var k = 0; k < values.Length; k++)
            {
                means[k] = new double[models];
                for (var m = 0; m < models; m++)
                {
                    var sum = 0.0;
                    foreach (var i in draw) sum += values[k][m][i];
                    means[k][m] = sum / draw.Length;
                }

                scaled[k] = means[k].Select(scales[k].Place).ToArray();
                for (var m = 0; m < models; m++) scores[m] += weights[k] * scaled[k][m];
            }

            for (var m = 0; m < models; m++) scores[m] /= total;
            return new Evaluation(means, scaled, scores, criteria, weights);
        }

        /// <summary>
        /// A model's rank: 1 when it is first; otherwise one more than the number of models that score higher and are not
        /// tied with it (a model is never placed below one it does not differ from by enough to matter).
        /// </summary>
        public int RankOf(int model)
        {
            if (First[model]) return 1;
            var above = 0;
            for (var j = 0; j < Scores.Length; j++)
            {
                if (j != model && Scores[j] > Scores[model] + Tolerance && !Tied(j, model)) above++;
            }

            return 1 + above;
        }

        /// <summary>Whether no criterion with a weight above zero separates the two models by more than its smallest difference that matters.</summary>
        private bool Tied(int a, int b)
        {
            for (var k = 0; k < _criteria.Count; k++)
            {
                if (_weights[k] <= 0) continue;
                var matter = _criteria[k].Matter;
                if (Math.Abs(_means[k][a] - _means[k][b]) > matter * (1 + MatterSlack) + Tolerance) return false;
            }

            return true;
        }
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
