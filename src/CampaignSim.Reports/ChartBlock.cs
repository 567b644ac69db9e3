namespace CampaignSim.Reports;

/// <summary>An inline SVG chart with a caption; shown in HTML only (Markdown has the same numbers in tables).</summary>
/// <param name="Svg">A complete &lt;svg&gt; element, already escaped.</param>
/// <param name="Caption">Plain-text caption.</param>
public sealed record ChartBlock(string Svg, string Caption) : ReportBlock;
