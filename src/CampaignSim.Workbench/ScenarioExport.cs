using System.Text;
using System.Text.RegularExpressions;
using CampaignSim.Analysis;
using CampaignSim.Domain.Simulation;
using CampaignSim.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Workbench;

/// <summary>
/// The scenario text with the committee's changes written into it, so that the downloaded scenario.yaml, compared without any
/// <c>--set</c>, gives the page's numbers. Each change replaces its value where the file has it, or adds the key where the
/// file left it to its default; comments and layout stay as they were, and a comment at the top lists what changed.
/// </summary>
public static partial class ScenarioExport
{
    /// <summary>The text with <paramref name="sets"/> written in, and whether that worked.</summary>
    /// <remarks>
    /// The result is checked: loaded with no overrides, it must give the same scenario (<see cref="ScenarioHash"/>) as the
    /// original text with the overrides. Should a change not be writable in place (a value reached through a YAML alias, say),
    /// the original text is given with the changes listed at the top as <c>--set</c> options, and <c>Written</c> is false.
    /// </remarks>
    public static (string Text, bool Written) Apply(string yaml, IReadOnlyList<string> sets, LoadedScenario loaded, string source)
    {
        if (sets.Count == 0)
        {
            return (yaml, true);
        }

        var original = ScenarioLoader.Parse(yaml, ComparisonInput.TextFileName);
        var lines = sets.Select(set =>
        {
            var (path, value) = Split(set);
            var was = ScenarioValues.Read(original.Scenario, path)?.Trim('"') ?? "its default";
            return $"#   {ParameterLabels.For(path)} ({path}): {value} instead of {was}";
        }).ToList();
        try
        {
            var text = yaml;
            foreach (var set in sets)
            {
                var (path, value) = Split(set);
                text = Put(text, Segments(path), Scalar(value)) ?? throw new NotSupportedException(path);
            }

            var header = $"# {source} with the changes made on the CampaignSim workbench written in:\n{string.Join('\n', lines)}\n";
            var written = header + text;
            if (ScenarioHash.Compute(ScenarioLoader.Parse(written, ComparisonInput.TextFileName).Scenario) == ScenarioHash.Compute(loaded.Scenario))
            {
                return (written, true);
            }
        }
        catch (Exception e) when (e is NotSupportedException or ScenarioException or YamlException or InvalidOperationException or ArgumentException)
        {
            // Given below with the changes as --set options.
        }

        return ($"# {source}, unchanged: the changes made on the CampaignSim workbench could not be written into it.\n"
            + "# Give them to campaignsim as these options to get the same numbers:\n"
            + string.Concat(sets.Select(s => $"#   --set {ComparisonInput.Quote(s)}\n")) + yaml, false);
    }

    private static (string Path, string Value) Split(string set)
    {
        var equals = set.IndexOf('=', StringComparison.Ordinal);
        return (set[..equals].Trim(), set[(equals + 1)..].Trim());
    }

    /// <summary>A value as YAML reads it back the way <c>--set</c> read it: plain when it can be, else double-quoted.</summary>
    private static string Scalar(string value) =>
        value.Length > 0 && PlainValue().IsMatch(value) ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The path as keys and list indexes, <c>workplace.</c> read as <c>workplaces[0].</c>.</summary>
    private static List<(string Key, int? Index)> Segments(string path)
    {
        var full = path.StartsWith("workplace.", StringComparison.Ordinal) ? "workplaces[0]" + path["workplace".Length..] : path;
        return full.Split('.').Select(part =>
        {
            var match = Segment().Match(part);
            if (!match.Success)
            {
                throw new NotSupportedException(path);
            }

            return (match.Groups["key"].Value, match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null);
        }).ToList();
    }

    /// <summary>The text with the value at <paramref name="path"/> replaced or added; null when that cannot be done in the text.</summary>
    private static string? Put(string text, List<(string Key, int? Index)> path, string value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return null;
        }

        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        YamlMappingNode current = root;
        for (var s = 0; s < path.Count; s++)
        {
            var (key, index) = path[s];
            var last = s == path.Count - 1;
            var child = current.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var k } && k == key).Value;
            if (child is null)
            {
                // The file leaves this key (and any below it) to its default: add it here, unless a list item is needed.
                return path.Skip(s).Any(p => p.Index is not null) ? null : Insert(text, current, path.Skip(s).Select(p => p.Key).ToList(), value);
            }

            if (!seen.Add(child) || child.Anchor.IsEmpty is false)
            {
                return null;
            }

            if (index is { } i)
            {
                if (child is not YamlSequenceNode list || i >= list.Children.Count)
                {
                    return null;
                }

                child = list.Children[i];
            }

            if (last)
            {
                return child is YamlScalarNode scalar && scalar.Anchor.IsEmpty && scalar.Style is not (ScalarStyle.Literal or ScalarStyle.Folded)
                    ? text[..(int)scalar.Start.Index] + value + text[(int)scalar.End.Index..]
                    : null;
            }

            if (child is not YamlMappingNode next || !next.Anchor.IsEmpty)
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    /// <summary>Adds <c>key: value</c> (nested under the missing keys before it) to a mapping: a line in a block mapping, an entry in a flow one.</summary>
    private static string? Insert(string text, YamlMappingNode map, List<string> keys, string value)
    {
        if (map.Style == MappingStyle.Flow)
        {
            var close = (int)map.End.Index - 1;
            if (close < 0 || text[close] != '}')
            {
                return null;
            }

            var entry = keys.Skip(1).Reverse().Aggregate(value, (inner, k) => $"{{{k}: {inner}}}");
            return text[..close] + (map.Children.Count > 0 ? ", " : "") + $"{keys[0]}: {entry}" + text[close..];
        }

        if (map.Children.Count == 0)
        {
            return null;
        }

        var indent = (int)map.Children.First().Key.Start.Column - 1;
        var end = (int)LastScalar(map).End.Index;
        var lineEnd = text.IndexOf('\n', end);
        var at = lineEnd < 0 ? text.Length : lineEnd;
        var block = new StringBuilder();
        for (var k = 0; k < keys.Count; k++)
        {
            block.Append('\n').Append(' ', indent + 2 * k).Append(keys[k]).Append(':');
            if (k == keys.Count - 1)
            {
                block.Append(' ').Append(value);
            }
        }

        return text[..at] + block + text[at..];
    }

    /// <summary>The last scalar written inside a node (its end is where the node's text ends).</summary>
    private static YamlNode LastScalar(YamlNode node) => node switch
    {
        YamlMappingNode { Style: not MappingStyle.Flow } m when m.Children.Count > 0 => LastScalar(m.Children.Last().Value),
        YamlSequenceNode { Style: not SequenceStyle.Flow } l when l.Children.Count > 0 => LastScalar(l.Children.Last()),
        YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } => throw new NotSupportedException("a block scalar ends the mapping"),
        _ => node,
    };

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._+-]*$")]
    private static partial Regex PlainValue();

    [GeneratedRegex(@"^(?<key>[A-Za-z]+)(\[(?<index>[0-9]+)\])?$")]
    private static partial Regex Segment();
}
