namespace CampaignSim.Domain.Events;

/// <summary>A fired worker returned to work through direct action.</summary>
public sealed record WorkerReinstated(int Week, int Workplace, int Worker) : CampaignEvent(Week), IWorkplaceEvent;
