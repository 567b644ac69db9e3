using CampaignSim.Domain.Events;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// Caucus electoralism (CORE in the Chicago Teachers Union): a caucus campaigns for officer posts; if it wins
/// it turns the union militant with the union's own apparatus. The campaign takes organizing time and builds
/// shallow vote-getting ties; a lost election leaves little behind.
/// </summary>
public sealed class CaucusElectoral : OrganizingModel
{
    private static readonly MilitantMainstream InOffice = new();

    /// <summary>Weeks before an election in which the caucus puts most of its hours into the campaign.</summary>
    public const int CampaignSeasonWeeks = 26;

    /// <inheritdoc />
    public override string Id => "caucus-electoral";

    /// <inheritdoc />
    public override string Name => "Caucus electoralism";

    /// <inheritdoc />
    public override string Summary =>
        "A reform caucus runs for union office; if it wins, it uses the union's staff and resources to organize and strike.";

    /// <inheritdoc />
    public override bool NeedsMainstreamUnion => true;

    /// <inheritdoc />
    public override bool RunsForOffice => true;

    /// <inheritdoc />
    public override string? NotApplicableBecause(WorkplaceSpec workplace) =>
        base.NotApplicableBecause(workplace)
        ?? (workplace.Union.NextElectionWeek <= 0
            ? $"{Name} campaigns for union office, and no officer election falls within the campaign at {workplace.Name} (union.nextElectionWeek is 0)."
            : null);

    /// <inheritdoc />
    public override ModelPosture Posture(WorkplaceState w)
    {
        // In office, the caucus runs the union as militant mainstream unionism does, but with homegrown leaders:
        // workers, not staff, decide, and it leans less on staff organizers.
        if (w.Union.CaucusLeads)
            return InOffice.Posture(w) with
            {
                StaffOrganizingShare = 0.6,
                StrikeTarget = 0.7,
                GrievancesFiledBy = DecisionMaker.Workers,
                ActionsDecidedBy = DecisionMaker.Workers,
                RecognitionDrive = false,
            };
        var nextElection = ElectionCalendar.NextElectionWeek(w.Spec.Union, w.Week, w.Scenario.Weeks);
        var inSeason = nextElection > 0 && nextElection - w.Week <= CampaignSeasonWeeks;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Caucus,
            Industrial = false,
            FloorActions = false,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Workers,
            ActionsDecidedBy = DecisionMaker.Workers,
            UnionBacksCommittee = true,
            ElectionCampaignShare = nextElection == 0 ? 0 : inSeason ? 0.7 : 0.3,
            PushesStrikeVote = true,
            OrganizationsToMeetIn = 2,
        };
    }
}
