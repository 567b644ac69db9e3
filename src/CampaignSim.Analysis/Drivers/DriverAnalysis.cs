using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Analysis.Drivers;

/// <summary>
/// What drives the differences between models: for each model against the baseline, the outcome differences that are
/// clear and the intermediate measures that differ clearly alongside them (paired by seed); then, within each model,
/// which measures move with the outcomes from run to run. Numbers only; reports phrase them.
/// </summary>
public static class DriverAnalysis
{
    /// <summary>Outcomes explained, in report order.</summary>
    public static IReadOnlyList<string> OutcomeIds { get; } = ["wageChangePct", "demandsWon", "firings"];

    /// <summary>
    /// The intermediate measures considered, in order: what happened along the way (committee, contacts, actions,
    /// participation, strikes, breaches, grievances, violations, hours lost to conflict or election campaigns).
    /// </summary>
    public static IReadOnlyList<string> MeasureIds { get; } =
    [
        "committeePeak", "deepContacts", "leadersDeveloped", "actions", "peakParticipationAbovePetition", "crossClassParticipation",
        "strikeDays", "unprotectedActions", "grievancesFiled", "violations", "conflictHours", "campaignHours",
    ];

    /// <summary>Most measures named for one model, strongest effect first.</summary>
    public const int MaxMeasuresPerModel = 5;

    /// <summary>Smallest within-model correlation |r| reported as an association.</summary>
    public const double MinCorrelation = 0.25;

    /// <summary>Fewest runs per model for the within-model correlations.</summary>
    public const int MinRunsForAssociations = 10;

    /// <summary>Analyses a comparison; the result says why nothing can be said when that is so.</summary>
    public static DriverFindings Analyze(ComparisonResult result)
    {
        var applicable = result.Models.Where(m => m.Applicable).ToArray();
        if (applicable.Length < 2 || result.Baseline is not { } baselineId)
        {
            return new DriverFindings(DriverLimitation.OneModel, "", [], [], 0);
        }

        if (result.Request.Replications < 2)
        {
            return new DriverFindings(DriverLimitation.OneRun, baselineId, [], [], 0);
        }

        var baseline = result[baselineId];
        var models = applicable.Where(m => m.ModelId != baselineId).Select(m => ForModel(m, baseline, result)).ToArray();
        var runs = applicable.Sum(m => m.Runs.Count);
        var associations = applicable.Any(m => m.Runs.Count < MinRunsForAssociations) ? null : Associations(applicable);
        return new DriverFindings(DriverLimitation.None, baselineId, models, associations ?? [], associations is null ? 0 : runs);
    }

    private static ModelDrivers ForModel(ModelResult model, ModelResult baseline, ComparisonResult result)
    {
        var differences = result.Differences.FirstOrDefault(d => d.Key == model.ModelId).Value ?? [];
        var outcomes = OutcomeIds
            .Select(id => differences.FirstOrDefault(d => d.Metric == id))
            .OfType<PairedDifference>()
            .Where(d => d.Clear)
            .ToArray();
        var measures = MeasureIds
            .Where(id => OutcomeMetric.All.Any(m => m.Id == id))
            .Select(id => Paired(model, baseline, OutcomeMetric.Get(id)))
            .Where(d => d.Difference.Clear)
            .OrderByDescending(d => d.Effect)
            .Take(MaxMeasuresPerModel)
            .ToArray();
        return new ModelDrivers(model.ModelId, outcomes, measures);
    }

    private static MeasureDifference Paired(ModelResult model, ModelResult baseline, OutcomeMetric metric)
    {
        var diffs = model.Runs.Values(metric).Zip(baseline.Runs.Values(metric), (a, b) => a - b).ToArray();
        var mean = Statistics.Mean(diffs);
        var half = Statistics.HalfWidth95(diffs, mean);
        var sd = Statistics.StandardDeviation(diffs, mean);
        return new MeasureDifference(new PairedDifference(metric.Id, mean, mean - half, mean + half), sd > 0 ? Math.Abs(mean) / sd : 0);
    }

    private static IReadOnlyList<OutcomeAssociations> Associations(IReadOnlyList<ModelResult> models)
    {
        var found = new List<OutcomeAssociations>();
        foreach (var outcomeId in OutcomeIds)
        {
            var outcome = OutcomeMetric.Get(outcomeId);
            var strongest = MeasureIds
                .Where(id => OutcomeMetric.All.Any(m => m.Id == id))
                .Select(id => new MeasureCorrelation(id, WithinModelCorrelation(models, OutcomeMetric.Get(id), outcome)))
                .Where(x => double.IsFinite(x.R) && Math.Abs(x.R) >= MinCorrelation)
                .OrderByDescending(x => Math.Abs(x.R))
                .Take(3)
                .ToArray();
            if (strongest.Length > 0)
            {
                found.Add(new OutcomeAssociations(outcomeId, strongest));
            }
        }

        return found;
    }

    /// <summary>Pearson correlation over all runs, each run centred on its own model's means.</summary>
    private static double WithinModelCorrelation(IReadOnlyList<ModelResult> models, OutcomeMetric x, OutcomeMetric y)
    {
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var model in models)
        {
            var xs = model.Runs.Values(x);
            var ys = model.Runs.Values(y);
            var mx = Statistics.Mean(xs);
            var my = Statistics.Mean(ys);
            for (var i = 0; i < xs.Count; i++)
            {
                sxy += (xs[i] - mx) * (ys[i] - my);
                sxx += (xs[i] - mx) * (xs[i] - mx);
                syy += (ys[i] - my) * (ys[i] - my);
            }
        }

        return sxx <= 0 || syy <= 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
