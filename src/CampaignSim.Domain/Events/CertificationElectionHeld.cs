namespace CampaignSim.Domain.Events;

/// <summary>The certification election was held.</summary>
/// <remarks>FirstContractWeek: when the first contract would be reached if won, drawn now; 0 if lost.</remarks>
public sealed record CertificationElectionHeld(int Week, int Workplace, int Voters, int YesVotes, bool Won, int FirstContractWeek) : CampaignEvent(Week), IWorkplaceEvent;
