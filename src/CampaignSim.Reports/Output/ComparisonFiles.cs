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
    /// <param name="robust">The robust section (<c>compare --worlds</c>), or null.</param>
    /// <param name="worldResults">The comparison in each world, with <paramref name="robust"/>.</param>
    public static IReadOnlyDictionary<string, byte[]> RenderData(Analysis.Comparison.ComparisonResult result, string variant = "", IReadOnlyList<string>? parameters = null,
        RobustSection? robust = null, IReadOnlyList<Analysis.Comparison.ComparisonResult>? worldResults = null) => new Dictionary<string, byte[]>
    {
        ["summary.json"] = SummaryJson.Render(result, robust),
        ["runs.csv"] = worldResults is null
            ? RunsCsv.Render(result, variant, parameters)
            : RunsCsv.Render([new DataPart(variant, result, ""), .. worldResults.Select((r, i) => new DataPart(variant, r, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))], parameters ?? []),
        ["weekly.csv"] = WeeklyCsv.Render(result),
    };
}
