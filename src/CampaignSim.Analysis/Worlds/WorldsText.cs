using System.Globalization;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The words and numbers of the robust answer, in one place so the report, the summary and the web page say it the same
/// way: parameters by their plain-language labels, thresholds to three significant figures, whole numbers and switches as
/// whole numbers and on/off, shares to the whole percent.
/// </summary>
public static class WorldsText
{
    /// <summary>A model's name (its catalogue name, or its id when it has none).</summary>
    public static string ModelName(string modelId) => ModelCatalog.Find(modelId)?.Name ?? modelId;

    /// <summary>A name as it reads inside a sentence: its first letter in lower case, unless it starts with an abbreviation.</summary>
    public static string Inside(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 || (name.Length > 1 && char.IsUpper(name[1])) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>A text with its first letter in upper case.</summary>
    public static string Capitalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A share as a whole percent, half up on the decimal value ("82%").</summary>
    public static string Percent(double share) =>
        Math.Round(Math.Round(share * 100, 9), 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number to three significant figures (0.618, 12.4, 1,250), without trailing zeros.</summary>
    public static string Number(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        var magnitude = 0;
        var size = Math.Abs(value);
        while (size >= 10)
        {
            size /= 10;
            magnitude++;
        }

        while (size < 1)
        {
            size *= 10;
            magnitude--;
        }

        var decimals = Math.Max(0, 2 - magnitude);
        var rounded = decimals > 0 ? Math.Round(value, Math.Min(decimals, 15), MidpointRounding.AwayFromZero) : RoundToSignificant(value, magnitude);
        return rounded.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>One restriction in words: "employer hostility is above 0.62", "committee members at the start is at least 4", "no-strike clause is on".</summary>
    public static string Condition(BoxLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var label = Inside(limit.Label);
        switch (limit.Kind)
        {
            case WorldValueKind.Switch:
                // A switch is 0 or 1: a lower limit above 0 leaves only on, an upper limit below 1 only off (PRIM puts the
                // limit halfway, at 0.5, so "below 0.5" is off).
                return limit.Lower is { } on && on > 0 ? $"{label} is on"
                    : limit.Upper is { } off && off < 1 ? $"{label} is off"
                    : $"{label} is either";
            case WorldValueKind.Whole:
            {
                var low = limit.Lower is { } l ? Math.Ceiling(l) : double.NaN;
                var high = limit.Upper is { } h ? Math.Floor(h) : double.NaN;
                if (!double.IsNaN(low) && !double.IsNaN(high))
                {
                    return low == high ? $"{label} is {Number(low)}" : $"{label} is from {Number(low)} to {Number(high)}";
                }

                return !double.IsNaN(low) ? $"{label} is at least {Number(low)}" : $"{label} is at most {Number(high)}";
            }
            default:
                if (limit.Lower is { } lower && limit.Upper is { } upper) return $"{label} is between {Number(lower)} and {Number(upper)}";
                return limit.Lower is { } above ? $"{label} is above {Number(above)}" : $"{label} is below {Number(limit.Upper ?? 0)}";
        }
    }

    /// <summary>A box's restrictions in words, joined as a sentence joins a list ("A", "A and B", "A, B and C").</summary>
    public static string Conditions(IReadOnlyList<BoxLimit> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var parts = limits.Select(Condition).ToArray();
        return parts.Length switch
        {
            0 => "",
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
    }

    private static double RoundToSignificant(double value, int magnitude)
    {
        var scale = 1.0;
        for (var i = 0; i < magnitude - 2; i++) scale *= 10;
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }
}
