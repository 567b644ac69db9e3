namespace CampaignSim.Domain.Events;

/// <summary>
/// How hostile this workplace's employer is in this run (<paramref name="Hostility"/>, 0–1): the scenario's hostility,
/// give or take how much employers differ (<c>mechanics.employer.hostilitySpread</c>, docs/ODD.md §7.7). Set once,
/// before the first week.
/// </summary>
public sealed record EmployerStanceSet(int Week, int Workplace, double Hostility) : CampaignEvent(Week), IWorkplaceEvent;
