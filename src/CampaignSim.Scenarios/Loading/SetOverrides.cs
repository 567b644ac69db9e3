using System.Globalization;
using System.Text.RegularExpressions;
using CampaignSim.Scenarios.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// Applies <c>path=value</c> overrides to the YAML tree before it is mapped, so an override is validated exactly like
/// the same value written in the file. <c>workplace.</c> is short for <c>workplaces[0].</c>.
/// </summary>
internal static partial class SetOverrides
{
    private const string WorkplaceAlias = "workplace";

    public static void Apply(YamlMappingNode root, IReadOnlyList<string> sets, ScenarioReader reader)
    {
        for (var i = 0; i < sets.Count; i++)
        {
            ApplyOne(root, sets[i], i + 1, reader);
        }
    }

    private static void ApplyOne(YamlMappingNode root, string text, int ordinal, ScenarioReader reader)
    {
        if (text.Length > ScenarioLimits.MaxSetLength)
        {
            reader.Add(new ScenarioError(ScenarioReader.SetFile, ordinal, 1, "(override)",
                $"the override is {text.Length:N0} characters long; at most {ScenarioLimits.MaxSetLength:N0} are allowed"));
            return;
        }

        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            Fail(reader, ordinal, 1, text, text,
                "expected path=value, e.g. workplaces[0].employer.hostility=0.8 or weeks=156");
            return;
        }

        var rawPath = text[..equals].Trim();
        var pathOffset = text.IndexOf(rawPath, StringComparison.Ordinal);
        var valueText = text[(equals + 1)..];
        var origin = new SetOrigin(ordinal, equals + 2, text);

        if (!TryParseValue(valueText, origin, reader, out var value))
        {
            return;
        }

        if (rawPath == WorkplaceAlias || rawPath.StartsWith(WorkplaceAlias + ".", StringComparison.Ordinal))
        {
            rawPath = "workplaces[0]" + rawPath[WorkplaceAlias.Length..];
            pathOffset -= "workplaces[0]".Length - WorkplaceAlias.Length;
        }

        var segments = Segments(rawPath);
        IRecordSchema schema = ScenarioSchema.Root;
        var current = root;
        var walked = "";
        for (var s = 0; s < segments.Count; s++)
        {
            var (key, index, offset, _) = segments[s];
            var column = Math.Max(1, pathOffset + offset + 1);
            var last = s == segments.Count - 1;
            var where = walked.Length == 0 ? "at the top level" : $"in {walked}";

            if (key.Length == 0)
            {
                Fail(reader, ordinal, column, rawPath, text, $"cannot read path segment '{segments[s].Raw}'; write keys separated by dots, list items as key[0]");
                return;
            }

            var field = schema.Find(key);
            if (field is null)
            {
                Fail(reader, ordinal, column, rawPath, text,
                    $"unknown key '{key}' {where}; {Suggestions.DidYouMean(key, schema.Fields.Select(f => f.Key))}allowed keys: {schema.AllowedKeys}");
                return;
            }

            var path = ScenarioReader.Child(walked, key);
            if (field.Shape != FieldShape.List && index is not null)
            {
                Fail(reader, ordinal, column, rawPath, text, $"'{path}' is not a list, so it takes no [index]");
                return;
            }

            if (field.Shape == FieldShape.Value && !last)
            {
                Fail(reader, ordinal, column, rawPath, text, $"'{path}' is a single value ({field.TypeText}); the path must end there");
                return;
            }

            if (last && index is null)
            {
                Put(current, key, value);
                return;
            }

            if (field.Shape == FieldShape.Section)
            {
                if (!TryEnterMapping(current, key, origin, reader, out var section, out var problem))
                {
                    Fail(reader, ordinal, column, rawPath, text, $"cannot set inside '{path}': {problem}");
                    return;
                }

                current = section;
                schema = field.Child!;
                walked = path;
                continue;
            }

            if (index is null)
            {
                Fail(reader, ordinal, column, rawPath, text, $"'{path}' is a list; give an item index, e.g. {path}[0].{field.Child!.Fields[0].Key}");
                return;
            }

            if (!TryEnterList(current, key, (IListFieldSchema)field, origin, reader, out var list, out var listProblem))
            {
                Fail(reader, ordinal, column, rawPath, text, $"cannot set inside '{path}': {listProblem}");
                return;
            }

            var count = list.Children.Count;
            if (index.Value > count)
            {
                var valid = count switch
                {
                    0 => "0 to add the first item",
                    1 => "0, or 1 to add an item",
                    _ => $"0–{count - 1}, or {count} to add an item",
                };
                Fail(reader, ordinal, column, rawPath, text, $"index {index} is past the end of '{path}', which has {count} item(s): use {valid}");
                return;
            }

            if (index.Value == count)
            {
                var added = new YamlMappingNode();
                reader.MarkFromSet(added, origin);
                list.Children.Add(added);
            }

            var itemPath = ScenarioReader.Item(path, index.Value);
            if (last)
            {
                list.Children[index.Value] = value;
                return;
            }

            if (YamlNames.IsNull(list.Children[index.Value]))
            {
                var fresh = new YamlMappingNode();
                reader.MarkFromSet(fresh, origin);
                list.Children[index.Value] = fresh;
            }

            if (list.Children[index.Value] is not YamlMappingNode item)
            {
                Fail(reader, ordinal, column, rawPath, text, $"cannot set inside '{itemPath}': {Where(reader, list.Children[index.Value])} it is {YamlNames.Describe(list.Children[index.Value])}, not a mapping");
                return;
            }

            current = CopyOf(item, reader);
            list.Children[index.Value] = current;
            schema = field.Child!;
            walked = itemPath;
        }
    }

    private static bool TryParseValue(string valueText, SetOrigin origin, ScenarioReader reader, out YamlNode value)
    {
        var trimmed = valueText.Trim();
        if (trimmed.Length > 0 && trimmed[0] is '[' or '{' or '"' or '\'')
        {
            var problem = false;
            var stream = YamlLoading.TryLoad(trimmed, (at, message) =>
            {
                problem = true;
                reader.Add(new ScenarioError(ScenarioReader.SetFile, origin.Ordinal, origin.Column + (int)at.Column - 1, "(value)",
                    $"the value is not valid YAML: {TrimPrefix(message)} (from --set '{YamlNames.Shorten(origin.Text)}')"));
            });
            if (stream is null || problem)
            {
                value = new YamlScalarNode("");
                return false;
            }

            value = stream.Documents.Count == 0 ? new YamlScalarNode("") { Style = ScalarStyle.Plain } : stream.Documents[0].RootNode;
        }
        else
        {
            value = new YamlScalarNode(trimmed) { Style = ScalarStyle.Plain };
        }

        reader.MarkFromSet(value, origin);
        return true;
    }

    private static string TrimPrefix(string message)
    {
        const string prefix = "YAML syntax error: ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }

    // A node reached through a YAML alias is shared with every other place the alias is used; copying each level
    // on the way down keeps an override to one workplace from changing the others.
    private static YamlMappingNode CopyOf(YamlMappingNode map, ScenarioReader reader)
    {
        var copy = new YamlMappingNode(map.Children);
        reader.Adopt(copy, map);
        return copy;
    }

    private static void Put(YamlMappingNode map, string key, YamlNode value)
    {
        var existing = map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key);
        map.Children[existing ?? new YamlScalarNode(key)] = value;
    }

    private static YamlNode? Lookup(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == key).Value;

    private static bool TryEnterMapping(YamlMappingNode parent, string key, SetOrigin origin, ScenarioReader reader,
        out YamlMappingNode section, out string problem)
    {
        problem = "";
        var existing = Lookup(parent, key);
        if (existing is null || YamlNames.IsNull(existing))
        {
            section = new YamlMappingNode();
            reader.MarkFromSet(section, origin);
            Put(parent, key, section);
            return true;
        }

        if (existing is YamlMappingNode map)
        {
            section = CopyOf(map, reader);
            Put(parent, key, section);
            return true;
        }

        section = new YamlMappingNode();
        problem = $"{Where(reader, existing)} it is {YamlNames.Describe(existing)}, not a mapping";
        return false;
    }

    private static bool TryEnterList(YamlMappingNode parent, string key, IListFieldSchema field, SetOrigin origin, ScenarioReader reader,
        out YamlSequenceNode list, out string problem)
    {
        problem = "";
        var existing = Lookup(parent, key);
        if (existing is null || YamlNames.IsNull(existing))
        {
            // The file left the list out, so it holds the record defaults; index into those.
            list = field.DefaultItems();
            reader.MarkFromSet(list, origin);
            Put(parent, key, list);
            return true;
        }

        if (existing is YamlSequenceNode sequence)
        {
            list = new YamlSequenceNode(sequence.Children);
            reader.Adopt(list, sequence);
            Put(parent, key, list);
            return true;
        }

        list = new YamlSequenceNode();
        problem = $"{Where(reader, existing)} it is {YamlNames.Describe(existing)}, not a list";
        return false;
    }

    private static string Where(ScenarioReader reader, YamlNode node) =>
        $"in {reader.FileName} (line {node.Start.Line})";

    private static void Fail(ScenarioReader reader, int ordinal, int column, string path, string text, string message) =>
        reader.Add(new ScenarioError(ScenarioReader.SetFile, ordinal, column, path.Length == 0 ? "(root)" : path, $"{message} (in --set '{YamlNames.Shorten(text)}')"));

    private static List<(string Key, int? Index, int Offset, string Raw)> Segments(string path)
    {
        var result = new List<(string, int?, int, string)>();
        var offset = 0;
        foreach (var raw in path.Split('.'))
        {
            var match = SegmentPattern().Match(raw);
            if (match.Success)
            {
                int? index = match.Groups["index"].Success
                    ? int.Parse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
                    : null;
                result.Add((match.Groups["key"].Value, index, offset, raw));
            }
            else
            {
                result.Add(("", null, offset, raw));
            }

            offset += raw.Length + 1;
        }

        return result;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_-]*)(\[(?<index>\d{1,6})\])?$")]
    private static partial Regex SegmentPattern();
}
