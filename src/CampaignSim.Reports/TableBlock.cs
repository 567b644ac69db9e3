namespace CampaignSim.Reports;

/// <summary>A table; a header starting with '>' marks a right-aligned (numeric) column, the '>' is not shown.</summary>
public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock
{
    /// <summary>Header text without the alignment mark.</summary>
    public string HeaderText(int column) => Headers[column].TrimStart('>');

    /// <summary>Whether the column is right-aligned.</summary>
    public bool RightAligned(int column) => Headers[column].StartsWith('>');
}
