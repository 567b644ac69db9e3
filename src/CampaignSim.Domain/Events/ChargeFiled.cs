namespace CampaignSim.Domain.Events;

/// <summary>A remedy was sought for a firing: an unfair-labour-practice charge or a contract grievance.</summary>
public sealed record ChargeFiled(int Week, int Workplace, int Worker, RemedyChannel Channel, int DueWeek) : CampaignEvent(Week), IWorkplaceEvent;
