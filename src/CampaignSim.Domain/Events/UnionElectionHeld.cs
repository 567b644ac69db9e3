namespace CampaignSim.Domain.Events;

/// <summary>An officer election in the mainstream union with a caucus slate.</summary>
public sealed record UnionElectionHeld(int Week, int Workplace, int Voters, int CaucusVotes, bool CaucusWon) : CampaignEvent(Week), IWorkplaceEvent;
