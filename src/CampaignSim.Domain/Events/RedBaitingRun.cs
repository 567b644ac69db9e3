namespace CampaignSim.Domain.Events;

/// <summary>The employer ran red-baiting / outside-agitator messaging.</summary>
public sealed record RedBaitingRun(int Week, int Workplace) : CampaignEvent(Week), IWorkplaceEvent;
