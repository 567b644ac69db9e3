namespace CampaignSim.Domain.Events;

/// <summary>The executive board decided whether to put a strike to the members, and the members voted.</summary>
/// <param name="Week">The week.</param>
/// <param name="Workplace">The workplace.</param>
/// <param name="BoardApproved">Whether the board put the strike to a vote.</param>
/// <param name="Members">Employed members who could vote.</param>
/// <param name="Voters">Members who voted (the rest abstained).</param>
/// <param name="YesVotes">Members who voted yes.</param>
/// <param name="Authorized">Whether the vote authorised a strike.</param>
public sealed record StrikeVoteHeld(int Week, int Workplace, bool BoardApproved, int Members, int Voters, int YesVotes, bool Authorized)
    : CampaignEvent(Week), IWorkplaceEvent;
