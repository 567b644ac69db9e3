namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// The source of one field of a shared profile record (<see cref="TacticProfile"/>, <see cref="IdentityProfile"/>) as
/// set for one instance: each tactic's and each identity's numbers have reasons of their own, so the source written on
/// the profile record's property is replaced by the one given here for that instance.
/// </summary>
/// <param name="field">The profile property (<c>nameof(TacticProfile.Pressure)</c>).</param>
/// <param name="source">A section of docs/sources.md, or "assumption: " and one sentence of reasoning.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ProfileSourceAttribute(string field, string source) : Attribute
{
    /// <summary>The profile property.</summary>
    public string Field { get; } = field;

    /// <summary>The source for this instance.</summary>
    public string Source { get; } = source;

    /// <summary>Why this instance's field moves no shipped scenario's event stream (see <see cref="ParameterAttribute.InertInShippedScenarios"/>), or null.</summary>
    public string? InertInShippedScenarios { get; set; }
}
