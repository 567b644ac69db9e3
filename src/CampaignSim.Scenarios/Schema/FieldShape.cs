namespace CampaignSim.Scenarios.Schema;

/// <summary>What a key holds: a single value, a nested section, or a list of sections.</summary>
internal enum FieldShape
{
    Value,
    Section,
    List,
}
