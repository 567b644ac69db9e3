namespace CampaignSim.Domain.Events;

/// <summary>An organizer held a conversation with a coworker.</summary>
/// <remarks>
/// Organizer: the committee member who holds the relationship (a worker index), or −1 for a union staff organizer, a
/// city-wide committee's organizer or an election campaigner. Openness: 0–1, how open the worker was to organizing, as
/// judged when the contact was decided; it bounds how far her commitment can rise. Appeal: 0–1, how the organization
/// behind the organizer struck her; it scales how far this conversation moved her.
/// </remarks>
public sealed record OneOnOneHeld(int Week, int Workplace, int Worker, ContactDepth Depth, bool ByStaff, int Organizer, double Openness, double Appeal) : CampaignEvent(Week), IWorkplaceEvent;
