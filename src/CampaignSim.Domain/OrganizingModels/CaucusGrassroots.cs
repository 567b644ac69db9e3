using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// Caucus grassroots organizing (the West Virginia caucus): a caucus organizes coworkers with some union
/// resources and no electoral focus. It spends time in conflict with the leadership, is partly bound by the
/// contract and cannot steer the union. If a conservative leadership takes office it may disaffiliate and
/// carry on as an independent solidarity union.
/// </summary>
public sealed class CaucusGrassroots : OrganizingModel
{
    private static readonly IndependentSolidarity Independent = new();

    /// <inheritdoc />
    public override string Id => "caucus-grassroots";

    /// <inheritdoc />
    public override string Name => "Caucus grassroots organizing";

    /// <inheritdoc />
    public override string Summary =>
        "A caucus inside the union organizes coworkers and takes action on the floor, using some union resources, without running for office.";

    /// <inheritdoc />
    public override bool NeedsMainstreamUnion => true;

    /// <inheritdoc />
    public override bool DisaffiliatesUnderConservativeLeadership => true;

    /// <inheritdoc />
    public override ModelPosture Posture(WorkplaceState w)
    {
        if (w.Union.Disaffiliated) return Independent.Posture(w);
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Caucus,
            Industrial = false,
            UnionResources = true,
            FloorActions = true,
            SupportNeededFactor = 0.9,
            HighestUnderNoStrikeClause = Tactic.EnforceOwnPolicy,
            HighestOtherwise = Tactic.WorkToRule,
            StrikeTarget = 0.7,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Workers,
            ActionsDecidedBy = DecisionMaker.Workers,
            OutsideOfficialChannels = true,
            UnionBacksCommittee = w.Union.Hostility < 0.5,
            PushesStrikeVote = true,
            MediatesWithLeadership = true,
            OrganizationsToMeetIn = 2,
        };
    }
}
