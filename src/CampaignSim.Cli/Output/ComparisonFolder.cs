namespace CampaignSim.Cli.Output;

/// <summary>Writes a comparison's files (<see cref="ComparisonFiles"/>) into an output folder.</summary>
public static class ComparisonFolder
{
    /// <summary>Writes every file into <paramref name="folder"/>, under <paramref name="subfolder"/> when given.</summary>
    public static void Write(OutputFolder folder, ComparisonRecord record, string displayName, string subfolder = "")
    {
        var report = ComparisonReport.Build(record, displayName);
        folder.WriteText(Path.Combine(subfolder, "report.md"), MarkdownRenderer.Render(report));
        folder.WriteText(Path.Combine(subfolder, "report.html"), HtmlRenderer.Render(report));
        folder.WriteBytes(Path.Combine(subfolder, "summary.json"), SummaryJson.Render(record.Result, record.Robust));
        folder.WriteStreamed(Path.Combine(subfolder, "runs.csv"),
            stream => RunsCsv.Write(stream, record.DataParts(), record.Parameters ?? []));
        folder.WriteBytes(Path.Combine(subfolder, "weekly.csv"), WeeklyCsv.Render(record.Result));

        var names = ComparisonFiles.NamesFor(record.WeeklyPerRun, record.Parquet);
        if (record.Parquet)
        {
            foreach (var table in names.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)))
            {
                ParquetTable.Convert(folder, Path.Combine(subfolder, table));
            }
        }

        folder.WriteBytes(Path.Combine(subfolder, ManifestJson.FileName), ManifestJson.Render(record.Manifest(), names));
    }
}
