using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>Spelling rules shared by the schema: kebab-case enum values, numbers, and how a node is described in a message.</summary>
internal static class YamlNames
{
    /// <summary><c>SmallWorld</c> → <c>small-world</c>.</summary>
    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary><c>HourlyWage</c> → <c>hourlyWage</c>.</summary>
    public static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>How a node reads in "expected X, got Y".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        _ when IsNull(node) => "nothing",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        YamlMappingNode => "a mapping (key: value pairs)",
        YamlSequenceNode => "a list",
        _ => "an alias",
    };

    /// <summary>A value as quoted in a message: at most 60 characters, so a huge value cannot flood the terminal.</summary>
    public static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";

    public static string List(IEnumerable<string> values) => string.Join(", ", values);
}
