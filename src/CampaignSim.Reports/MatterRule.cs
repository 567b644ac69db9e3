using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>
/// When a difference is large enough to matter to a committee: its 95% interval excludes zero, and it is larger than the
/// smallest difference that matters. On the ranking's criteria (wage change, demands won, the chance of any firing, worker
/// control) that is the committee's own (<see cref="DifferencesThatMatter"/>, <c>--matter</c>), so the report and the
/// ranking's ties use one rule; elsewhere it is at least <see cref="MinPoints"/> percentage points for a chance or a share,
/// or at least <see cref="MinShare"/> of the larger of the two means for anything else. A clear difference of $2 in $990 of
/// dues is real but does not change a decision.
/// </summary>
public static class MatterRule
{
    /// <summary>Smallest difference that matters in a chance or share outside the ranking's criteria, 0–1 (5 percentage points).</summary>
    public const double MinPoints = 0.05;

    /// <summary>Smallest difference that matters elsewhere, as a share of the larger of the two means (10%).</summary>
    public const double MinShare = 0.10;

    /// <summary>Percentage points in a share of 1.</summary>
    private const double Percent = 100;

    /// <summary>The rule in words, for reports.</summary>
    public static string Text(DifferencesThatMatter matter) =>
        "a difference is listed when its 95% interval excludes zero and it is larger than the smallest difference that matters: "
        + $"{Numbers(matter.Wages)} points of wage change, {Numbers(matter.Demands)} demands won, {Numbers(matter.Safety)} percentage points of the chance of any firing "
        + $"and {Numbers(matter.Control)} of worker control (the values the ranking uses; change them with --matter), "
        + $"and otherwise at least {MinPoints * Percent:0} percentage points for a chance or a share, or at least {MinShare * Percent:0}% of the larger of the two averages";

    /// <summary>Whether <paramref name="d"/> (model minus other) matters, given both models' means and the committee's smallest differences.</summary>
    public static bool Matters(OutcomeMetric metric, PairedDifference d, double modelMean, double otherMean, DifferencesThatMatter? matter = null)
    {
        if (!d.Clear)
        {
            return false;
        }

        var size = Math.Abs(d.MeanDifference);
        if (Criterion(metric.Id, matter ?? new DifferencesThatMatter()) is { } smallest)
        {
            return size > smallest;
        }

        return metric.Unit is "probability" or "share"
            ? size >= MinPoints
            : size >= MinShare * Math.Max(Math.Abs(modelMean), Math.Abs(otherMean));
    }

    /// <summary>The committee's smallest difference that matters for a metric the ranking reads, in the metric's unit; null for any other.</summary>
    private static double? Criterion(string metricId, DifferencesThatMatter matter) => metricId switch
    {
        "wageChangePct" => matter.Wages,
        "demandsWon" => matter.Demands,
        "anyFiring" => matter.Safety / Percent,
        "workerControl" => matter.Control / Percent,
        _ => null,
    };

    private static string Numbers(double value) => Output.Numbers.RoundTrip(value);
}
