namespace CampaignSim.Domain.Events;

/// <summary>A formal grievance came back from the procedure (or was dropped).</summary>
public sealed record GrievanceDecided(int Week, int Workplace, int Department, bool Upheld) : CampaignEvent(Week), IWorkplaceEvent;
