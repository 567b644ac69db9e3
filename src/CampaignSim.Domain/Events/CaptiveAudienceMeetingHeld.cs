namespace CampaignSim.Domain.Events;

/// <summary>The employer held a mandatory anti-union meeting.</summary>
public sealed record CaptiveAudienceMeetingHeld(int Week, int Workplace) : CampaignEvent(Week), IWorkplaceEvent;
