using CampaignSim.Reports.Output;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>
/// A comparison before and after a change to the scenario. Both use the same seeds, so each model's change is
/// paired run by run and comes with a 95% interval.
/// </summary>
/// <param name="Changes">The <c>--set</c> overrides that make the difference.</param>
/// <param name="Before">The comparison on the scenario as written.</param>
/// <param name="After">The comparison with the changes.</param>
public sealed record WhatIfComparison(IReadOnlyList<string> Changes, ComparisonResult Before, ComparisonResult After)
{
    /// <summary>The model ids in request order.</summary>
    public IReadOnlyList<string> Models => Before.Request.Models;

    /// <summary>A model's rank before (null when it does not apply).</summary>
    public int? RankBefore(string model) => Before.Ranking.FirstOrDefault(r => r.ModelId == model)?.Rank;

    /// <summary>A model's rank after (null when it does not apply).</summary>
    public int? RankAfter(string model) => After.Ranking.FirstOrDefault(r => r.ModelId == model)?.Rank;

    /// <summary>Whether the ranking changed: the order of the models, or which of them share first place.</summary>
    public bool RankingChanged =>
        !Before.Ranking.Select(r => (r.ModelId, r.Rank)).SequenceEqual(After.Ranking.Select(r => (r.ModelId, r.Rank)));

    /// <summary>After minus before for one model and metric, paired by seed; null when the model does not apply both times.</summary>
    public PairedDifference? Change(string model, OutcomeMetric metric)
    {
        var before = Before[model];
        var after = After[model];
        if (!before.Applicable || !after.Applicable)
        {
            return null;
        }

        return PairedDifference.Of(metric, after.Runs, before.Runs);
    }

    /// <summary>"2.29 → 1.80 (−0.49*)" for a table cell.</summary>
    public string Cell(string model, OutcomeMetric metric)
    {
        var before = Before[model];
        var after = After[model];
        var b = before.Applicable ? MetricFormat.Value(metric, before[metric.Id].Mean) : "n/a";
        var a = after.Applicable ? MetricFormat.Value(metric, after[metric.Id].Mean) : "n/a";
        var change = Change(model, metric);
        return change is null ? $"{b} → {a}" : $"{b} → {a} ({MetricFormat.Difference(metric, change.MeanDifference)}{(change.Clear ? "*" : "")})";
    }

    /// <summary>"1 → 2" for a rank cell.</summary>
    public string RankCell(string model) =>
        $"{RankBefore(model)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} → {RankAfter(model)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}";

    /// <summary>A sentence on whether the ranking changed.</summary>
    public string RankingSentence()
    {
        var before = string.Join(", ", Before.Ranking.Select(r => $"{r.Rank} {ComparisonReport.Name(r.ModelId)}"));
        var after = string.Join(", ", After.Ranking.Select(r => $"{r.Rank} {ComparisonReport.Name(r.ModelId)}"));
        if (!RankingChanged)
        {
            return $"The ranking does not change: {before}.";
        }

        var top = !FirstPlace(Before).SequenceEqual(FirstPlace(After))
            ? $" First place changes from {Top(Before)} to {Top(After)}."
              + (Before.ClearWinner is not null && After.ClearWinner is not null
                  ? " Both are clear winners, so the change is unlikely to be noise."
                  : " There is a tie or no clear winner on at least one side, so this change may be noise or too small to matter; run more or look at the trade-offs.")
            : " First place stays the same.";
        return $"The ranking changes. Before: {before}. After: {after}.{top}";
    }

    /// <summary>The models first on all the runs, in order.</summary>
    private static IEnumerable<string> FirstPlace(ComparisonResult result) => result.FirstPlace.Select(r => r.ModelId).Order(StringComparer.Ordinal);

    /// <summary>
    /// First place with how often each model in it ranks first: "Militant mainstream unionism (best in 71% of resamples)", or for a
    /// tie "a tie of Business unionism (best in 45% of resamples) and Independent solidarity union (best in 30% of resamples)".
    /// </summary>
    private static string Top(ComparisonResult result)
    {
        var first = result.FirstPlace.Select(r => double.IsNaN(r.PBest) ? ComparisonReport.Name(r.ModelId) : $"{ComparisonReport.Name(r.ModelId)} (best in {BottomLine.Share(r.PBest)} of resamples)").ToList();
        return first.Count switch
        {
            0 => "none",
            1 => first[0],
            _ => "a tie of " + string.Join(", ", first.Take(first.Count - 1)) + " and " + first[^1],
        };
    }
}
