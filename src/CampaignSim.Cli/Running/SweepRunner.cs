using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Cli.Running;

/// <summary>Runs the points of a sweep, in memory or where the command's target says.</summary>
public static class SweepRunner
{
    /// <summary>
    /// Loads every point (so a bad path or value stops the sweep before any run) and runs the comparisons with one progress
    /// line for the whole sweep: in memory, or where <paramref name="target"/> says (the event store, or the workers sharing
    /// it, every point's blocks queued at once).
    /// </summary>
    public static SweepResult Run(string scenario, IReadOnlyList<string> sets, IReadOnlyList<string> paths, IReadOnlyList<IReadOnlyList<string>> points,
        Func<Domain.ScenarioSpecs.Scenario, ComparisonRequest> request, CliConsole console, RunTarget? target = null)
    {
        var loaded = points.Select(p => ScenarioInput.Load(scenario, [.. sets, .. p])).ToArray();
        var requests = loaded.Select(l => request(l.Scenario)).ToArray();
        if (target is { Connection: not null })
        {
            var stored = target.Run(requests.Select((r, k) => (r, string.Join(", ", points[k]))).ToArray(), console, $"sweep of {points.Count} points");
            return new SweepResult(paths, points, loaded, stored);
        }

        var total = requests.Sum(r => r.Models.Count(m => ComparisonRunner.NotApplicableBecause(r.Scenario, m) is null) * r.Replications);
        using var progress = new ProgressLine(console.Error, $"sweep of {points.Count} points", total, console.ErrorIsTerminal);
        var results = requests.Select(r => ComparisonRunner.Run(r, progress.Advance, console.Cancellation)).ToArray();
        return new SweepResult(paths, points, loaded, results);
    }
}
