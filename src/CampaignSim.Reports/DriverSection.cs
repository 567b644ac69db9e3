using CampaignSim.Analysis.Comparison;
using CampaignSim.Analysis.Drivers;
using CampaignSim.Reports.Output;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>The report's "What drives the differences" section, phrased from <see cref="DriverAnalysis"/>'s findings.</summary>
public static class DriverSection
{
    /// <summary>The section's blocks.</summary>
    public static IReadOnlyList<ReportBlock> Blocks(ComparisonResult result)
    {
        var findings = DriverAnalysis.Analyze(result);
        switch (findings.Limitation)
        {
            case DriverLimitation.OneModel:
                return [new ParagraphBlock("Only one model applies here, so there are no differences to explain.")];
            case DriverLimitation.OneRun:
                return [new ParagraphBlock("With one run per model there are no confidence intervals, so no difference can be called clear; run more.")];
        }

        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                $"Each model is set against {ComparisonReport.Name(findings.BaselineId)} run by run (the same seed gives both the same workforce and the same luck), "
                + "first on the outcomes, then on the measures of what happened along the way: committee size, deep one-on-ones, actions "
                + "and participation, cross-class participation, unprotected actions, employer violations, and organizer hours lost to "
                + "conflict with the union's leadership or to officer-election campaigns. Only differences whose 95% interval excludes zero are named."),
            new BulletListBlock(findings.Models.Select(m => ModelParagraph(m, findings.BaselineId)).ToArray()),
        };
        blocks.AddRange(Associations(findings));
        return blocks;
    }

    private static string ModelParagraph(ModelDrivers model, string baselineId)
    {
        var outcomes = model.ClearOutcomes
            .Select(d => (Metric: OutcomeMetric.Get(d.Metric), d))
            .Select(x => $"{(x.d.MeanDifference > 0 ? "+" : "−")}{MetricFormat.Amount(x.Metric, Math.Abs(x.d.MeanDifference))} {Noun(x.Metric)}")
            .ToList();
        var head = outcomes.Count == 0
            ? $"{ComparisonReport.Name(model.ModelId)} is not clearly different from {ComparisonReport.Name(baselineId)} on wages, demands won or firings"
            : $"{ComparisonReport.Name(model.ModelId)} against {ComparisonReport.Name(baselineId)}: {string.Join(", ", outcomes)}";

        var clauses = model.ClearMeasures
            .Select(m => (Measure: DriverMeasure.Get(m.Difference.Metric), D: m.Difference))
            .Select(x => x.Measure.Clause(MetricFormat.Amount(x.Measure.Metric, x.D), x.D.MeanDifference > 0)
                + $" (95% CI {MetricFormat.MagnitudeInterval(x.Measure.Metric, x.D)})")
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

    private static IReadOnlyList<ReportBlock> Associations(DriverFindings findings)
    {
        if (findings.RunsInCorrelation == 0)
        {
            return [];
        }

        if (findings.Associations.Count == 0)
        {
            return [new ParagraphBlock($"Within each model, none of these measures moves with wages, demands won or firings from run to run (all |r| < {Numbers.Fixed(DriverAnalysis.MinCorrelation, 2)}).")];
        }

        var sentences = new List<string>();
        foreach (var association in findings.Associations)
        {
            string Names(IEnumerable<MeasureCorrelation> list) =>
                string.Join(", ", list.Select(x => $"{OutcomeMetric.Get(x.MeasureId).Label.ToLowerInvariant()} (r = {Numbers.Signed(x.R, 2)})"));
            var with = association.Strongest.Where(x => x.R > 0).ToList();
            var against = association.Strongest.Where(x => x.R < 0).ToList();
            var parts = new List<string>();
            if (with.Count > 0)
            {
                parts.Add("higher with more " + Names(with));
            }

            if (against.Count > 0)
            {
                parts.Add("lower with more " + Names(against));
            }

            sentences.Add($"{OutcomeMetric.Get(association.OutcomeId).Label.ToLowerInvariant()}: {string.Join(", and ", parts)}");
        }

        return
        [
            new ParagraphBlock($"From run to run within the same model (correlations over {Numbers.Whole(findings.RunsInCorrelation)} runs, each centred on its model's mean), the outcomes move with these measures:"),
            new BulletListBlock(sentences),
            new ParagraphBlock("These are associations in the simulated campaigns, not proof of cause; the mechanisms behind them are described in docs/model.md."),
        ];
    }
}
