namespace CampaignSim.Domain.Events;

/// <summary>A contract was ratified.</summary>
public sealed record ContractRatified(int Week, int Workplace, double WagePct, int ExpiryWeek, bool NoStrikeClause, bool FirstContract, DecisionMaker NegotiatedBy) : CampaignEvent(Week), IWorkplaceEvent;
