namespace CampaignSim.Domain.Events;

/// <summary>The employer put a raise on the bargaining table.</summary>
/// <remarks>
/// WagePct: the raise offered, percent. AskPct: the raise the union asks for. Resolve: the employer's resolve in this
/// round of bargaining (a multiplier on the cost it sees, drawn at its first offer and kept for the round).
/// </remarks>
public sealed record OfferMade(int Week, int Workplace, double WagePct, double AskPct, double Resolve) : CampaignEvent(Week), IWorkplaceEvent;
