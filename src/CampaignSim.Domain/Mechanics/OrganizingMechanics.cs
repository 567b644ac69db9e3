namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// How the committee spends its hours and what its conversations do: contacts, recruitment, trainings, burnout,
/// and how open a worker is to an organizer (docs/ODD.md §7.8).
/// </summary>
public sealed record OrganizingMechanics
{
    /// <summary>Organizer hours per deep one-on-one.</summary>
    [Parameter(0.25, 8, "hours", "assumption: an hour's conversation plus arranging it and writing it up")]
    public double DeepContactHours { get; init; } = 1.5;

    /// <summary>Organizer hours per shallow vote-getting contact.</summary>
    [Parameter(0.1, 4, "hours", "assumption: a short conversation at a break or a door")]
    public double ShallowContactHours { get; init; } = 0.5;

    /// <summary>Organizer hours to prepare and run one training.</summary>
    [Parameter(0.5, 40, "hours", "assumption: a half-day session")]
    public double TrainingHours { get; init; } = 3;

    /// <summary>Hours a week each committee member spends in each organization's meetings.</summary>
    [Parameter(0, 10, "hours per member per week", "assumption: a two-hour meeting a month")]
    public double MeetingHoursPerOrganization { get; init; } = 0.5;

    /// <summary>Weeks between follow-up conversations in a relationship (and before anyone contacts the same worker again in depth).</summary>
    [Parameter(1, 52, "weeks", "assumption: a follow-up conversation about once a month")]
    public int RecontactWeeks { get; init; } = 4;

    /// <summary>Weeks between follow-ups with a coworker already committed (at the counted commitment): she is kept in touch with, not re-organized.</summary>
    [Parameter(1, 104, "weeks", "assumption: a committed coworker hears from her organizer about once a quarter")]
    public int MaintenanceWeeks { get; init; } = 12;

    /// <summary>Coworkers one committee member keeps up an organizing relationship with at a time.</summary>
    [Parameter(1, 100, "workers", "sources §7: at least one committee member for every ten workers")]
    public int RelationshipsPerMember { get; init; } = 10;

    /// <summary>How far organizing can bring a worker, per unit of her openness: her commitment rises towards this times her openness (at most 1).</summary>
    [Parameter(0.5, 4, "commitment per unit of openness", "assumption: an angry, unafraid coworker can be brought to full commitment, a content or frightened one only part way")]
    public double CommitmentCeilingScale { get; init; } = 1.25;

    /// <summary>Share of the commitment gain a deep one-on-one keeps for each one the worker has already had (diminishing returns).</summary>
    [Parameter(0, 1, "factor per earlier contact", "assumption: the first conversations move a coworker most; by the seventh a conversation moves her half as much as the first")]
    public double RepeatContactReturn { get; init; } = 0.9;

    /// <summary>Chance that a member whose own coworkers are all reached asks a committed contact to introduce her to one of theirs.</summary>
    [Parameter(0, 1, "probability per contact", "assumption: reach spreads along ties, through people who know each other")]
    public double IntroductionShare { get; init; } = 0.5;

    /// <summary>Committee hours it takes to bring one new member in (training, pairing her with an experienced organizer).</summary>
    [Parameter(0, 100, "hours", "assumption: a training session and a few weeks of pairing")]
    public double OnboardingHours { get; init; } = 6;

    /// <summary>Largest share of the committee's free hours that onboarding new members can take in a week.</summary>
    [Parameter(0, 1, "share of hours", "assumption: a committee keeps organizing while it grows")]
    public double MaxOnboardingShare { get; init; } = 0.5;

    /// <summary>Share added to a member's weekly burnout chance for each defeat in a row since the committee's last win.</summary>
    [Parameter(0, 2, "share per defeat", "assumption: organizers drift away in a losing run and stay in a winning one")]
    public double BurnoutPerDefeat { get; init; } = 0.25;

    /// <summary>Weeks before an election campaign contacts the same member again.</summary>
    [Parameter(1, 52, "weeks", "assumption: a vote-getting contact about every two months")]
    public int ShallowRecontactWeeks { get; init; } = 8;

    /// <summary>Share of deep contacts made cold (to anyone in reach) rather than along a committee member's ties.</summary>
    [Parameter(0, 1, "share of contacts", "assumption: organizing mostly follows existing relationships")]
    public double ColdContactShare { get; init; } = 0.2;

    /// <summary>Commitment at which the committee counts on a deeply contacted worker (and takes her further).</summary>
    [Parameter(0, 1, "commitment", "assumption: the middle of the commitment scale")]
    public double CountedCommitment { get; init; } = 0.5;

    /// <summary>Chance that a willing, committed worker joins the committee when asked in a deep one-on-one.</summary>
    [Parameter(0, 1, "probability per contact", "assumption: one ask in two succeeds")]
    public double RecruitChance { get; init; } = 0.5;

    /// <summary>
    /// Commitment at which a contacted member of the mainstream union may take out a solidarity-union card, a second
    /// card; a worker with no union card takes it at <c>mechanics.elections.cardSigningCommitment</c>, as she would sign a
    /// union card in a drive.
    /// </summary>
    [Parameter(0, 1, "commitment", "assumption: a second card and second dues are a big step")]
    public double SolidarityJoinCommitment { get; init; } = 0.6;

    /// <summary>Chance per deep contact that a worker committed enough takes out a solidarity-union card.</summary>
    [Parameter(0, 1, "probability per contact", "assumption: one contact in five")]
    public double SolidarityJoinChance { get; init; } = 0.2;

    /// <summary>Weekly chance, at full union resources, that the mainstream union runs a training for the committee.</summary>
    [Parameter(0, 1, "probability per week", "assumption: about one training a quarter at middling resources")]
    public double UnionTrainingChance { get; init; } = 0.25;

    /// <summary>Commitment a deeply contacted worker needs to be offered a training seat.</summary>
    [Parameter(0, 1, "commitment", "assumption: trainings go to activists, not to everyone")]
    public double TrainingCommitment { get; init; } = 0.4;

    /// <summary>Seats at one training.</summary>
    [Parameter(1, 100, "workers", "assumption: a small-group session")]
    public int TrainingSeats { get; init; } = 8;

    /// <summary>Grievance a deep one-on-one adds, as a share of the distance to 1 (agitation).</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: agitation is part of the conversation (AEIOU, sources §7)")]
    public double DeepContactAgitation { get; init; } = 0.04;

    /// <summary>Fear a deep one-on-one removes, times the worker's receptiveness (inoculation).</summary>
    [Parameter(0, 1, "fear", "assumption: inoculation against the employer's campaign (AEIOU, sources §7)")]
    public double DeepContactInoculation { get; init; } = 0.03;

    /// <summary>Openness of a worker with no grievance and no fear, before the organization's appeal.</summary>
    [Parameter(0, 1, "openness", "Epstein 2002's grievance-minus-risk (sources §5); assumption for the weights")]
    public double OpennessBase { get; init; } = 0.4;

    /// <summary>Openness added per unit of grievance.</summary>
    [Parameter(0, 2, "openness per unit of grievance", "assumption, after Epstein 2002's grievance term (sources §5): an angry coworker is twice as open as a frightened one is closed")]
    public double OpennessGrievance { get; init; } = 0.8;

    /// <summary>Openness taken away per unit of fear.</summary>
    [Parameter(0, 2, "openness per unit of fear", "assumption, after Epstein 2002's risk term (sources §5): fear closes a coworker to organizing half as much as anger opens her")]
    public double OpennessFear { get; init; } = 0.4;

    /// <summary>Largest share of the committee's free hours that mediation with the union's leadership can take.</summary>
    [Parameter(0, 1, "share of hours", "assumption: a committee still organizes in the worst conflict")]
    public double MaxConflictShare { get; init; } = 0.5;

    /// <summary>Weekly mediation hours per committee member under a leadership fully hostile to unofficial action.</summary>
    [Parameter(0, 10, "hours per member per week", "assumption: conflict eats time, about half an hour a member a week at worst")]
    public double ConflictHoursPerMember { get; init; } = 0.5;

    /// <summary>Weekly mediation load each action outside official channels adds, times the leadership's hostility.</summary>
    [Parameter(0, 100, "hours", "assumption: a meeting or two with officers after each unofficial action")]
    public double ConflictHoursPerUnofficialAction { get; init; } = 8;

    /// <summary>Share of the mediation load left after a week.</summary>
    [Parameter(0, 1, "share per week", "assumption: a conflict cools over a couple of months")]
    public double ConflictRetention { get; init; } = 0.9;

    /// <summary>A committee member's commitment decays at this fraction of the workforce's decay rate.</summary>
    [Parameter(0, 1, "fraction", "assumption: the committee keeps its members active")]
    public double CommitteeDecayFactor { get; init; } = 0.3;

    /// <summary>Commitment under which a committee member may burn out.</summary>
    [Parameter(0, 1, "commitment", "assumption: demoralised members drift away")]
    public double BurnoutCommitment { get; init; } = 0.4;

    /// <summary>Fear above which a committee member may quit.</summary>
    [Parameter(0, 1, "fear", "assumption: frightened members drift away")]
    public double BurnoutFear { get; init; } = 0.85;

    /// <summary>Weekly chance that a burnt-out or frightened member leaves the committee.</summary>
    [Parameter(0, 1, "probability per week", "assumption: they leave within a few weeks")]
    public double BurnoutChance { get; init; } = 0.3;
}
