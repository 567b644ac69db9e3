namespace CampaignSim.Domain.Events;

/// <summary>Strikers went back to work while a strike went on.</summary>
public sealed record StrikersReturned(int Week, int Workplace, int[] Workers) : CampaignEvent(Week), IWorkplaceEvent;
