namespace CampaignSim.Scenarios;

/// <summary>The organizing model ids a workplace may pin with <c>model:</c> (MODEL.md §4).</summary>
public static class OrganizingModelIds
{
    /// <summary>Reps file grievances and bargain at expiry; labor peace.</summary>
    public const string BusinessUnionism = "business-unionism";

    /// <summary>Staff organizers, structure tests, strike at expiry with a supermajority.</summary>
    public const string MilitantMainstream = "militant-mainstream";

    /// <summary>A caucus campaigns for officer posts, then turns the union militant.</summary>
    public const string CaucusElectoral = "caucus-electoral";

    /// <summary>A caucus organizes on the floor inside the union, with no electoral focus.</summary>
    public const string CaucusGrassroots = "caucus-grassroots";

    /// <summary>A steward committee, some in the solidarity union, acting outside official channels.</summary>
    public const string HybridDualCard = "hybrid-dual-card";

    /// <summary>Its own committee and direct action, no contract focus, all job classes together.</summary>
    public const string IndependentSolidarity = "independent-solidarity";

    /// <summary>Every id, in the order of MODEL.md's table.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        BusinessUnionism, MilitantMainstream, CaucusElectoral, CaucusGrassroots, HybridDualCard, IndependentSolidarity,
    ];

    /// <summary>
    /// Models that work through an existing mainstream union and so cannot apply where there is none
    /// (business-unionism and militant-mainstream can still run a recognition drive; MODEL.md §4).
    /// </summary>
    public static IReadOnlyList<string> NeedingMainstreamUnion { get; } = [CaucusElectoral, CaucusGrassroots, HybridDualCard];
}
