using CampaignSim.Cli.Arguments;

namespace CampaignSim.Cli.Commands;

/// <summary>
/// The points of a sweep: every combination of the <c>--param</c> values (a full grid), or the rows of a <c>--points</c>
/// file (chosen combinations). A point is its list of <c>path=value</c> overrides.
/// </summary>
public static class SweepPoints
{
    /// <summary>Most points in one sweep.</summary>
    public const int MaxPoints = 200;

    /// <summary>Largest <c>--points</c> file read (a point per line).</summary>
    private const int MaxFileBytes = 1 << 20;

    /// <summary>Every combination of the parameters' values, the first parameter changing slowest.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Grid(IReadOnlyList<SweepParameter> parameters)
    {
        var count = parameters.Aggregate(1L, (n, p) => n * p.Values.Count);
        if (count > MaxPoints)
        {
            throw new UsageException($"the grid has {count:N0} points; at most {MaxPoints} are allowed (use fewer values, or choose combinations with --points FILE)");
        }

        IReadOnlyList<IReadOnlyList<string>> points = [[]];
        foreach (var p in parameters)
        {
            points = points.SelectMany(point => p.Values.Select(v => (IReadOnlyList<string>)[.. point, $"{p.Path}={v}"])).ToArray();
        }

        return points;
    }

    /// <summary>
    /// Reads chosen combinations from a CSV file: a header of paths, then one point per line with a value for each
    /// (<c>workplace.union.stance,workplace.employer.hostility</c> / <c>militant,0.8</c>). Blank lines and lines starting with
    /// '#' are skipped. Every problem names the file, the line and what is allowed.
    /// </summary>
    public static (IReadOnlyList<string> Paths, IReadOnlyList<IReadOnlyList<string>> Points) Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"--points '{file}': no such file (give a CSV file: a header of paths, then one combination of values per line)");
        }

        if (new FileInfo(file).Length > MaxFileBytes)
        {
            throw new UsageException($"--points '{file}': larger than {MaxFileBytes / 1024 / 1024} MiB; a sweep has at most {MaxPoints} points");
        }

        var lines = File.ReadAllLines(file)
            .Select((text, i) => (Text: text.Trim(), Line: i + 1))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .ToArray();
        if (lines.Length < 2)
        {
            throw new UsageException($"--points '{file}': expected a header line of paths and at least one line of values, e.g.\n"
                + "  workplace.union.stance,workplace.employer.hostility\n  militant,0.8");
        }

        var paths = lines[0].Text.Split(',', StringSplitOptions.TrimEntries);
        if (paths.Any(p => p.Length == 0) || paths.Distinct(StringComparer.Ordinal).Count() != paths.Length)
        {
            throw new UsageException($"{file}:{lines[0].Line}: the header must name each path once, separated by commas");
        }

        var points = new List<IReadOnlyList<string>>();
        foreach (var (text, line) in lines.Skip(1))
        {
            var values = text.Split(',', StringSplitOptions.TrimEntries);
            if (values.Length != paths.Length || values.Any(v => v.Length == 0))
            {
                throw new UsageException($"{file}:{line}: expected {paths.Length} value{(paths.Length == 1 ? "" : "s")} ({string.Join(", ", paths)}), got '{text}'");
            }

            points.Add(paths.Zip(values, (p, v) => $"{p}={v}").ToArray());
        }

        return points.Count > MaxPoints
            ? throw new UsageException($"--points '{file}' has {points.Count} points; at most {MaxPoints} are allowed")
            : (paths, points);
    }
}
