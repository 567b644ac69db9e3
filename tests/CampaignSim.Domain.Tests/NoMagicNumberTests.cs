using System.Text.RegularExpressions;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// Every number that shapes behaviour is a named parameter (docs/ODD.md Appendix A) or a named constant (Appendix B).
/// This test reads the whole engine's source and fails on any numeric literal other than 0 and 1 outside a
/// constant's declaration, a parameter's declaration (its attribute and its default) and a record's default, so a
/// magic number cannot creep back anywhere in the Domain.
/// </summary>
public partial class NoMagicNumberTests
{
    /// <summary>The random generator's algorithm constants and the workers' bit flags: not behaviour.</summary>
    private static readonly string[] Excluded =
    [
        "Infrastructure/Pcg32.cs", "Infrastructure/RandomSource.cs", "Infrastructure/RandomStream.cs", "Workers/WorkerFlags.cs", "obj/", "bin/",
    ];

    [Fact]
    public void no_domain_file_holds_a_numeric_literal_other_than_zero_or_one_outside_declarations()
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
            var inDefault = false;
            for (var n = 0; n < lines.Length; n++)
            {
                var code = Code(lines[n]).Trim();
                if (inDefault || Declaration().IsMatch(code))
                {
                    // A default may run over several lines (a profile's initialiser, a list of default items).
                    inDefault = !code.EndsWith(';') && !code.EndsWith(")]", StringComparison.Ordinal);
                    continue;
                }

                found.AddRange(Disallowed(lines[n]).Select(literal => $"{relative}:{n + 1}: {literal} in `{lines[n].Trim()}`"));
            }
        }

        Assert.True(found.Count == 0,
            "Numeric literals in the engine; make each a parameter of a record (or a named constant for a unit or an algorithm bound):\n"
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
        Assert.Matches(Declaration(), "[Parameter(0, 2, \"weight\", \"assumption: …\")]");
        Assert.Matches(Declaration(), "public double StrikeTarget { get; init; } = 0.6;");
        Assert.DoesNotMatch(Declaration(), "var share = 0.6 * x;");
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

    /// <summary>A parameter's or setting's attribute, or a property's default (<c>{ get; init; } = …</c>).</summary>
    [GeneratedRegex(@"^\[(Parameter|ProfileSource|Omits|Setting|KeyName)\(|\{ get; (init|set); \} =")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex Strings();
}
