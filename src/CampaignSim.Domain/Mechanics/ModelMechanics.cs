using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// The organizing models' policy numbers, one section per model keyed by its id (<c>mechanics.models.caucus-grassroots</c>):
/// how much staff time it asks for, how much support it wants before it acts, when it files or strikes. A committee
/// describes its own variant of a model by setting them in a scenario. This record is also the list of models: the
/// model catalog takes the models, in this order, from the policy records declared in their classes.
/// </summary>
public sealed record ModelMechanics
{
    /// <summary>Business unionism.</summary>
    [KeyName("business-unionism")]
    public BusinessUnionism.Policy BusinessUnionism { get; init; } = new();

    /// <summary>Militant mainstream unionism.</summary>
    [KeyName("militant-mainstream")]
    public MilitantMainstream.Policy MilitantMainstream { get; init; } = new();

    /// <summary>Caucus electoralism.</summary>
    [KeyName("caucus-electoral")]
    public CaucusElectoral.Policy CaucusElectoral { get; init; } = new();

    /// <summary>Caucus grassroots organizing.</summary>
    [KeyName("caucus-grassroots")]
    public CaucusGrassroots.Policy CaucusGrassroots { get; init; } = new();

    /// <summary>The hybrid dual-card model.</summary>
    [KeyName("hybrid-dual-card")]
    public HybridDualCard.Policy HybridDualCard { get; init; } = new();

    /// <summary>The independent solidarity union.</summary>
    [KeyName("independent-solidarity")]
    public IndependentSolidarity.Policy IndependentSolidarity { get; init; } = new();
}
