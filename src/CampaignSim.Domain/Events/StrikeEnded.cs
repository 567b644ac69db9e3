namespace CampaignSim.Domain.Events;

/// <summary>A strike ended.</summary>
public sealed record StrikeEnded(int Week, int Workplace, int Days, bool Won) : CampaignEvent(Week), IWorkplaceEvent;
