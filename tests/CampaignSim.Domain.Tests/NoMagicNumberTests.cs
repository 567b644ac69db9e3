using System.Text.RegularExpressions;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// Every coefficient of the mechanics is a named parameter (docs/ODD.md Appendix A) or a named constant
/// (Appendix B). This test reads the engine's source and fails on any numeric literal other than 0 and 1 outside
/// a constant's declaration, so a new magic number cannot creep back into the mechanics.
/// </summary>
public partial class NoMagicNumberTests
{
    /// <summary>
    /// Files that are not mechanics: parameter and scenario records (where defaults are declared), event records,
    /// the organizing models' postures (policies, documented in docs/ODD.md §7.14), the random generator and bit flags.
    /// </summary>
    private static readonly string[] Excluded =
    [
        "Mechanics/", "Scenarios/", "Events/", "OrganizingModels/", "Simulation/Pcg32.cs", "Simulation/RandomSource.cs",
        "Simulation/RandomStream.cs", "Workers/WorkerFlags.cs", "obj/", "bin/",
    ];

    [Fact]
    public void no_mechanics_file_holds_a_numeric_literal_other_than_zero_or_one()
    {
        var root = Path.Combine(Repository.Root(), "src", "CampaignSim.Domain");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (Excluded.Any(e => relative.StartsWith(e, StringComparison.Ordinal) || relative == e))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var n = 0; n < lines.Length; n++)
            {
                found.AddRange(Disallowed(lines[n]).Select(literal => $"{relative}:{n + 1}: {literal} in `{lines[n].Trim()}`"));
            }
        }

        Assert.True(found.Count == 0,
            "Numeric literals in the mechanics; make each a parameter of a Mechanics record (or a named constant for a unit or an algorithm bound):\n"
            + string.Join("\n", found));
    }

    [Fact]
    public void the_scan_finds_a_literal_and_ignores_comments_strings_and_constants()
    {
        Assert.Equal(["0.08"], Disallowed("x += 0.08 * (1 - y);"));
        Assert.Equal(["2", "1e-9"], Disallowed("if (yes * 2 > n - 1e-9) return 0;"));
        Assert.Empty(Disallowed("x += y * 1.0 - 0; // 0.08 is fine in a comment"));
        Assert.Empty(Disallowed("var s = $\"reinstate-{i} 42\";"));
        Assert.Empty(Disallowed("public const double Tolerance = 1e-9;"));
        Assert.Empty(Disallowed("var a = x2 + items[i0] + m.Item2;"));
    }

    /// <summary>The literals of a source line other than 0 and 1, outside comments, strings and constant declarations.</summary>
    private static IEnumerable<string> Disallowed(string line)
    {
        var code = Code(line);
        if (ConstDeclaration().IsMatch(code))
        {
            return [];
        }

        return Literal().Matches(code)
            .Where(m => double.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) is not (0 or 1))
            .Select(m => m.Value.Trim())
            .ToArray();
    }

    /// <summary>The line without its comment and with string literals blanked.</summary>
    private static string Code(string line)
    {
        var noStrings = Strings().Replace(line, "\"\"");
        var comment = noStrings.IndexOf("//", StringComparison.Ordinal);
        return comment >= 0 ? noStrings[..comment] : noStrings;
    }

    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(\.\d+)?([eE][-+]?\d+)?)[dDfFmMuUlL]*(?![\w.])")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\bconst\s")]
    private static partial Regex ConstDeclaration();

    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex Strings();
}
