using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// Hybrid "dual card" model: a committee of stewards, some also in a solidarity union, acts outside official
/// channels against the employer and to push the union. It pays two dues, runs two structures, spends time
/// mediating between the unions, repels coworkers critical of the mainstream union and has less room for
/// pure direct action while the contract binds.
/// </summary>
public sealed class HybridDualCard : OrganizingModel
{
    /// <inheritdoc />
    public override string Id => "hybrid-dual-card";

    /// <inheritdoc />
    public override string Name => "Hybrid dual-card (solidarity + mainstream union)";

    /// <inheritdoc />
    public override string Summary =>
        "Stewards of the mainstream union, some also in a solidarity union, organize the floor and take action outside official channels to pressure both the employer and the union.";

    /// <inheritdoc />
    public override bool NeedsMainstreamUnion => true;

    /// <inheritdoc />
    public override ModelPosture Posture(WorkplaceState w) => new()
    {
        Identity = CommitteeIdentity.DualCard,
        Industrial = true,
        StaffOrganizingShare = 0.2,
        UnionResources = true,
        SolidarityUnion = true,
        FloorActions = true,
        SupportNeededFactor = 0.85,
        HighestUnderNoStrikeClause = Tactic.WorkToRule,
        HighestOtherwise = Tactic.SickOut,
        StrikeTarget = 0.65,
        GrievanceChannel = GrievanceChannel.Formal,
        GrievancesFiledBy = DecisionMaker.Workers,
        ActionsDecidedBy = DecisionMaker.Workers,
        OutsideOfficialChannels = true,
        // Its committee members are stewards: the union backs them unless its leadership is openly hostile.
        UnionBacksCommittee = w.Union.Hostility < 0.7,
        PushesStrikeVote = true,
        MediatesWithLeadership = true,
        OrganizationsToMeetIn = 2,
        FightsFiringsOnFloor = true,
    };
}
