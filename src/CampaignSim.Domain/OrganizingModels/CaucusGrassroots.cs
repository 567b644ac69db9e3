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
        var policy = w.Scenario.Mechanics.Models.CaucusGrassroots;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Caucus,
            Industrial = false,
            UnionResources = true,
            FloorActions = true,
            SupportNeededFactor = policy.SupportNeededFactor,
            HighestUnderNoStrikeClause = Tactic.EnforceOwnPolicy,
            HighestOtherwise = Tactic.WorkToRule,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Workers,
            ActionsDecidedBy = DecisionMaker.Workers,
            OutsideOfficialChannels = true,
            UnionBacksCommittee = w.Union.Hostility < policy.BackedBelowLeadershipHostility,
            PushesStrikeVote = true,
            MediatesWithLeadership = true,
            OrganizationsToMeetIn = policy.OrganizationsToMeetIn,
        };
    }

    /// <summary>Caucus grassroots organizing's policy numbers (<c>mechanics.models.caucus-grassroots</c>).</summary>
    public sealed record Policy
    {
        /// <summary>Multiplier on the committed share a rung normally wants before the caucus calls it (below 1: it acts with a committed minority).</summary>
        [Parameter(0.3, 1.5, "factor", "assumption: a caucus acting on the floor moves with a little less than a majority, as the West Virginia caucus did before the walkout (sources §6)")]
        public double SupportNeededFactor { get; init; } = 0.9;

        /// <summary>The union's legal help stands behind caucus members while its leadership's hostility to unofficial action is below this.</summary>
        [Parameter(0, 1, "hostility", "assumption: a leadership that merely frowns on the caucus still defends its members' grievances; one that half opposes it does not")]
        public double BackedBelowLeadershipHostility { get; init; } = 0.5;

        /// <summary>Organizations whose meetings each committee member attends: the union's and the caucus's own.</summary>
        [Parameter(1, 3, "organizations", "assumption: a grassroots caucus meets on its own as well as in the union's meetings, where it argues its case")]
        public int OrganizationsToMeetIn { get; init; } = 2;
    }
}
