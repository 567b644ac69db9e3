namespace CampaignSim.Domain.Events;

/// <summary>A training for committee members and close contacts.</summary>
public sealed record TrainingHeld(int Week, int Workplace, OrganizationKind By, int[] Attendees) : CampaignEvent(Week), IWorkplaceEvent;
