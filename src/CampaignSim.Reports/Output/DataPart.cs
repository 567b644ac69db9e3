using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Reports.Output;

/// <summary>One comparison in a data file that may hold several: its variant label and its result.</summary>
/// <param name="Variant">Empty for a plain comparison; <c>before</c> or <c>after</c> for a what-if half; the point's label in a sweep.</param>
/// <param name="Result">The comparison.</param>
/// <param name="World">runs.csv's world column (<c>compare --worlds</c>): empty for the scenario's own values, else the world's number; null when the file has no world column.</param>
public sealed record DataPart(string Variant, ComparisonResult Result, string? World = null);
