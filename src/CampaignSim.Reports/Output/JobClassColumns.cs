using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>Outcomes per job class as columns and summaries: the same four numbers for every class of the scenario.</summary>
public static class JobClassColumns
{
    /// <summary>The per-class numbers, in column order, with how to read each (<see cref="RunTable.ClassMeasures"/>).</summary>
    public static IReadOnlyList<(string Id, Func<ClassOutcome, double> Read)> Measures => RunTable.ClassMeasures;

    /// <summary>The job classes of a comparison's runs, in scenario order.</summary>
    public static IReadOnlyList<string> Classes(ComparisonResult result) =>
        result.Models.Where(m => m.Applicable && m.Runs.Count > 0).Select(m => m.Runs.JobClasses).FirstOrDefault() ?? [];

    /// <summary>A column's name: <c>class[nurses].wageChangePct</c>.</summary>
    public static string Column(string jobClass, string measure) => $"class[{jobClass}].{measure}";

    /// <summary>The index of a measure in <see cref="Measures"/>.</summary>
    public static int IndexOf(string measure)
    {
        for (var k = 0; k < Measures.Count; k++)
            if (Measures[k].Id == measure) return k;
        throw new ArgumentException($"'{measure}' is not a job-class measure.", nameof(measure));
    }
}
