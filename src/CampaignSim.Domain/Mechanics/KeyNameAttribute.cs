namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// The key a section is written under in a scenario file when it is not the property's camelCase name: the
/// organizing models' policies are keyed by model id (<c>mechanics.models.caucus-grassroots</c>).
/// </summary>
/// <param name="name">The key.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class KeyNameAttribute(string name) : Attribute
{
    /// <summary>The key.</summary>
    public string Name { get; } = name;
}
