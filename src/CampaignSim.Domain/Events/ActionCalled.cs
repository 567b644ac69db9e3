namespace CampaignSim.Domain.Events;

/// <summary>An action was called on the escalation ladder.</summary>
/// <remarks>Protected: false when it breaches a no-strike clause in force (discipline is then lawful).</remarks>
public sealed record ActionCalled(int Week, int Workplace, Tactic Tactic, string DemandId, DecisionMaker DecidedBy, bool Protected, bool OutsideOfficialChannels) : CampaignEvent(Week), IWorkplaceEvent;
