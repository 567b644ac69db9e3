namespace CampaignSim.Domain.Events;

/// <summary>A worker left the organizing committee (burn-out, fear).</summary>
public sealed record WorkerLeftCommittee(int Week, int Workplace, int Worker) : CampaignEvent(Week), IWorkplaceEvent;
