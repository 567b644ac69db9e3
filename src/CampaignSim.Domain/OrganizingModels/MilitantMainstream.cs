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
    public override ModelPosture Posture(WorkplaceState w)
    {
        var policy = w.Scenario.Mechanics.Models.MilitantMainstream;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Mainstream,
            Industrial = false,
            StaffOrganizingShare = policy.StaffOrganizingShare,
            UnionResources = true,
            FloorActions = true,
            SupportNeededFactor = policy.SupportNeededFactor,
            StrikeTarget = policy.StrikeTarget,
            HighestUnderNoStrikeClause = Tactic.Picket,
            HighestOtherwise = Tactic.Picket,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Staff,
            ActionsDecidedBy = DecisionMaker.Staff,
            UnionBacksCommittee = true,
            PushesStrikeVote = true,
            RecognitionDrive = true,
            PetitionTarget = policy.PetitionTarget,
            PublicAtCardShare = policy.PublicAtCardShare,
        };
    }

    /// <summary>Militant mainstream unionism's policy numbers (<c>mechanics.models.militant-mainstream</c>).</summary>
    public sealed record Policy
    {
        /// <summary>Share of the union's staff-organizer hours spent organizing this workplace.</summary>
        [Parameter(0, 1, "share of staff hours", "assumption: an organizing union assigns its staff to find and develop worker-leaders on the floor, most of their week")]
        public double StaffOrganizingShare { get; init; } = 0.8;

        /// <summary>Multiplier on the committed share each rung normally wants before the union calls it (1: a majority structure test).</summary>
        [Parameter(0.3, 1.5, "factor", "sources §4: structure tests ask for the majority a rung needs before moving to the next, no fewer")]
        public double SupportNeededFactor { get; init; } = 1;

        /// <summary>
        /// Yes share of all members a strike vote must reach before the union calls an open-ended strike; with less it
        /// calls a strike of a set length and goes back to the table.
        /// </summary>
        [Parameter(0, 1, "share of members", "sources §4: the organizing model strikes only with a supermajority, which its structure tests measure; 70–90% is a design figure, not a sourced one")]
        public double StrikeTarget { get; init; } = 0.75;

        /// <summary>Share of the unit with signed cards before it files for a certification election.</summary>
        [Parameter(0, 1, "share of the unit", "assumption, after sources §4's supermajority structure tests: an organizing union files only with a supermajority signed, expecting the employer's campaign to cost it support")]
        public double PetitionTarget { get; init; } = 0.7;

        /// <summary>Share of the unit with signed cards at which its drive goes public, with a majority petition as its first open test.</summary>
        [Parameter(0, 1, "share of the unit", "sources §4: the ladder of structure tests opens with a petition signed by a majority; the committee builds quietly until it can show one")]
        public double PublicAtCardShare { get; init; } = 0.5;
    }
}
