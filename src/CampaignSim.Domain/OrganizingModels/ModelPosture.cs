using CampaignSim.Domain.Events;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// What an organizing model does and which structures it uses, in the situation of one week. Models return a
/// posture; the shared mechanics turn it into events. A posture holds policies and structures, never outcomes.
/// </summary>
public sealed record ModelPosture
{
    /// <summary>Organization coworkers associate the committee with.</summary>
    public required CommitteeIdentity Identity { get; init; }

    /// <summary>Organizes and calls all job classes together (industrial) rather than only the bargaining unit (craft).</summary>
    public required bool Industrial { get; init; }

    /// <summary>Share of the union's staff-organizer hours spent organizing this workplace, 0–1.</summary>
    public double StaffOrganizingShare { get; init; }

    /// <summary>Whether the committee can use the mainstream union's trainings, space and funds.</summary>
    public bool UnionResources { get; init; }

    /// <summary>Whether committee members and close contacts join a solidarity union.</summary>
    public bool SolidarityUnion { get; init; }

    /// <summary>Whether the committee calls actions on the floor at all.</summary>
    public required bool FloorActions { get; init; }

    /// <summary>Highest rung the committee will call while a no-strike clause is in force.</summary>
    public Tactic HighestUnderNoStrikeClause { get; init; } = Tactic.Grievance;

    /// <summary>Highest rung it will call between contracts or without one.</summary>
    public Tactic HighestOtherwise { get; init; } = Tactic.Grievance;

    /// <summary>
    /// Highest rung of a minority action it will call in one department where it is strong, when the whole workplace is
    /// not ready for any (a march on the boss by a few, a petition); the grievance rung for a model that acts only with the
    /// whole workplace.
    /// </summary>
    public Tactic HighestInOneDepartment { get; init; } = Tactic.Grievance;

    /// <summary>
    /// Multiplier on the committed share a tactic normally wants before the committee calls it, 0.3–1.5:
    /// below 1 for minority unionism that acts with a committed minority, 1 for majority structure tests.
    /// </summary>
    public double SupportNeededFactor { get; init; } = 1;

    /// <summary>Committed share it wants before calling a strike on the floor, 0–1; 1 for a model that calls none there.</summary>
    public double StrikeTarget { get; init; } = 1;

    /// <summary>How grievances are handled.</summary>
    public required GrievanceChannel GrievanceChannel { get; init; }

    /// <summary>Who takes up grievances: stewards on the floor (workers) or union reps (staff).</summary>
    public DecisionMaker GrievancesFiledBy { get; init; } = DecisionMaker.Workers;

    /// <summary>Share of committee hours spent organizing; the rest goes to servicing the contract, 0–1.</summary>
    public double OrganizingShare { get; init; } = 1;

    /// <summary>Whether it calls strikes on the floor at any time, not only through a strike vote at expiry.</summary>
    public bool StrikesOnTheFloor { get; init; }

    /// <summary>Whether it presses wage demands on the floor rather than at the bargaining table.</summary>
    public bool WagesOnTheFloor { get; init; }

    /// <summary>Who decides which actions to call.</summary>
    public required DecisionMaker ActionsDecidedBy { get; init; }

    /// <summary>Whether its floor actions go outside the mainstream union's official channels.</summary>
    public bool OutsideOfficialChannels { get; init; }

    /// <summary>Whether the mainstream union's legal help stands behind committee members.</summary>
    public bool UnionBacksCommittee { get; init; }

    /// <summary>Share of committee hours spent on an officer-election campaign, 0–1.</summary>
    public double ElectionCampaignShare { get; init; }

    /// <summary>Whether it presses for a strike vote when bargaining stalls at expiry.</summary>
    public bool PushesStrikeVote { get; init; }

    /// <summary>Whether its leaders mediate conflict with the mainstream union's leadership.</summary>
    public bool MediatesWithLeadership { get; init; }

    /// <summary>Number of organizations whose meetings each committee member attends.</summary>
    public int OrganizationsToMeetIn { get; init; } = 1;

    /// <summary>Whether it runs a recognition drive where there is no union.</summary>
    public bool RecognitionDrive { get; init; }

    /// <summary>Share of the unit with signed cards before it files for an election, 0–1; 1 for a model that runs no drive.</summary>
    public double PetitionTarget { get; init; } = 1;

    /// <summary>
    /// Share of the unit with signed cards at which a quiet recognition drive goes public, 0–1; until then it organizes
    /// one-on-one and calls no action. A drive the employer has found out goes public at once.
    /// </summary>
    public double PublicAtCardShare { get; init; } = 1;

    /// <summary>Whether it would move to decertify the mainstream union once strong enough.</summary>
    public bool SeeksDecertification { get; init; }

    /// <summary>Whether it fights firings on the floor as well as through the legal channel.</summary>
    public bool FightsFiringsOnFloor { get; init; }
}
