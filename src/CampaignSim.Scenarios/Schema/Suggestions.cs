namespace CampaignSim.Scenarios.Schema;

/// <summary>Finds the allowed spelling closest to a misspelt key, value, command or option.</summary>
public static class Suggestions
{
    /// <summary>The allowed spelling nearest <paramref name="given"/>, or null when none is near enough to be a likely typo.</summary>
    public static string? Closest(string given, IEnumerable<string> allowed)
    {
        var normalGiven = Normalise(given);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = Distance(normalGiven, Normalise(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var tolerance = normalGiven.Length <= 4 ? 1 : Math.Max(2, normalGiven.Length / 3);
        if (bestDistance <= tolerance)
        {
            return best;
        }

        // A shortened name ("hybrid" for "hybrid-dual-card") is far by edit distance but clear when only one name contains it.
        var containing = normalGiven.Length >= 3
            ? allowed.Where(a => Normalise(a).Contains(normalGiven, StringComparison.Ordinal)).Take(2).ToList()
            : [];
        return containing.Count == 1 ? containing[0] : null;
    }

    /// <summary>"did you mean 'x'? " or an empty string.</summary>
    public static string DidYouMean(string given, IEnumerable<string> allowed) =>
        Closest(given, allowed) is { } s ? $"did you mean '{s}'? " : "";

    // Case, dashes and underscores are not what people get wrong on purpose, so they cost nothing.
    private static string Normalise(string s) =>
        new(s.Where(c => c is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Edit distance counting a swap of neighbouring letters as one edit ("rnus" is one from "runs"), as people type.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
