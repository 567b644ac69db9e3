namespace CampaignSim.Domain.Events;

/// <summary>The executive board and the membership voted on a strike.</summary>
public sealed record StrikeVoteHeld(int Week, int Workplace, bool BoardApproved, int Members, int YesVotes, bool Authorized) : CampaignEvent(Week), IWorkplaceEvent;
