using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Reports.Output;

/// <summary>How a model's peak participation spreads over its runs: counts in ten bins of width 0.1, the last including 1.</summary>
public static class PeakHistogram
{
    /// <summary>Number of bins.</summary>
    public const int Bins = 10;

    private static readonly Domain.Outcomes.OutcomeMetric PeakParticipation = Domain.Outcomes.OutcomeMetric.Get("peakParticipation");

    /// <summary>Runs whose peak participation falls in each bin.</summary>
    public static int[] Counts(ModelResult model)
    {
        var counts = new int[Bins];
        foreach (var peak in model.Runs.Values(PeakParticipation))
        {
            counts[Math.Clamp((int)(peak * Bins), 0, Bins - 1)]++;
        }

        return counts;
    }

    /// <summary>A bin's label in percent, e.g. <c>10–20%</c>.</summary>
    public static string Label(int bin) => $"{bin * 100 / Bins}–{(bin + 1) * 100 / Bins}%";
}
