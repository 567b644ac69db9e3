namespace CampaignSim.Domain.Events;

/// <summary>The legal channel decided a firing case.</summary>
/// <remarks>Returned: whether the worker took the job back.</remarks>
public sealed record RemedyDecided(int Week, int Workplace, int Worker, bool ReinstatementOffered, bool Returned) : CampaignEvent(Week), IWorkplaceEvent;
