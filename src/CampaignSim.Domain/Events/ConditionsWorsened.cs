namespace CampaignSim.Domain.Events;

/// <summary>The employer made conditions worse across the workplace.</summary>
public sealed record ConditionsWorsened(int Week, int Workplace, double GrievanceAdded) : CampaignEvent(Week), IWorkplaceEvent;
