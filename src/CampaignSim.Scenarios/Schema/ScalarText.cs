using System.Globalization;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>Reads single values out of scalar nodes, reporting "expected X, got Y" on a mismatch.</summary>
internal static class ScalarText
{
    public static bool TryNumber(YamlNode node, ScenarioReader reader, string path, string expected, out double value)
    {
        value = 0;
        if (node is not YamlScalarNode { Value: { } text } || YamlNames.IsNull(node))
        {
            reader.Report(node, path, $"expected {expected}, got {YamlNames.Describe(node)}");
            return false;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            var hint = text.TrimEnd().EndsWith('%') ? " (write shares as fractions: 40% is 0.4)" : "";
            reader.Report(node, path, $"expected {expected}, got '{YamlNames.Shorten(text)}'{hint}");
            return false;
        }

        return true;
    }

    public static bool TryWhole(YamlNode node, ScenarioReader reader, string path, string expected, out long value)
    {
        value = 0;
        if (node is not YamlScalarNode { Value: { } text } || YamlNames.IsNull(node))
        {
            reader.Report(node, path, $"expected {expected}, got {YamlNames.Describe(node)}");
            return false;
        }

        if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        reader.Report(node, path, $"expected {expected}, got '{YamlNames.Shorten(text)}'");
        return false;
    }

    public static bool TryFlag(YamlNode node, ScenarioReader reader, string path, out bool value)
    {
        value = false;
        if (node is YamlScalarNode { Value: { } text } && !YamlNames.IsNull(node))
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true":
                    value = true;
                    return true;
                case "false":
                    return true;
            }
        }

        reader.Report(node, path, $"expected true or false, got {YamlNames.Describe(node)}");
        return false;
    }

    public static bool TryText(YamlNode node, ScenarioReader reader, string path, out string? value)
    {
        value = null;
        switch (node)
        {
            case var _ when YamlNames.IsNull(node):
                return true;
            case YamlScalarNode s:
                value = s.Value ?? "";
                return true;
            default:
                reader.Report(node, path, $"expected text, got {YamlNames.Describe(node)}");
                return false;
        }
    }
}
