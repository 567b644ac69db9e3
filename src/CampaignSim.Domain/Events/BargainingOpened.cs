namespace CampaignSim.Domain.Events;

/// <summary>Bargaining for a contract began.</summary>
public sealed record BargainingOpened(int Week, int Workplace, bool FirstContract) : CampaignEvent(Week), IWorkplaceEvent;
