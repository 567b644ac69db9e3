namespace CampaignSim.Domain.Events;

/// <summary>An organizer held a conversation with a coworker.</summary>
/// <remarks>Receptiveness: 0–1, how open the worker was, as judged when the contact was decided; evolve scales the commitment gain by it.</remarks>
public sealed record OneOnOneHeld(int Week, int Workplace, int Worker, ContactDepth Depth, bool ByStaff, double Receptiveness) : CampaignEvent(Week), IWorkplaceEvent;
