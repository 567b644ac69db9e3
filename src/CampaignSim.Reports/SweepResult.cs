using CampaignSim.Analysis.Comparison;
using CampaignSim.Scenarios;

namespace CampaignSim.Reports;

/// <summary>A finished sweep: the swept paths, every point with its scenario and comparison.</summary>
/// <param name="Paths">The swept <c>--set</c> paths, in column order.</param>
/// <param name="Points">Each point's <c>path=value</c> overrides.</param>
/// <param name="Scenarios">Each point's scenario as loaded.</param>
/// <param name="Results">Each point's comparison.</param>
public sealed record SweepResult(
    IReadOnlyList<string> Paths,
    IReadOnlyList<IReadOnlyList<string>> Points,
    IReadOnlyList<LoadedScenario> Scenarios,
    IReadOnlyList<ComparisonResult> Results)
{
    /// <summary>The label of point <paramref name="index"/> (from 0) in files: <c>p1</c>, <c>p2</c>, ….</summary>
    public static string Label(int index) => $"p{index + 1}";

    /// <summary>The path of an override <c>path=value</c>.</summary>
    public static string PathOf(string set) => set[..Math.Max(0, set.IndexOf('=', StringComparison.Ordinal))].Trim();

    /// <summary>A point in words: <c>stance=militant, hostility=0.8</c>, with each path shortened to its last key.</summary>
    public static string Text(IReadOnlyList<string> point) =>
        string.Join(", ", point.Select(s => s[(PathOf(s).LastIndexOf('.') + 1)..]));
}
