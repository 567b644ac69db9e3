namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// One field of a shared profile record that an instance does not have: the strike rung's needed share is not a
/// parameter, because a strike on the floor waits for the model's own strike target instead. The field is left out of
/// the scenario schema, the parameter list and the documentation for that instance.
/// </summary>
/// <param name="field">The profile property (<c>nameof(TacticProfile.NeededShare)</c>).</param>
/// <param name="because">Why the instance does not use it.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class OmitsAttribute(string field, string because) : Attribute
{
    /// <summary>The profile property.</summary>
    public string Field { get; } = field;

    /// <summary>Why the instance does not use it.</summary>
    public string Because { get; } = because;
}
