namespace CampaignSim.Domain.Events;

/// <summary>The employer laid workers off.</summary>
public sealed record WorkersLaidOff(int Week, int Workplace, int[] Workers) : CampaignEvent(Week), IWorkplaceEvent;
