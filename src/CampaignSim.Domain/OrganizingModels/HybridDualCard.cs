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
    public override ModelPosture Posture(WorkplaceState w)
    {
        var policy = w.Scenario.Mechanics.Models.HybridDualCard;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.DualCard,
            Industrial = true,
            StaffOrganizingShare = policy.StaffOrganizingShare,
            UnionResources = true,
            SolidarityUnion = true,
            FloorActions = true,
            SupportNeededFactor = policy.SupportNeededFactor,
            HighestUnderNoStrikeClause = Tactic.WorkToRule,
            HighestOtherwise = Tactic.SickOut,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Workers,
            ActionsDecidedBy = DecisionMaker.Workers,
            OutsideOfficialChannels = true,
            // Its committee members are stewards: the union backs them unless its leadership is openly hostile.
            UnionBacksCommittee = w.Union.Hostility < policy.BackedBelowLeadershipHostility,
            PushesStrikeVote = true,
            MediatesWithLeadership = true,
            OrganizationsToMeetIn = policy.OrganizationsToMeetIn,
            FightsFiringsOnFloor = true,
        };
    }

    /// <summary>The hybrid dual-card model's policy numbers (<c>mechanics.models.hybrid-dual-card</c>).</summary>
    public sealed record Policy
    {
        /// <summary>Share of the union's staff-organizer hours spent organizing here: stewards ask the union for some help.</summary>
        [Parameter(0, 1, "share of staff hours", "assumption: a union whose own stewards lead the committee lends it some staff time, a fifth of what it could")]
        public double StaffOrganizingShare { get; init; } = 0.2;

        /// <summary>Multiplier on the committed share a rung normally wants before the committee calls it.</summary>
        [Parameter(0.3, 1.5, "factor", "assumption: a dual-card committee acts with a committed minority, a little larger than a solidarity union's because it also answers to the union (sources §7)")]
        public double SupportNeededFactor { get; init; } = 0.85;

        /// <summary>The union's legal help stands behind committee members (its stewards) while its leadership's hostility to unofficial action is below this.</summary>
        [Parameter(0, 1, "hostility", "assumption: a union defends its own stewards unless its leadership is openly hostile to what they do")]
        public double BackedBelowLeadershipHostility { get; init; } = 0.7;

        /// <summary>Organizations whose meetings each committee member attends: the mainstream union's and the solidarity union's.</summary>
        [Parameter(1, 3, "organizations", "assumption: dual carders attend both unions' meetings (sources §7 on dual-card committees)")]
        public int OrganizationsToMeetIn { get; init; } = 2;
    }
}
