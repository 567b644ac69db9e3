using System.Globalization;
using CampaignSim.Cli.Arguments;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// One swept scenario path and the values it takes: a numeric range <c>PATH=FROM:TO:STEP</c> (both ends included) or a
/// list <c>PATH=A,B,C</c> of numbers or words (<c>workplace.union.stance=business,mixed,militant</c>).
/// </summary>
/// <param name="Path">A <c>--set</c> path, e.g. <c>workplace.employer.hostility</c>.</param>
/// <param name="Values">The values, formatted as they go into <c>--set</c>.</param>
public sealed record SweepParameter(string Path, IReadOnlyList<string> Values)
{
    /// <summary>Most values one parameter may take.</summary>
    public const int MaxValues = 50;

    private const string Example = "e.g. workplace.employer.hostility=0.2:0.9:0.1 or workplace.union.stance=business,mixed,militant";

    /// <summary>Parses a range or a list; every problem is a <see cref="UsageException"/> saying what is allowed.</summary>
    public static SweepParameter Parse(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
        {
            throw new UsageException($"--param '{text}' is not PATH=FROM:TO:STEP or PATH=A,B,C ({Example})");
        }

        var path = text[..eq].Trim();
        var body = text[(eq + 1)..];
        var values = body.Contains(':', StringComparison.Ordinal) && !body.Contains(',', StringComparison.Ordinal)
            ? Range(text, body)
            : List(text, body);
        if (values.Count > MaxValues)
        {
            throw new UsageException($"--param '{text}' gives {values.Count} values; at most {MaxValues} per parameter are allowed");
        }

        return new SweepParameter(path, values);
    }

    private static IReadOnlyList<string> Range(string text, string body)
    {
        var parts = body.Split(':');
        if (parts.Length != 3)
        {
            throw new UsageException($"--param '{text}': a range is FROM:TO:STEP with three numbers ({Example})");
        }

        var numbers = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new UsageException($"--param '{text}': '{parts[i]}' is not a number; a range FROM:TO:STEP takes numbers, "
                    + $"and words are given as a list, e.g. workplace.union.stance=business,mixed,militant");
            }
        }

        var (from, to, step) = (numbers[0], numbers[1], numbers[2]);
        if (step <= 0 || to < from)
        {
            throw new UsageException($"--param '{text}': STEP must be above 0 and TO at least FROM");
        }

        var count = (int)Math.Min(MaxValues + 1, Math.Floor((to - from) / step + 1e-9) + 1);
        return Enumerable.Range(0, count)
            .Select(k => Math.Round(from + k * step, 10).ToString("0.##########", CultureInfo.InvariantCulture))
            .ToArray();
    }

    private static IReadOnlyList<string> List(string text, string body)
    {
        var values = body.Split(',', StringSplitOptions.TrimEntries);
        if (values.Any(v => v.Length == 0))
        {
            throw new UsageException($"--param '{text}' has an empty value; separate values with single commas ({Example})");
        }

        var repeated = values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is not null
            ? throw new UsageException($"--param '{text}' gives '{repeated.Key}' twice; give each value once")
            : values;
    }
}
