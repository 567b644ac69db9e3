namespace CampaignSim.Domain.Events;

/// <summary>The employer refused a demand after an action.</summary>
public sealed record DemandRefused(int Week, int Workplace, string DemandId) : CampaignEvent(Week), IWorkplaceEvent;
