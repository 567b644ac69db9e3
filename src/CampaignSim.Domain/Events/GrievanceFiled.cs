namespace CampaignSim.Domain.Events;

/// <summary>A grievance was taken up, formally through the procedure or on the floor.</summary>
public sealed record GrievanceFiled(int Week, int Workplace, int Department, GrievanceChannel Channel, DecisionMaker DecidedBy) : CampaignEvent(Week), IWorkplaceEvent;
