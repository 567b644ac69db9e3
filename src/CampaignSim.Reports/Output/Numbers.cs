using System.Globalization;

namespace CampaignSim.Reports.Output;

/// <summary>Number formatting for files: invariant culture, round-trip form, so the same values give the same bytes everywhere.</summary>
public static class Numbers
{
    /// <summary>The shortest text that reads back to the same double ("R"); −0 is written as 0.</summary>
    public static string RoundTrip(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Fixed decimals in the invariant culture, for reports.</summary>
    public static string Fixed(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return IsNegativeZero(text) ? text[1..] : text;
    }

    /// <summary>Fixed decimals with an explicit sign (+1.20, −0.30; 0 has no sign).</summary>
    public static string Signed(double value, int decimals)
    {
        var text = Fixed(value, decimals);
        if (text.StartsWith('-'))
        {
            return "−" + text[1..];
        }

        return text.Trim('0', '.').Length == 0 ? text : "+" + text;
    }

    /// <summary>A whole number with thousands separators.</summary>
    public static string Whole(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static bool IsNegativeZero(string text) => text.StartsWith('-') && text.Trim('-', '0', '.').Length == 0;
}
