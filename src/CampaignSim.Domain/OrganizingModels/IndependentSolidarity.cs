using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// Independent solidarity union (Stardust Family United, IWW): its own committee across all job classes,
/// direct action whenever needed and no contract focus. Built from scratch, unfamiliar to coworkers, easier
/// to red-bait, with weaker legal protection and no union resources. Where a mainstream union is present it
/// may grow until decertifying it is on the table.
/// </summary>
public sealed class IndependentSolidarity : OrganizingModel
{
    /// <inheritdoc />
    public override string Id => "independent-solidarity";

    /// <inheritdoc />
    public override string Name => "Independent solidarity union";

    /// <inheritdoc />
    public override string Summary =>
        "Workers build their own union across all job classes and use direct action whenever needed, without contracts or union staff.";

    /// <inheritdoc />
    public override bool NeedsMainstreamUnion => false;

    /// <inheritdoc />
    public override ModelPosture Posture(WorkplaceState w)
    {
        var policy = w.Scenario.Mechanics.Models.IndependentSolidarity;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Solidarity,
            Industrial = true,
            SolidarityUnion = true,
            FloorActions = true,
            SupportNeededFactor = policy.SupportNeededFactor,
            HighestUnderNoStrikeClause = Tactic.Strike,
            HighestOtherwise = Tactic.Strike,
            StrikeTarget = policy.StrikeTarget,
            StrikesOnTheFloor = true,
            WagesOnTheFloor = true,
            GrievanceChannel = GrievanceChannel.DirectAction,
            GrievancesFiledBy = DecisionMaker.Workers,
            ActionsDecidedBy = DecisionMaker.Workers,
            OutsideOfficialChannels = w.Union.Present,
            SeeksDecertification = w.Union.Present,
            FightsFiringsOnFloor = true,
        };
    }

    /// <summary>The independent solidarity union's policy numbers (<c>mechanics.models.independent-solidarity</c>).</summary>
    public sealed record Policy
    {
        /// <summary>Multiplier on the committed share a rung normally wants before the committee calls it (minority unionism acts with a committed minority).</summary>
        [Parameter(0.3, 1.5, "factor", "assumption: solidarity unions act with a committed minority rather than wait for a majority, as Stardust and the IWW committees did (sources §7)")]
        public double SupportNeededFactor { get; init; } = 0.7;

        /// <summary>Committed share of the workforce the committee wants before it calls a strike on the floor.</summary>
        [Parameter(0, 1, "share of workers", "assumption: without a strike vote to rely on, a solidarity union strikes once a clear majority is committed, short of the supermajority a union seeks (sources §4)", InertInShippedScenarios = "no independent committee in a shipped scenario's first seeds climbs the ladder past a sick-out to a strike")]
        public double StrikeTarget { get; init; } = 0.6;
    }
}
