using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Reports.Output;

/// <summary>
/// How a model's largest action above a petition spreads over its runs: counts in ten bins of width 0.1, the last including
/// 1. Petitions are left out because one signed by nearly everyone asks far less of a worker than a march or a strike, and
/// would make most campaigns look as if nearly everyone took part (on the shipped postal depot under the independent
/// solidarity union, the median campaign's largest petition drew 96% of the workers and its largest march 17%).
/// </summary>
public static class PeakHistogram
{
    /// <summary>Number of bins.</summary>
    public const int Bins = 10;

    /// <summary>The measure binned: the largest share of the workers in one action above a petition.</summary>
    public static Domain.Outcomes.OutcomeMetric Measure { get; } = Domain.Outcomes.OutcomeMetric.Get("peakParticipationAbovePetition");

    /// <summary>Runs whose largest action above a petition falls in each bin.</summary>
    public static int[] Counts(ModelResult model)
    {
        var counts = new int[Bins];
        foreach (var peak in model.Runs.Values(Measure))
        {
            counts[Math.Clamp((int)(peak * Bins), 0, Bins - 1)]++;
        }

        return counts;
    }

    /// <summary>A bin's label in percent, e.g. <c>10–20%</c>.</summary>
    public static string Label(int bin) => $"{bin * 100 / Bins}–{(bin + 1) * 100 / Bins}%";
}
