using System.Globalization;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// The smallest difference that matters on each ranking criterion (docs/cli.md § How the ranking works): a model is tied
/// for first when no weighted criterion separates it from the leader by more than this. Each is in the unit a committee
/// reads: points of wage rise, demands won, percentage points of the chance of a firing and of the decisions made by
/// workers, dollars per worker per year.
/// </summary>
/// <remarks>
/// The defaults are judgements, stated so they can be argued with and changed (<c>--matter</c>): a quarter point of wage
/// rise is about $100 a year for a worker on $20 an hour; a tenth of a demand is one demand won in one campaign in ten;
/// five percentage points of the chance of a firing or of the decisions made by workers is the size the report already
/// asks of a chance or a share before it lists a difference; $25 per worker per year is about two dollars a month of dues.
/// </remarks>
public sealed record DifferencesThatMatter
{
    /// <summary>Wage change, percentage points (0.25 = a quarter point of wage rise).</summary>
    public double Wages { get; init; } = 0.25;
    /// <summary>Demands won, on average per campaign.</summary>
    public double Demands { get; init; } = 0.1;
    /// <summary>Chance of at least one firing, percentage points.</summary>
    public double Safety { get; init; } = 5;
    /// <summary>Share of decisions made by workers, percentage points.</summary>
    public double Control { get; init; } = 5;
    /// <summary>Cost (dues and conflict hours), dollars per worker per year.</summary>
    public double Cost { get; init; } = 25;

    /// <summary>Names accepted by <see cref="Parse"/>, the criteria of the ranking in order.</summary>
    public static IReadOnlyList<string> Keys => RankingWeights.Keys;

    /// <summary>Largest value allowed per key, in the key's unit.</summary>
    public static double Max(string key) => key switch
    {
        "cost" => 100_000,
        _ => 100,
    };

    /// <summary>A key's unit, for messages and reports.</summary>
    public static string Unit(string key) => key switch
    {
        "wages" => "percentage points of wage rise",
        "demands" => "demands won",
        "safety" => "percentage points of the chance of a firing",
        "control" => "percentage points of the decisions made by workers",
        "cost" => "dollars per worker per year",
        _ => throw new ArgumentException($"'{key}' is not a ranking criterion.", nameof(key)),
    };

    /// <summary>The value for a key.</summary>
    public double For(string key) => key switch
    {
        "wages" => Wages,
        "demands" => Demands,
        "safety" => Safety,
        "control" => Control,
        "cost" => Cost,
        _ => throw new ArgumentException($"'{key}' is not a ranking criterion.", nameof(key)),
    };

    /// <summary>
    /// Parses <c>wages=0.5,cost=50</c>; unnamed keys keep their defaults. Each value is a number from 0 to <see cref="Max"/>;
    /// a problem throws <see cref="FormatException"/> naming the key, its unit and the allowed range.
    /// </summary>
    public static DifferencesThatMatter Parse(string text)
    {
        var matter = new DifferencesThatMatter();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0)
            {
                throw new FormatException("an item is empty; separate key=number pairs with single commas.");
            }

            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var key = kv[0].ToLowerInvariant();
            if (!Keys.Contains(key))
            {
                throw new FormatException($"unknown criterion '{kv[0]}' (keys: {string.Join(", ", Keys)}).");
            }

            if (!seen.Add(key))
            {
                throw new FormatException($"'{key}' is given twice; give each criterion once.");
            }

            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v)
                || v < 0 || v > Max(key))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"'{part}': {key} must be a number from 0 to {Max(key):#,0} ({Unit(key)})."));
            }

            matter = key switch
            {
                "wages" => matter with { Wages = v },
                "demands" => matter with { Demands = v },
                "safety" => matter with { Safety = v },
                "control" => matter with { Control = v },
                _ => matter with { Cost = v },
            };
        }

        return matter;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"wages={Wages:R},demands={Demands:R},safety={Safety:R},control={Control:R},cost={Cost:R}");
}
