namespace CampaignSim.Domain.Events;

/// <summary>A grievance was taken up, formally through the procedure or on the floor.</summary>
/// <remarks>GrievanceId: numbers the workplace's grievances from 0 in filing order; its decision names it.</remarks>
public sealed record GrievanceFiled(int Week, int Workplace, int GrievanceId, int Department, GrievanceChannel Channel, DecisionMaker DecidedBy) : CampaignEvent(Week), IWorkplaceEvent;
