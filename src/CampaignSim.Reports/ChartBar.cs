namespace CampaignSim.Reports;

/// <summary>One bar of a bar chart: a mean with its 95% interval.</summary>
public sealed record ChartBar(string Label, double Mean, double Low, double High, string Color);
