namespace CampaignSim.Reports;

/// <summary>One block of a report, rendered alike to Markdown and HTML. All text is plain (renderers escape it).</summary>
public abstract record ReportBlock;
