namespace CampaignSim.Domain.OrganizingModels;

/// <summary>The committee identities and where their profiles sit in the scenario's mechanics.</summary>
public static class IdentityCatalog
{
    private static readonly Func<IdentityMechanics, IdentityProfile>[] Profiles =
    [
        m => m.Mainstream,
        m => m.Caucus,
        m => m.DualCard,
        m => m.Solidarity,
    ];

    /// <summary>An identity's profile under a scenario's mechanics.</summary>
    public static IdentityProfile Profile(MechanicsSpec mechanics, CommitteeIdentity identity) => Profiles[(int)identity](mechanics.Identities);
}
