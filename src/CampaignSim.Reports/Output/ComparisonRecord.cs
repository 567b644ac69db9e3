using System.Globalization;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Simulation;
using CampaignSim.Scenarios;

namespace CampaignSim.Reports.Output;

/// <summary>A finished comparison with what it was run from: the input to every output file.</summary>
/// <param name="Loaded">The scenario as loaded, with its file and overrides.</param>
/// <param name="ScenarioArgument">The scenario argument as typed.</param>
/// <param name="Result">The comparison.</param>
/// <param name="CommandLine">The command as typed.</param>
/// <param name="Created">When it finished.</param>
/// <param name="Sensitivity">A Morris screening to add to the report, when asked for with <c>--sensitivity</c>.</param>
/// <param name="Variant">runs.csv's variant column: empty, or before/after for a what-if half.</param>
/// <param name="Parameters">The varied paths that get a column in runs.csv (a what-if's changes).</param>
/// <param name="WeeklyPerRun">Whether weekly-runs.csv was written (<c>--weekly per-run</c>).</param>
/// <param name="Parquet">Whether the data tables are also written as Parquet (<c>--format parquet</c>).</param>
/// <param name="StoredAs">The id the event store holds the comparison under when the user named it (<c>--comparison-id</c>);
/// null for the id its parameters give.</param>
/// <param name="Robust">The comparison repeated in plausible worlds (<c>--worlds K</c>), or null.</param>
/// <param name="WorldResults">The comparison in each plausible world, in the order of <see cref="RobustSection.Ranking"/>'s worlds (runs.csv's world rows).</param>
public sealed record ComparisonRecord(LoadedScenario Loaded, string ScenarioArgument, ComparisonResult Result, string CommandLine, DateTimeOffset Created,
    Analysis.SensitivityResult? Sensitivity = null, string Variant = "", IReadOnlyList<string>? Parameters = null,
    bool WeeklyPerRun = false, bool Parquet = false, string? StoredAs = null, RobustSection? Robust = null,
    IReadOnlyList<ComparisonResult>? WorldResults = null)
{
    /// <summary>runs.csv's parts: the comparison, then, with worlds, each world's comparison with its number.</summary>
    public IReadOnlyList<DataPart> DataParts() => WorldResults is null
        ? [new DataPart(Variant, Result)]
        : [new DataPart(Variant, Result, ""), .. WorldResults.Select((r, i) => new DataPart(Variant, r, (i + 1).ToString(CultureInfo.InvariantCulture)))];

    /// <summary>The manifest describing this comparison.</summary>
    public Manifest Manifest()
    {
        var request = Result.Request;
        return new Manifest(
            StoredAs ?? Output.Manifest.IdFor(request, Result.ScenarioHash),
            ScenarioArgument,
            Output.Manifest.RecordedPath(Loaded.SourcePath),
            Loaded.SourceSha256,
            Result.ScenarioHash,
            request.Scenario.Name,
            Loaded.Sets,
            request.Models,
            request.Replications,
            request.BaseSeed,
            Result.Baseline,
            request.Weights.ToString(),
            EngineInfo.Version,
            CommandLine,
            Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Output.Manifest.CompareKind,
            Variant,
            Parameters ?? [],
            Weekly: WeeklyPerRun ? "per-run" : "means",
            Format: Parquet ? "parquet" : "csv",
            Matter: request.Matter.ToString(),
            Worlds: Robust?.Ranking.Worlds.Count,
            WorldsFile: Robust is null ? null : Output.Manifest.RecordedPath(Path.GetFullPath(Robust.FilePath)),
            WorldsFileSha256: Robust?.WorldsSha256);
    }
}
