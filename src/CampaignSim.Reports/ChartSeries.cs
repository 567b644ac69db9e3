namespace CampaignSim.Reports;

/// <summary>One line of a line chart: a value per week (index = week).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> Values, string Color);
