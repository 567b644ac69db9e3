using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Cli.Running;

/// <summary>Runs a comparison with a progress line and Ctrl+C cancellation.</summary>
public static class ComparisonJob
{
    /// <summary>Runs <paramref name="request"/>; <paramref name="label"/> heads the progress line.</summary>
    /// <param name="request">The comparison.</param>
    /// <param name="console">Where progress goes, and the stop signals.</param>
    /// <param name="label">Heads the progress line.</param>
    /// <param name="weeklyRuns">Where each run's weekly series is written as it finishes (<c>--weekly per-run</c>), or null.</param>
    public static ComparisonResult Run(ComparisonRequest request, CliConsole console, string label, WeeklyRunsCsv? weeklyRuns = null)
    {
        var applicable = request.Models.Count(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null);
        using var progress = new ProgressLine(console.Error, label, applicable * request.Replications, console.ErrorIsTerminal);
        return ComparisonRunner.Run(request, progress.Advance, console.Cancellation, weeklyRuns is null ? null : weeklyRuns.Accept);
    }
}
