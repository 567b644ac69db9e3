namespace CampaignSim.Scenarios.Schema;

/// <summary>The keys of one scenario section.</summary>
internal interface IRecordSchema
{
    /// <summary>Name of the record type the section maps to.</summary>
    string TypeName { get; }

    /// <summary>Type of the record the section maps to.</summary>
    Type RecordType { get; }

    IReadOnlyList<IFieldSchema> Fields { get; }

    IFieldSchema? Find(string key);

    /// <summary>The allowed keys, comma-separated, for messages.</summary>
    string AllowedKeys { get; }
}
