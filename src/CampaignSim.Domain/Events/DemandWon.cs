namespace CampaignSim.Domain.Events;

/// <summary>The employer conceded a demand, or settled a wage demand at a raise the workers accepted.</summary>
/// <remarks>WagePct: raise won for a wage demand (possibly less than asked), else 0.</remarks>
public sealed record DemandWon(int Week, int Workplace, string DemandId, double WagePct) : CampaignEvent(Week), IWorkplaceEvent;
