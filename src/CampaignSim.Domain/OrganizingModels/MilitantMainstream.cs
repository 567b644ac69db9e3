using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// Militant mainstream unionism (McAlevey's "No Shortcuts"): staff organizers find worker-leaders, run
/// structure tests of rising commitment, escalate within the law and strike at expiry only with a supermajority.
/// Bound by labor law and the no-strike clause; the bargaining unit stays craft-limited.
/// </summary>
public sealed class MilitantMainstream : OrganizingModel
{
    /// <inheritdoc />
    public override string Id => "militant-mainstream";

    /// <inheritdoc />
    public override string Name => "Militant mainstream unionism";

    /// <inheritdoc />
    public override string Summary =>
        "Union staff organizers find worker-leaders, test support with escalating legal actions and strike at contract expiry once a supermajority is ready.";

    /// <inheritdoc />
    public override bool NeedsMainstreamUnion => false;

    /// <inheritdoc />
    public override ModelPosture Posture(WorkplaceState w) => new()
    {
        Identity = CommitteeIdentity.Mainstream,
        Industrial = false,
        StaffOrganizingShare = 0.8,
        UnionResources = true,
        FloorActions = true,
        HighestUnderNoStrikeClause = Tactic.Picket,
        HighestOtherwise = Tactic.Picket,
        StrikeTarget = 0.75,
        GrievanceChannel = GrievanceChannel.Formal,
        GrievancesFiledBy = DecisionMaker.Staff,
        ActionsDecidedBy = DecisionMaker.Staff,
        UnionBacksCommittee = true,
        PushesStrikeVote = true,
        RecognitionDrive = true,
        PetitionTarget = 0.7,
    };
}
