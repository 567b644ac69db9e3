namespace CampaignSim.Domain.Events;

/// <summary>The employer broke the contract (or worsened conditions) in a small way in one department.</summary>
public sealed record EmployerViolatedTerms(int Week, int Workplace, int Department, bool UnderContract) : CampaignEvent(Week), IWorkplaceEvent;
