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
    public override ModelPosture Posture(WorkplaceState w)
    {
        var policy = w.Scenario.Mechanics.Models.BusinessUnionism;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Mainstream,
            Industrial = false,
            StaffOrganizingShare = w.Union.Present ? policy.StaffOrganizingShare : policy.DriveStaffOrganizingShare,
            UnionResources = true,
            FloorActions = false,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Staff,
            ActionsDecidedBy = DecisionMaker.Officials,
            UnionBacksCommittee = true,
            // With a contract, stewards mostly service it; in a recognition drive there is nothing to service yet.
            OrganizingShare = w.Union.Present ? policy.OrganizingShareUnderContract : 1,
            RecognitionDrive = true,
            PetitionTarget = policy.PetitionTarget,
            // A servicing union keeps its drive quiet until it files.
            PublicAtCardShare = policy.PetitionTarget,
        };
    }

    /// <summary>Business unionism's policy numbers (<c>mechanics.models.business-unionism</c>).</summary>
    public sealed record Policy
    {
        /// <summary>Share of the union's staff-organizer hours spent organizing a unit it already represents.</summary>
        [Parameter(0, 1, "share of staff hours", "assumption: a servicing union sends a rep to handle grievances and the odd meeting, not to organize the floor")]
        public double StaffOrganizingShare { get; init; } = 0.1;

        /// <summary>Share of the staff-organizer hours spent organizing in a recognition drive, where there is no union yet.</summary>
        [Parameter(0, 1, "share of staff hours", "assumption: even a servicing union puts staff into a drive it has taken on, though fewer than an organizing union")]
        public double DriveStaffOrganizingShare { get; init; } = 0.5;

        /// <summary>Share of committee hours spent organizing under a contract; the rest goes to servicing it.</summary>
        [Parameter(0, 1, "share of committee hours", "assumption: stewards of a servicing union spend most of their union time on grievances and paperwork")]
        public double OrganizingShareUnderContract { get; init; } = 0.25;

        /// <summary>Share of the unit with signed cards before it files for a certification election.</summary>
        [Parameter(0, 1, "share of the unit", "assumption: a servicing union files once a bare majority has signed, trusting the cards to hold")]
        public double PetitionTarget { get; init; } = 0.5;
    }
}
