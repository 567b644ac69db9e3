namespace CampaignSim.Reports;

/// <summary>A report: a title and blocks, rendered by <see cref="MarkdownRenderer"/> and <see cref="HtmlRenderer"/>.</summary>
public sealed record Report(string Title, IReadOnlyList<ReportBlock> Blocks);
