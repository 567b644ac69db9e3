namespace CampaignSim.Domain.Events;

/// <summary>A worker joined the organizing committee.</summary>
public sealed record WorkerJoinedCommittee(int Week, int Workplace, int Worker) : CampaignEvent(Week), IWorkplaceEvent;
