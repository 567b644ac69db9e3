namespace CampaignSim.Domain.Events;

/// <summary>Workers signed union authorisation cards in a recognition drive.</summary>
public sealed record CardsSigned(int Week, int Workplace, int[] Workers) : CampaignEvent(Week), IWorkplaceEvent;
