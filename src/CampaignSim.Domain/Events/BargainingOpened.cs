namespace CampaignSim.Domain.Events;

/// <summary>Bargaining for a contract began.</summary>
/// <param name="Week">The week.</param>
/// <param name="Workplace">The workplace.</param>
/// <param name="FirstContract">Whether it is for a first contract.</param>
/// <param name="AgendaSetBy">Who decided what the union asks for at the table.</param>
public sealed record BargainingOpened(int Week, int Workplace, bool FirstContract, DecisionMaker AgendaSetBy) : CampaignEvent(Week), IWorkplaceEvent;
