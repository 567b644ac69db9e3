namespace CampaignSim.Domain.Events;

/// <summary>The mainstream union's leadership changed politics.</summary>
public sealed record LeadershipChanged(int Week, int Workplace, CampaignSim.Domain.ScenarioSpecs.UnionStance Stance, bool CaucusLeads) : CampaignEvent(Week), IWorkplaceEvent;
