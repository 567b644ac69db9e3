using CampaignSim.Cli.Output;
using CampaignSim.Domain.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Cli.Reports;

/// <summary>
/// "What drives the differences": for each model against the baseline, the outcome differences that are clear and
/// the intermediate measures that differ clearly alongside them (paired by seed), then, within each model, which
/// measures move with the outcomes from run to run. Generated from the numbers; no text is written per model.
/// </summary>
public static class DriverAnalysis
{
    private static readonly string[] OutcomeIds = ["wageChangePct", "demandsWon", "firings"];
    private const int MaxClauses = 5;
    private const double MinCorrelation = 0.25;

    /// <summary>The section's blocks.</summary>
    public static IReadOnlyList<ReportBlock> Blocks(ComparisonResult result)
    {
        var blocks = new List<ReportBlock>();
        var applicable = result.Models.Where(m => m.Applicable).ToArray();
        if (applicable.Length < 2 || result.Baseline is not { } baselineId)
        {
            blocks.Add(new ParagraphBlock("Only one model applies here, so there are no differences to explain."));
            return blocks;
        }

        if (result.Request.Replications < 2)
        {
            blocks.Add(new ParagraphBlock("With one run per model there are no confidence intervals, so no difference can be called clear; run more."));
            return blocks;
        }

        var baseline = result[baselineId];
        blocks.Add(new ParagraphBlock(
            $"Each model is set against {baselineId} run by run (the same seed gives both the same workforce and the same luck), "
            + "first on the outcomes, then on the measures of what happened along the way: committee size, deep one-on-ones, actions "
            + "and participation, cross-class participation, unprotected actions, employer violations, and organizer hours lost to "
            + "conflict with the union's leadership or to officer-election campaigns. Only differences whose 95% interval excludes zero are named."));

        var items = new List<string>();
        foreach (var model in applicable.Where(m => m.ModelId != baselineId))
        {
            items.Add(ModelParagraph(model, baseline, result));
        }

        blocks.Add(new BulletListBlock(items));
        blocks.AddRange(Associations(applicable));

        return blocks;
    }

    private static string ModelParagraph(ModelResult model, ModelResult baseline, ComparisonResult result)
    {
        var differences = result.Differences.FirstOrDefault(d => d.Key == model.ModelId).Value ?? [];
        var outcomes = OutcomeIds
            .Select(id => differences.FirstOrDefault(d => d.Metric == id))
            .OfType<PairedDifference>()
            .Where(d => d.Clear)
            .Select(d => (Metric: OutcomeMetric.Get(d.Metric), d))
            .Select(x => $"{(x.d.MeanDifference > 0 ? "+" : "−")}{MetricFormat.Amount(x.Metric, Math.Abs(x.d.MeanDifference))} {Noun(x.Metric)}")
            .ToList();
        var head = outcomes.Count == 0
            ? $"{model.ModelId} is not clearly different from {baseline.ModelId} on wages, demands won or firings"
            : $"{model.ModelId} against {baseline.ModelId}: {string.Join(", ", outcomes)}";

        var clauses = DriverMeasure.All
            .Select(measure => (measure, d: Paired(model, baseline, measure.Metric)))
            .Where(x => x.d.Clear)
            .OrderByDescending(x => x.d.Effect)
            .Take(MaxClauses)
            .Select(x => x.measure.Clause(MetricFormat.Amount(x.measure.Metric, Math.Abs(x.d.Mean)), x.d.Mean > 0)
                + $" (95% CI {MetricFormat.MagnitudeInterval(x.measure.Metric, x.d.Low, x.d.High)})")
            .ToList();
        if (clauses.Count == 0)
        {
            return head + ". None of the measures of what happened along the way differs clearly.";
        }

        return $"{head}. Along the way {string.Join("; ", clauses)}.";
    }

    private static string Noun(OutcomeMetric metric) => metric.Id switch
    {
        "wageChangePct" => "in wages",
        "demandsWon" => "demands won",
        "firings" => "firings",
        _ => metric.Label.ToLowerInvariant(),
    };

    private static (double Mean, double Low, double High, double Effect, bool Clear) Paired(ModelResult model, ModelResult baseline, OutcomeMetric metric)
    {
        var diffs = model.Runs.Zip(baseline.Runs, (a, b) => metric.Read(a.Outcome) - metric.Read(b.Outcome)).ToArray();
        var mean = Statistics.Mean(diffs);
        var half = Statistics.HalfWidth95(diffs, mean);
        var sd = Statistics.StandardDeviation(diffs, mean);
        var effect = sd > 0 ? Math.Abs(mean) / sd : 0;
        return (mean, mean - half, mean + half, effect, mean - half > 0 || mean + half < 0);
    }

    /// <summary>Within-model correlations between the measures and the outcomes, strongest first.</summary>
    private static IReadOnlyList<ReportBlock> Associations(IReadOnlyList<ModelResult> models)
    {
        var runs = models.Sum(m => m.Runs.Count);
        if (models.Any(m => m.Runs.Count < 10))
        {
            return [];
        }

        var sentences = new List<string>();
        foreach (var outcomeId in OutcomeIds)
        {
            var outcome = OutcomeMetric.Get(outcomeId);
            var found = DriverMeasure.All
                .Select(d => (d.Metric, R: WithinModelCorrelation(models, d.Metric, outcome)))
                .Where(x => double.IsFinite(x.R) && Math.Abs(x.R) >= MinCorrelation)
                .OrderByDescending(x => Math.Abs(x.R))
                .Take(3)
                .ToList();
            if (found.Count == 0)
            {
                continue;
            }

            string Names(IEnumerable<(OutcomeMetric Metric, double R)> list) =>
                string.Join(", ", list.Select(x => $"{x.Metric.Label.ToLowerInvariant()} (r = {Numbers.Signed(x.R, 2)})"));
            var with = found.Where(x => x.R > 0).ToList();
            var against = found.Where(x => x.R < 0).ToList();
            var parts = new List<string>();
            if (with.Count > 0)
            {
                parts.Add("higher with more " + Names(with));
            }

            if (against.Count > 0)
            {
                parts.Add("lower with more " + Names(against));
            }

            sentences.Add($"{outcome.Label.ToLowerInvariant()}: {string.Join(", and ", parts)}");
        }

        if (sentences.Count == 0)
        {
            return [new ParagraphBlock($"Within each model, none of these measures moves with wages, demands won or firings from run to run (all |r| < {Numbers.Fixed(MinCorrelation, 2)}).")];
        }

        return
        [
            new ParagraphBlock($"From run to run within the same model (correlations over {Numbers.Whole(runs)} runs, each centred on its model's mean), the outcomes move with these measures:"),
            new BulletListBlock(sentences),
            new ParagraphBlock("These are associations in the simulated campaigns, not proof of cause; the mechanisms behind them are described in docs/model.md."),
        ];
    }

    private static double WithinModelCorrelation(IReadOnlyList<ModelResult> models, OutcomeMetric x, OutcomeMetric y)
    {
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var model in models)
        {
            var xs = model.Runs.Select(r => x.Read(r.Outcome)).ToArray();
            var ys = model.Runs.Select(r => y.Read(r.Outcome)).ToArray();
            var mx = Statistics.Mean(xs);
            var my = Statistics.Mean(ys);
            for (var i = 0; i < xs.Length; i++)
            {
                sxy += (xs[i] - mx) * (ys[i] - my);
                sxx += (xs[i] - mx) * (xs[i] - mx);
                syy += (ys[i] - my) * (ys[i] - my);
            }
        }

        return sxx <= 0 || syy <= 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
