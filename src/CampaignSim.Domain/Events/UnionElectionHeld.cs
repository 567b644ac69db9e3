namespace CampaignSim.Domain.Events;

/// <summary>An officer election in the mainstream union with a caucus slate.</summary>
/// <remarks>CaucusDefended: the caucus held office and stood for re-election; losing it returns the old guard.</remarks>
public sealed record UnionElectionHeld(int Week, int Workplace, int Voters, int CaucusVotes, bool CaucusWon, bool CaucusDefended) : CampaignEvent(Week), IWorkplaceEvent;
