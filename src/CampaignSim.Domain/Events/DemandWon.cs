namespace CampaignSim.Domain.Events;

/// <summary>The employer conceded a demand.</summary>
/// <remarks>WagePct: raise won for a wage demand, else 0.</remarks>
public sealed record DemandWon(int Week, int Workplace, string DemandId, double WagePct) : CampaignEvent(Week), IWorkplaceEvent;
