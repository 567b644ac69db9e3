namespace CampaignSim.Domain.Events;

/// <summary>An action was called on the escalation ladder.</summary>
/// <param name="Week">The week.</param>
/// <param name="Workplace">The workplace.</param>
/// <param name="Tactic">The rung.</param>
/// <param name="DemandId">What it presses: a demand's id, the contract, or the grievance of the moment.</param>
/// <param name="DecidedBy">Who decided to call it.</param>
/// <param name="Protected">False when it breaches a no-strike clause in force (discipline is then lawful).</param>
/// <param name="OutsideOfficialChannels">Whether it goes outside the mainstream union's official channels.</param>
/// <param name="Department">The one department called out, for a minority action where the committee is strong; −1 for the whole workplace.</param>
/// <param name="Asked">Employed workers the call went to: the department's, or the whole workplace's.</param>
/// <param name="Employed">Employed workers in the workplace.</param>
public sealed record ActionCalled(int Week, int Workplace, Tactic Tactic, string DemandId, DecisionMaker DecidedBy, bool Protected, bool OutsideOfficialChannels,
    int Department, int Asked, int Employed) : CampaignEvent(Week), IWorkplaceEvent;
