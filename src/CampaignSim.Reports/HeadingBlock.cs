namespace CampaignSim.Reports;

/// <summary>A section heading; level 2 for sections, 3 for subsections.</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;
