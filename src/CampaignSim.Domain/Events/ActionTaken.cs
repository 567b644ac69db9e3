namespace CampaignSim.Domain.Events;

/// <summary>Who took part in an action.</summary>
/// <remarks>Pressure: disruption it caused, in weeks of payroll.</remarks>
public sealed record ActionTaken(int Week, int Workplace, Tactic Tactic, int[] Participants, double Pressure) : CampaignEvent(Week), IWorkplaceEvent;
