using System.Security.Cryptography;
using System.Text;
using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Reports.Output;

/// <summary>
/// What produced an output folder: enough to run the same comparison again (<c>campaignsim verify</c>) and to cite
/// it. Unlike the data files it records the time and the command line.
/// </summary>
/// <param name="ComparisonId">The id <c>replay</c> reads the comparison by: the name given with <c>--comparison-id</c>, else the
/// deterministic id of the runs (<see cref="IdFor"/>).</param>
/// <param name="ScenarioArgument">The scenario argument as typed (a path or a shipped name).</param>
/// <param name="ScenarioFile">The scenario file, relative to the working directory the command ran in.</param>
/// <param name="ScenarioFileSha256">SHA-256 of the file's bytes.</param>
/// <param name="ScenarioHash">SHA-256 of the scenario's canonical JSON after defaults and overrides.</param>
/// <param name="ScenarioName">The scenario's name.</param>
/// <param name="Sets">The <c>--set</c> overrides, in order.</param>
/// <param name="Models">Models requested, in order (inapplicable ones included).</param>
/// <param name="Runs">Replications per model.</param>
/// <param name="Seed">First seed.</param>
/// <param name="Baseline">Baseline used for the paired differences.</param>
/// <param name="Weights">Ranking weights, as <c>wages=1,demands=1,…</c>.</param>
/// <param name="EngineVersion">Engine version that ran the campaigns.</param>
/// <param name="CommandLine">The command as typed.</param>
/// <param name="CreatedUtc">When the folder was written, ISO 8601 UTC.</param>
/// <param name="Kind"><c>compare</c> (one comparison), <c>whatif</c> (a folder of two comparisons, <paramref name="Parts"/>) or <c>sweep</c>.</param>
/// <param name="Variant">The <c>variant</c> column of runs.csv: empty, <c>before</c> or <c>after</c>.</param>
/// <param name="Parameters">The varied <c>--set</c> paths that have a column in runs.csv (what-if changes, swept parameters).</param>
/// <param name="Points">For a sweep: every point as its <c>path=value</c> overrides, in order.</param>
/// <param name="Parts">For a what-if: the subfolders that each hold a verifiable comparison.</param>
/// <param name="Weekly"><c>means</c>, or <c>per-run</c> when the folder holds weekly-runs.csv.</param>
/// <param name="Format"><c>csv</c>, or <c>parquet</c> when the data tables are also written as Parquet.</param>
/// <param name="Matter">The smallest differences that matter, as <c>wages=0.25,demands=0.1,…</c>; null in a manifest written
/// before they existed, which ranked with the same values as today's defaults.</param>
public sealed record Manifest(
    string ComparisonId,
    string ScenarioArgument,
    string ScenarioFile,
    string ScenarioFileSha256,
    string ScenarioHash,
    string ScenarioName,
    IReadOnlyList<string> Sets,
    IReadOnlyList<string> Models,
    int Runs,
    ulong Seed,
    string? Baseline,
    string Weights,
    string EngineVersion,
    string CommandLine,
    string CreatedUtc,
    string Kind = Manifest.CompareKind,
    string Variant = "",
    IReadOnlyList<string>? Parameters = null,
    IReadOnlyList<IReadOnlyList<string>>? Points = null,
    IReadOnlyList<string>? Parts = null,
    string Weekly = "means",
    string Format = "csv",
    string? Matter = null,
    int? Worlds = null,
    string? WorldsFile = null,
    string? WorldsFileSha256 = null)
{
    /// <summary>The kind of a single comparison.</summary>
    public const string CompareKind = "compare";

    /// <summary>The kind of a what-if folder.</summary>
    public const string WhatIfKind = "whatif";

    /// <summary>The kind of a sweep folder.</summary>
    public const string SweepKind = "sweep";

    /// <summary>A file's path relative to the working directory, with forward slashes, as manifests record it.</summary>
    public static string RecordedPath(string fullPath) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath).Replace('\\', '/');

    /// <summary>
    /// The comparison id: a hash of the scenario hash, models, runs, seed, baseline, weights and, when they are not the
    /// defaults, the smallest differences that matter (so a comparison with the defaults keeps the id it had before they
    /// could be set; the event store keys the comparison by it).
    /// </summary>
    public static string IdFor(ComparisonRequest request, string scenarioHash)
    {
        var text = $"{scenarioHash}\n{string.Join(',', request.Models)}\n{request.Replications}\n{request.BaseSeed}\n{request.Baseline}\n{request.Weights}"
            + (request.Matter == new DifferencesThatMatter() ? "" : $"\n{request.Matter}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
