using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>One key of a scenario section, independent of the record type it fills.</summary>
internal interface IFieldSchema
{
    /// <summary>The YAML key, camelCase of the record property.</summary>
    string Key { get; }

    /// <summary>The record property the key fills.</summary>
    string Property { get; }

    FieldShape Shape { get; }

    /// <summary>Schema of the section, or of each list item; null for a value.</summary>
    IRecordSchema? Child { get; }

    /// <summary>Kind of value in words: "number", "whole number", "true/false", "text", "one of: …".</summary>
    string TypeText { get; }

    /// <summary>Allowed range in words ("0–1"), or empty.</summary>
    string RangeText { get; }

    /// <summary>Whether a list item must give this key.</summary>
    bool Required { get; }
}

/// <summary>A list key: can produce its default items as YAML, so a <c>--set</c> can index into a list the file left out.</summary>
internal interface IListFieldSchema : IFieldSchema
{
    YamlSequenceNode DefaultItems();
}
