namespace CampaignSim.Reports;

/// <summary>A paragraph of plain text.</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;
