namespace CampaignSim.Reports.Output;

/// <summary>CSV quoting (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class Csv
{
    /// <summary>The field as written in a CSV row.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
