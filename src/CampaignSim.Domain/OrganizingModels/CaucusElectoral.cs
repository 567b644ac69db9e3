using CampaignSim.Domain.Events;
using CampaignSim.Domain.ScenarioSpecs;
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
        var policy = w.Scenario.Mechanics.Models.CaucusElectoral;
        // In office, the caucus runs the union as militant mainstream unionism does, but with homegrown leaders:
        // workers, not staff, decide, and it leans less on staff organizers.
        if (w.Union.CaucusLeads)
            return InOffice.Posture(w) with
            {
                StaffOrganizingShare = policy.InOfficeStaffOrganizingShare,
                SupportNeededFactor = policy.InOfficeSupportNeededFactor,
                StrikeTarget = policy.InOfficeStrikeTarget,
                GrievancesFiledBy = DecisionMaker.Workers,
                ActionsDecidedBy = DecisionMaker.Workers,
                RecognitionDrive = false,
            };
        var nextElection = ElectionCalendar.NextElectionWeek(w.Spec.Union, w.Week, w.Scenario.Weeks);
        var inSeason = nextElection > 0 && nextElection - w.Week <= policy.CampaignSeasonWeeks;
        return new ModelPosture
        {
            Identity = CommitteeIdentity.Caucus,
            Industrial = false,
            FloorActions = false,
            GrievanceChannel = GrievanceChannel.Formal,
            GrievancesFiledBy = DecisionMaker.Workers,
            ActionsDecidedBy = DecisionMaker.Workers,
            UnionBacksCommittee = true,
            ElectionCampaignShare = nextElection == 0 ? 0 : inSeason ? policy.InSeasonCampaignShare : policy.OffSeasonCampaignShare,
            PushesStrikeVote = true,
            OrganizationsToMeetIn = policy.OrganizationsToMeetIn,
        };
    }

    /// <summary>Caucus electoralism's policy numbers (<c>mechanics.models.caucus-electoral</c>).</summary>
    public sealed record Policy
    {
        /// <summary>Weeks before an officer election in which the caucus puts most of its hours into the campaign.</summary>
        [Parameter(1, 104, "weeks", "assumption: a slate campaigns in earnest for about six months before the vote, as CORE did before the 2010 CTU election (sources §6)")]
        public int CampaignSeasonWeeks { get; init; } = 26;

        /// <summary>Share of the committee's free hours spent on the election campaign in the campaign season.</summary>
        [Parameter(0, 1, "share of committee hours", "assumption: in the last six months the slate's members spend most of their union time getting out the vote")]
        public double InSeasonCampaignShare { get; init; } = 0.7;

        /// <summary>Share of the committee's free hours spent on the election campaign outside the season, while an election lies ahead.</summary>
        [Parameter(0, 1, "share of committee hours", "assumption: between seasons the caucus still builds its slate and its name, about a third of its time")]
        public double OffSeasonCampaignShare { get; init; } = 0.3;

        /// <summary>Organizations whose meetings each committee member attends: the union's and the caucus's own.</summary>
        [Parameter(1, 3, "organizations", "assumption: caucus members attend both the union's meetings and the caucus's")]
        public int OrganizationsToMeetIn { get; init; } = 2;

        /// <summary>Share of the union's staff-organizer hours a caucus in office spends organizing the floor.</summary>
        [Parameter(0, 1, "share of staff hours", "assumption: a reform leadership redirects staff towards organizing but leans on its own members more than a staff-led union does")]
        public double InOfficeStaffOrganizingShare { get; init; } = 0.6;

        /// <summary>Yes share of all members a strike vote must reach before a caucus in office calls an open-ended strike.</summary>
        [Parameter(0, 1, "share of members", "assumption: a reform leadership strikes with a little less than an organizing union's supermajority, trusting its own members (CORE's 2012 vote, sources §4)")]
        public double InOfficeStrikeTarget { get; init; } = 0.7;

        /// <summary>Multiplier on the committed share a rung normally wants before a caucus in office calls it.</summary>
        [Parameter(0.3, 1.5, "factor", "assumption: in office the caucus runs majority structure tests as an organizing union does (sources §4)")]
        public double InOfficeSupportNeededFactor { get; init; } = 1;
    }
}
