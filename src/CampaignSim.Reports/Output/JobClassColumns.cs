using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>Outcomes per job class as columns and summaries: the same four numbers for every class of the scenario.</summary>
public static class JobClassColumns
{
    /// <summary>The per-class numbers, in column order, with how to read each.</summary>
    public static IReadOnlyList<(string Id, Func<ClassOutcome, double> Read)> Measures { get; } =
    [
        ("wageChangePct", c => c.WageChangePct),
        ("demandsWon", c => c.DemandsWon),
        ("peakParticipation", c => c.PeakParticipation),
        ("firings", c => c.Firings),
    ];

    /// <summary>The job classes of a comparison's runs, in scenario order.</summary>
    public static IReadOnlyList<string> Classes(ComparisonResult result) =>
        result.Models.Where(m => m.Applicable).SelectMany(m => m.Runs).FirstOrDefault()?.Outcome.ByClass.Select(c => c.JobClass).ToArray() ?? [];

    /// <summary>A column's name: <c>class[nurses].wageChangePct</c>.</summary>
    public static string Column(string jobClass, string measure) => $"class[{jobClass}].{measure}";

    /// <summary>A run's value for a class and measure (0 when the run has no such class).</summary>
    public static double Value(CampaignOutcome outcome, string jobClass, Func<ClassOutcome, double> read) =>
        outcome.ByClass.FirstOrDefault(c => c.JobClass == jobClass) is { } found ? read(found) : 0;
}
