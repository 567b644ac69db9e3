namespace CampaignSim.Scenarios.Schema;

/// <summary>Finds the allowed spelling closest to a misspelt key or value.</summary>
internal static class Suggestions
{
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

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
