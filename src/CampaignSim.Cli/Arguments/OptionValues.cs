using System.Globalization;
using System.Text.RegularExpressions;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Cli.Arguments;

/// <summary>Reads and range-checks option values; every failure names the option and what is allowed.</summary>
public static partial class OptionValues
{
    /// <summary>Fewest replications per model.</summary>
    public const int MinRuns = 1;

    /// <summary>Most replications per model (the comparison runner's limit).</summary>
    public const int MaxRuns = CampaignSim.Analysis.Comparison.ComparisonRequest.MaxReplications;

    /// <summary>Default replications per model.</summary>
    public const int DefaultRuns = 200;

    /// <summary>Default first seed.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>Most worker threads for <c>--threads</c>.</summary>
    public const int MaxThreads = 1024;

    /// <summary>A whole-number option within [<paramref name="min"/>, <paramref name="max"/>], or its default when absent.</summary>
    public static int Whole(string option, string? text, int min, int max, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"--{option} '{text}' is not allowed; give a whole number from {min:N0} to {max:N0} (default {fallback})");
        }

        return value;
    }

    /// <summary><c>--runs N</c>: a whole number from 1 to 100,000.</summary>
    public static int Runs(string? text)
    {
        if (text is null)
        {
            return DefaultRuns;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < MinRuns || runs > MaxRuns)
        {
            throw new UsageException($"--runs '{text}' is not allowed; give a whole number from {MinRuns} to {MaxRuns:N0} (default {DefaultRuns})");
        }

        return runs;
    }

    /// <summary><c>--seed S</c>: a whole number from 0 to 18446744073709551615.</summary>
    public static ulong Seed(string? text)
    {
        if (text is null)
        {
            return DefaultSeed;
        }

        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            throw new UsageException($"--seed '{text}' is not allowed; give a whole number from 0 to {ulong.MaxValue} (default {DefaultSeed})");
        }

        return seed;
    }

    /// <summary><c>--threads N</c>: how many runs at once, 1–1024; null uses every core.</summary>
    public static int? Threads(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) || threads < 1 || threads > MaxThreads)
        {
            throw new UsageException($"--threads '{text}' is not allowed; give a whole number from 1 to {MaxThreads}");
        }

        return threads;
    }

    /// <summary>One model id, checked against the catalog.</summary>
    public static string Model(string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"--{option} needs a model id; {KnownModels()}");
        }

        var id = text.Trim();
        if (ModelCatalog.Find(id) is null)
        {
            throw new UsageException($"--{option}: unknown model '{id}'; {KnownModels()}");
        }

        return id;
    }

    /// <summary>
    /// <c>--models all|id,id</c>: model ids in the order given; null means all six. A model given twice is refused, as
    /// a weight given twice is: it is a typo for another model more often than a request.
    /// </summary>
    public static IReadOnlyList<string> Models(string? text)
    {
        if (text is null || text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return ModelCatalog.Ids;
        }

        var ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            throw new UsageException($"--models needs 'all' or a comma-separated list of model ids; {KnownModels()}");
        }

        var unknown = ids.Where(id => ModelCatalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            var quoted = string.Join(", ", unknown.Select(u => $"'{u}'"));
            throw new UsageException($"--models: unknown model {quoted}; {KnownModels()}, or 'all'");
        }

        if (ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new UsageException($"--models gives '{repeated.Key}' twice; give each model once ({KnownModels()}), or 'all'");
        }

        return ids;
    }

    /// <summary>Largest ranking weight: only ratios matter, and a bound keeps the weighted sum far from overflowing.</summary>
    public const double MaxWeight = 1000;

    /// <summary>Smallest weight above zero, so a weight cannot vanish into rounding next to the others.</summary>
    public const double MinNonZeroWeight = 0.001;

    /// <summary>
    /// <c>--weights k=v,…</c>: the ranking weights, each 0 or from 0.001 to 1000, each key at most once. Given but
    /// empty is refused rather than read as the defaults.
    /// </summary>
    public static RankingWeights Weights(string? text)
    {
        if (text is null)
        {
            return new RankingWeights();
        }

        const string example = "Example: --weights wages=2,demands=1,safety=1,control=0.5,cost=0.5";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"--weights is empty; give key=number pairs (keys {string.Join(", ", RankingWeights.Keys)}), or leave the option out for the defaults. {example}");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (part.Length == 0)
            {
                throw new UsageException($"--weights '{text}' has an empty item; separate key=number pairs with single commas. {example}");
            }

            if (!seen.Add(kv[0]))
            {
                throw new UsageException($"--weights '{text}' gives '{kv[0]}' twice; give each weight once. {example}");
            }

            if (kv.Length == 2 && double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !InRange(kv[1], v))
            {
                throw new UsageException($"--weights '{text}': {kv[0]}={kv[1]} is out of range; each weight is 0 or from {MinNonZeroWeight} to {MaxWeight:N0} (only their ratios matter). {example}");
            }
        }

        try
        {
            return RankingWeights.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--weights '{text}': {e.Message} {example}");
        }
    }

    /// <summary>
    /// Whether a weight's text is 0 or from 0.001 to 1,000 as written, not only once rounded to a double: 1e-400 becomes
    /// 0 and 0.00099999999999999999 becomes 0.001, and either would then be printed and used as a value not given.
    /// </summary>
    private static bool InRange(string text, double value)
    {
        if (ZeroText().IsMatch(text))
        {
            return true;
        }

        if (value is 0 or > MaxWeight or < MinNonZeroWeight)
        {
            return false;
        }

        // Within decimal's 28 digits the bounds are exact; a text with more digits than that is judged by the double.
        return !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            || exact is >= (decimal)MinNonZeroWeight and <= (decimal)MaxWeight;
    }

    /// <summary>A weight written as zero: unsigned or with '+', any number of zeros, any exponent.</summary>
    [GeneratedRegex("^\\+?(0+\\.?0*|\\.0+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex ZeroText();

    /// <summary>
    /// <c>--matter k=v,…</c>: the smallest difference that matters on each ranking criterion, each from 0 to its maximum
    /// in its own unit, each key at most once; unnamed keys keep their defaults. Given but empty is refused rather than
    /// read as the defaults.
    /// </summary>
    public static DifferencesThatMatter Matter(string? text)
    {
        if (text is null)
        {
            return new DifferencesThatMatter();
        }

        var example = $"Example: --matter {new DifferencesThatMatter() with { Wages = 0.5, Cost = 50 }}";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"--matter is empty; give key=number pairs (keys {string.Join(", ", DifferencesThatMatter.Keys)}), or leave the option out for the defaults. {example}");
        }

        try
        {
            return DifferencesThatMatter.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--matter '{text}': {e.Message} Units: {string.Join("; ", DifferencesThatMatter.Keys.Select(k => $"{k} in {DifferencesThatMatter.Unit(k)}"))}. {example}");
        }
    }

    /// <summary>The allowed model ids, for messages.</summary>
    public static string KnownModels() => $"allowed model ids: {string.Join(", ", ModelCatalog.Ids)}";
}
