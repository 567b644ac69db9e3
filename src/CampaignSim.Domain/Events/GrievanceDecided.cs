namespace CampaignSim.Domain.Events;

/// <summary>A grievance was decided: a formal one came back from the procedure (or was dropped), one on the floor was won or lost at once.</summary>
public sealed record GrievanceDecided(int Week, int Workplace, int GrievanceId, int Department, bool Upheld) : CampaignEvent(Week), IWorkplaceEvent;
