namespace CampaignSim.Domain.Events;

/// <summary>A worker joined an organization: the mainstream union, the solidarity union (dual card when both) or the caucus.</summary>
public sealed record WorkerJoinedOrganization(int Week, int Workplace, int Worker, OrganizationKind Organization) : CampaignEvent(Week), IWorkplaceEvent;
