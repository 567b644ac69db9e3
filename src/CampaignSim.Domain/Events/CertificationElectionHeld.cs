namespace CampaignSim.Domain.Events;

/// <summary>The certification election was held.</summary>
public sealed record CertificationElectionHeld(int Week, int Workplace, int Voters, int YesVotes, bool Won) : CampaignEvent(Week), IWorkplaceEvent;
