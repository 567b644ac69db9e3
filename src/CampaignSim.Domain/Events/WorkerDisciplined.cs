namespace CampaignSim.Domain.Events;

/// <summary>The employer disciplined a worker.</summary>
/// <remarks>Lawful: for taking part in an unprotected action.</remarks>
public sealed record WorkerDisciplined(int Week, int Workplace, int Worker, bool Lawful) : CampaignEvent(Week), IWorkplaceEvent;
