using System.Globalization;
using CampaignSim.Cli.Arguments;

namespace CampaignSim.Cli.Commands;

/// <summary>One swept scenario path and the values it takes: <c>PATH=FROM:TO:STEP</c>, both ends included.</summary>
/// <param name="Path">A <c>--set</c> path, e.g. <c>workplace.employer.hostility</c>.</param>
/// <param name="Values">The values, formatted as they go into <c>--set</c>.</param>
public sealed record SweepParameter(string Path, IReadOnlyList<string> Values)
{
    /// <summary>Most values one parameter may take.</summary>
    public const int MaxValues = 50;

    /// <summary>Parses <c>PATH=FROM:TO:STEP</c>; every problem is a <see cref="UsageException"/> saying what is allowed.</summary>
    public static SweepParameter Parse(string text)
    {
        var eq = text.IndexOf('=');
        var parts = eq > 0 ? text[(eq + 1)..].Split(':') : [];
        if (eq <= 0 || parts.Length != 3)
        {
            throw new UsageException($"--param '{text}' is not PATH=FROM:TO:STEP, e.g. workplace.employer.hostility=0.2:0.9:0.1");
        }

        var numbers = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new UsageException($"--param '{text}': '{parts[i]}' is not a number (FROM, TO and STEP are numbers, e.g. 0.2:0.9:0.1)");
            }
        }

        var (from, to, step) = (numbers[0], numbers[1], numbers[2]);
        if (step <= 0 || to < from)
        {
            throw new UsageException($"--param '{text}': STEP must be above 0 and TO at least FROM");
        }

        var count = (int)Math.Floor((to - from) / step + 1e-9) + 1;
        if (count > MaxValues)
        {
            throw new UsageException($"--param '{text}' gives {count} values; at most {MaxValues} per parameter are allowed (use a larger STEP)");
        }

        var values = Enumerable.Range(0, count)
            .Select(k => Math.Round(from + k * step, 10).ToString("0.##########", CultureInfo.InvariantCulture))
            .ToArray();
        return new SweepParameter(text[..eq].Trim(), values);
    }
}
