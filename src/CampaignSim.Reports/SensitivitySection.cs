using CampaignSim.Analysis;
using CampaignSim.Reports.Output;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>The report section <c>compare --sensitivity</c> adds: which factors matter most, and which change the ranking.</summary>
public static class SensitivitySection
{
    /// <summary>Parameters named per metric.</summary>
    private const int Top = 3;

    /// <summary>The section's blocks.</summary>
    public static IReadOnlyList<ReportBlock> Blocks(SensitivityResult result)
    {
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(2, "Which factors matter most"),
            new ParagraphBlock(
                $"A Morris screening moved {result.Parameters.Count} of the scenario's settings one at a time across ranges that stay plausible, "
                + $"along {result.Trajectories} random paths, with {result.ReplicationsPerPoint} runs per model at every point on the same seeds. "
                + "For each outcome it measures how much moving a setting across its whole range changes the average over the models (μ*). "
                + "Settings that matter a lot are the ones worth getting right for your workplace, or worth asking 'what if' about."),
        };
        var items = new List<string>();
        foreach (var metric in result.Metrics)
        {
            var label = OutcomeMetric.Get(metric).Label;
            var top = result.For(metric).Take(Top).Select(e => $"{ParameterLabels.For(e.Parameter).ToLowerInvariant()} (μ* {Numbers.Fixed(e.MuStar, 2)})");
            items.Add($"{label}: {string.Join(", ", top)}");
        }

        blocks.Add(new BulletListBlock(items));
        var flips = result.RankingChanges.Where(r => r.TopModelChanges > 0).OrderByDescending(r => r.TopModelChanges).Take(Top + 2)
            .Select(r => $"{ParameterLabels.For(r.Parameter).ToLowerInvariant()} ({r.TopModelChanges} of {r.Steps} steps)").ToArray();
        blocks.Add(new ParagraphBlock(flips.Length == 0
            ? "Moving any single setting alone never changed which model ranked first."
            : "Moving these settings alone most often changed which model ranked first: " + string.Join(", ", flips) + "."));
        var first = result.Metrics.FirstOrDefault(m => m == "wageChangePct") ?? result.Metrics[0];
        blocks.Add(new ChartBlock(SensitivityReport.ToSvgChart(result, first), $"μ* of each setting for {OutcomeMetric.Get(first).Label.ToLowerInvariant()}: how far it moves the average over the models."));
        return blocks;
    }
}
