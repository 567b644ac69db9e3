using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>
/// When a difference is large enough to matter to a committee: its 95% interval excludes zero, and it is at least
/// <see cref="MinPoints"/> percentage points for a chance or a share, or at least <see cref="MinShare"/> of the larger of
/// the two means for anything else. A clear difference of $2 in $990 of dues is real but does not change a decision.
/// </summary>
public static class MatterRule
{
    /// <summary>Smallest difference that matters in a chance or share, 0–1 (5 percentage points).</summary>
    public const double MinPoints = 0.05;

    /// <summary>Smallest difference that matters elsewhere, as a share of the larger of the two means (10%).</summary>
    public const double MinShare = 0.10;

    /// <summary>The rule in words, for reports.</summary>
    public static string Text =>
        $"a difference is listed when its 95% interval excludes zero and it is at least {MinPoints * 100:0} percentage points for a chance or a share, "
        + $"or at least {MinShare * 100:0}% of the larger of the two averages for anything else";

    /// <summary>Whether <paramref name="d"/> (model minus other) matters, given both models' means.</summary>
    public static bool Matters(OutcomeMetric metric, PairedDifference d, double modelMean, double otherMean)
    {
        if (!d.Clear)
        {
            return false;
        }

        var size = Math.Abs(d.MeanDifference);
        return metric.Unit is "probability" or "share"
            ? size >= MinPoints
            : size >= MinShare * Math.Max(Math.Abs(modelMean), Math.Abs(otherMean));
    }
}
