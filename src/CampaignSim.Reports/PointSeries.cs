namespace CampaignSim.Reports;

/// <summary>One line of a chart across sweep points: a value per point with its 95% interval (equal to the value when it has none).</summary>
public sealed record PointSeries(string Label, IReadOnlyList<double> Values, IReadOnlyList<double> Low, IReadOnlyList<double> High, string Color);
