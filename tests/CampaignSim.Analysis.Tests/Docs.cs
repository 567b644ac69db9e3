using CampaignSim.Scenarios;

namespace CampaignSim.Analysis.Tests;

/// <summary>The repository's documentation pages and the tables in them.</summary>
internal static class Docs
{
    private static readonly Lazy<string> Folder = new(() =>
        Path.GetFullPath(Path.Combine(ScenarioCatalog.Shipped().Directory, "..", "docs")));

    /// <summary>The text of a page in <c>docs/</c>.</summary>
    public static string Read(string page) => File.ReadAllText(PathOf(page)).Replace("\r\n", "\n");

    /// <summary>The full path of a page in <c>docs/</c>.</summary>
    public static string PathOf(string page) => Path.Combine(Folder.Value, page);

    /// <summary>
    /// The body rows of the first table after the heading that starts with <paramref name="heading"/>, as trimmed cells
    /// (the header and separator rows are left out).
    /// </summary>
    public static IReadOnlyList<string[]> TableAfter(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no heading starting with '{heading}'");
        var rows = new List<string[]>();
        var inTable = false;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                break;
            }

            if (!line.StartsWith('|'))
            {
                if (inTable)
                {
                    break;
                }

                continue;
            }

            inTable = true;
            rows.Add(line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
        }

        Assert.True(rows.Count >= 2, $"no table after '{heading}'");
        var width = rows[0].Length;
        Assert.All(rows, r => Assert.True(r.Length == width, $"row has {r.Length} cells, the header {width}: {string.Join(" | ", r)}"));
        return rows.Skip(2).ToArray();
    }

    /// <summary>A cell without its surrounding backticks.</summary>
    public static string Code(string cell) => cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;
}
