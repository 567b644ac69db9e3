namespace CampaignSim.Reports;

/// <summary>A bulleted list of plain-text items.</summary>
public sealed record BulletListBlock(IReadOnlyList<string> Items) : ReportBlock;
