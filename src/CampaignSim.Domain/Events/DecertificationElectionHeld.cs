namespace CampaignSim.Domain.Events;

/// <summary>Workers voted on removing the mainstream union.</summary>
public sealed record DecertificationElectionHeld(int Week, int Workplace, int Voters, int YesVotes, bool Decertified) : CampaignEvent(Week), IWorkplaceEvent;
