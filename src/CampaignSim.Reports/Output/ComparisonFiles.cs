using CampaignSim.Reports;

namespace CampaignSim.Reports.Output;

/// <summary>The six files of a comparison output folder.</summary>
public static class ComparisonFiles
{
    /// <summary>Files written by default, in the order listed in the manifest.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["report.md", "report.html", "summary.json", "runs.csv", "weekly.csv", ManifestJson.FileName];

    /// <summary>The files written with <c>--weekly per-run</c> and <c>--format parquet</c> as asked.</summary>
    public static IReadOnlyList<string> NamesFor(bool weeklyPerRun, bool parquet)
    {
        var tables = weeklyPerRun ? new[] { "runs.csv", "weekly.csv", WeeklyRunsCsv.FileName } : ["runs.csv", "weekly.csv"];
        return [.. Names.Take(3), .. tables, .. parquet ? tables.Select(ParquetNameFor) : [], ManifestJson.FileName];
    }

    /// <summary>The Parquet file's name for a CSV table: runs.csv → runs.parquet.</summary>
    public static string ParquetNameFor(string csvName) => Path.ChangeExtension(csvName, ".parquet");

    /// <summary>The files that must be byte-identical for the same inputs (checked by verify).</summary>
    public static IReadOnlyList<string> Deterministic { get; } = ["summary.json", "runs.csv", "weekly.csv"];

    /// <summary>Renders the deterministic files (the command line's ComparisonFolder.Write writes the same bytes, runs.csv row by row).</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="variant">runs.csv's variant column: empty, before or after.</param>
    /// <param name="parameters">The varied paths that get a column in runs.csv.</param>
    public static IReadOnlyDictionary<string, byte[]> RenderData(Analysis.Comparison.ComparisonResult result, string variant = "", IReadOnlyList<string>? parameters = null) => new Dictionary<string, byte[]>
    {
        ["summary.json"] = SummaryJson.Render(result),
        ["runs.csv"] = RunsCsv.Render(result, variant, parameters),
        ["weekly.csv"] = WeeklyCsv.Render(result),
    };
}
