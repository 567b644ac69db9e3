using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// Business unionism: reps and stewards service the contract through grievances and bargain at expiry; labor
/// peace between contracts and little floor presence. Where there is no union it runs a staff-led
/// recognition drive for the bargaining unit.
/// </summary>
public sealed class BusinessUnionism : OrganizingModel
{
    /// <inheritdoc />
    public override string Id => "business-unionism";

    /// <inheritdoc />
    public override string Name => "Business unionism";

    /// <inheritdoc />
    public override string Summary =>
        "Union reps file grievances and bargain when the contract expires; the union keeps labor peace in between and does little on the floor.";

    /// <inheritdoc />
    public override bool NeedsMainstreamUnion => false;

    /// <inheritdoc />
    public override ModelPosture Posture(WorkplaceState w) => new()
    {
        Identity = CommitteeIdentity.Mainstream,
        Industrial = false,
        StaffOrganizingShare = w.Union.Present ? 0.1 : 0.5,
        UnionResources = true,
        FloorActions = false,
        GrievanceChannel = GrievanceChannel.Formal,
        GrievancesFiledBy = DecisionMaker.Staff,
        ActionsDecidedBy = DecisionMaker.Officials,
        UnionBacksCommittee = true,
        // With a contract, stewards mostly service it; in a recognition drive there is nothing to service yet.
        OrganizingShare = w.Union.Present ? 0.25 : 1.0,
        RecognitionDrive = true,
        PetitionTarget = 0.5,
    };
}
