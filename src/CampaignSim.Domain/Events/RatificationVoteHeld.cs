namespace CampaignSim.Domain.Events;

/// <summary>The members voted on the contract on the table; a majority of those voting ratifies it.</summary>
/// <param name="Week">The week.</param>
/// <param name="Workplace">The workplace.</param>
/// <param name="WagePct">The raise the contract offers, percent.</param>
/// <param name="Members">Employed members who could vote.</param>
/// <param name="Voters">Members who voted (the rest abstained).</param>
/// <param name="YesVotes">Members who voted yes.</param>
/// <param name="Ratified">Whether the contract was ratified; if not, bargaining goes on.</param>
public sealed record RatificationVoteHeld(int Week, int Workplace, double WagePct, int Members, int Voters, int YesVotes, bool Ratified)
    : CampaignEvent(Week), IWorkplaceEvent;
