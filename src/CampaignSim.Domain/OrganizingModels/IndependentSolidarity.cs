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
    public override ModelPosture Posture(WorkplaceState w) => new()
    {
        Identity = CommitteeIdentity.Solidarity,
        Industrial = true,
        SolidarityUnion = true,
        FloorActions = true,
        SupportNeededFactor = 0.7,
        HighestUnderNoStrikeClause = Tactic.Strike,
        HighestOtherwise = Tactic.Strike,
        StrikeTarget = 0.6,
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
