namespace CampaignSim.Domain.Events;

/// <summary>The employer fired a worker.</summary>
/// <remarks>Leader: a committee member at the time.</remarks>
public sealed record WorkerFired(int Week, int Workplace, int Worker, bool Leader, bool Lawful) : CampaignEvent(Week), IWorkplaceEvent;
