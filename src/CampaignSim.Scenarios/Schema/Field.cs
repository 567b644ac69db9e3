using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A key of a section that maps to record <typeparamref name="T"/>: reads the YAML value into a copy of the record.</summary>
internal abstract class Field<T>(string key, string property) : IFieldSchema
    where T : class
{
    public string Key { get; } = key;

    public string Property { get; } = property;

    public abstract FieldShape Shape { get; }

    public virtual IRecordSchema? Child => null;

    public abstract string TypeText { get; }

    public virtual string RangeText => "";

    public bool Required { get; init; }

    /// <summary>Returns <paramref name="record"/> with this key's value set, or unchanged (and an error reported) when the value is bad.</summary>
    public abstract T Read(T record, YamlNode node, ScenarioReader reader, string path);

    /// <summary>The value as YAML when it differs from <paramref name="defaults"/> (always, when that is null), otherwise null.</summary>
    public abstract YamlNode? Write(T value, T? defaults);
}
