namespace CampaignSim.Domain.Events;

/// <summary>The contract in force expired without a new one yet.</summary>
public sealed record ContractExpired(int Week, int Workplace) : CampaignEvent(Week), IWorkplaceEvent;
