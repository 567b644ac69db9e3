using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>The keys of a section that maps to record <typeparamref name="T"/>, and how to read the section.</summary>
internal sealed class RecordSchema<T>(params Field<T>[] fields) : IRecordSchema
    where T : class, new()
{
    private readonly Field<T>[] fields = fields;

    /// <summary>The record's name; a record nested in a model's class is named with it (<c>CaucusGrassroots.Policy</c>).</summary>
    public string TypeName => typeof(T).DeclaringType is { } outer ? $"{outer.Name}.{typeof(T).Name}" : typeof(T).Name;

    public Type RecordType => typeof(T);

    public IReadOnlyList<IFieldSchema> Fields => fields;

    public string AllowedKeys => YamlNames.List(fields.Select(f => f.Key));

    IFieldSchema? IRecordSchema.Find(string key) => Find(key);

    public Field<T>? Find(string key) => fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    /// <summary>Reads a mapping on top of <paramref name="start"/>: keys the mapping leaves out keep their value in <paramref name="start"/>.</summary>
    public T Read(YamlNode node, T start, ScenarioReader reader, string path)
    {
        if (YamlNames.IsNull(node))
        {
            return start;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Report(node, path, $"expected a mapping with keys ({AllowedKeys}), got {YamlNames.Describe(node)}");
            return start;
        }

        var record = start;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || YamlNames.IsNull(keyNode))
            {
                reader.Report(keyNode, path, $"expected a key name, got {YamlNames.Describe(keyNode)}; allowed keys: {AllowedKeys}");
                continue;
            }

            var childPath = ScenarioReader.Child(path, key);
            var field = Find(key);
            if (field is null)
            {
                var where = path.Length == 0 ? "at the top level" : $"in {path}";
                reader.Report(keyNode, childPath,
                    $"unknown key '{YamlNames.Shorten(key)}' {where}; {Suggestions.DidYouMean(key, fields.Select(f => f.Key))}allowed keys: {AllowedKeys}");
                continue;
            }

            seen.Add(key);
            reader.Remember(childPath, value);
            record = field.Read(record, value, reader, childPath);
        }

        foreach (var missing in fields.Where(f => f.Required && !seen.Contains(f.Key)))
        {
            var range = missing.RangeText.Length > 0 ? $", {missing.RangeText}" : "";
            reader.Report(map, path, $"missing required key '{missing.Key}' ({missing.TypeText}{range})");
        }

        return record;
    }

    /// <summary>
    /// The keys of <paramref name="value"/> that differ from <paramref name="defaults"/> (all keys when that is null),
    /// plus every required key, as a YAML mapping.
    /// </summary>
    public YamlMappingNode Write(T value, T? defaults)
    {
        var map = new YamlMappingNode();
        foreach (var field in fields)
        {
            if (field.Write(value, field.Required ? null : defaults) is { } node)
            {
                map.Add(new YamlScalarNode(field.Key), node);
            }
        }

        return map;
    }
}
