using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Cli.Running;

/// <summary>Runs a comparison with a progress line and Ctrl+C cancellation.</summary>
public static class ComparisonJob
{
    /// <summary>Runs <paramref name="request"/>; <paramref name="label"/> heads the progress line.</summary>
    public static ComparisonResult Run(ComparisonRequest request, CliConsole console, string label)
    {
        var applicable = request.Models.Count(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null);
        using var progress = new ProgressLine(console.Error, label, applicable * request.Replications, console.ErrorIsTerminal);
        return ComparisonRunner.Run(request, progress.Advance, console.Cancellation);
    }
}
