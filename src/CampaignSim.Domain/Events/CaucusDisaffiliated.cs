namespace CampaignSim.Domain.Events;

/// <summary>The caucus left the mainstream union's structures and went independent.</summary>
public sealed record CaucusDisaffiliated(int Week, int Workplace) : CampaignEvent(Week), IWorkplaceEvent;
