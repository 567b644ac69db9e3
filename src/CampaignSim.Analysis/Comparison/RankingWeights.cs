using System.Globalization;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// How organizers weigh what they want (docs/scenarios.md): wages, demands won, safety from retaliation, worker
/// control and cost (dues and hours lost to inter-union conflict). Weights are non-negative; only ratios matter.
/// </summary>
public sealed record RankingWeights
{
    /// <summary>Weight on the mean wage change.</summary>
    public double Wages { get; init; } = 1;
    /// <summary>Weight on demands won.</summary>
    public double Demands { get; init; } = 1;
    /// <summary>Weight on safety: fewer firings.</summary>
    public double Safety { get; init; } = 1;
    /// <summary>Weight on the share of decisions made by workers.</summary>
    public double Control { get; init; } = 0.5;
    /// <summary>Weight on low cost: dues per worker and conflict hours.</summary>
    public double Cost { get; init; } = 0.5;

    /// <summary>Names accepted by <see cref="Parse"/>.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["wages", "demands", "safety", "control", "cost"];

    /// <summary>Parses <c>wages=2,safety=1</c>; unnamed weights keep their defaults. Throws <see cref="FormatException"/> with the allowed keys.</summary>
    public static RankingWeights Parse(string text)
    {
        var w = new RankingWeights();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || double.IsNaN(v) || double.IsInfinity(v))
                throw new FormatException($"'{part}' is not key=number with a number ≥ 0 (keys: {string.Join(", ", Keys)}).");
            w = kv[0].ToLowerInvariant() switch
            {
                "wages" => w with { Wages = v },
                "demands" => w with { Demands = v },
                "safety" => w with { Safety = v },
                "control" => w with { Control = v },
                "cost" => w with { Cost = v },
                _ => throw new FormatException($"Unknown weight '{kv[0]}' (keys: {string.Join(", ", Keys)})."),
            };
        }
        if (w.Wages + w.Demands + w.Safety + w.Control + w.Cost <= 0)
            throw new FormatException("At least one weight must be above zero.");
        return w;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"wages={Wages},demands={Demands},safety={Safety},control={Control},cost={Cost}");
}
