using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Leadership;

/// <summary>A round of contract bargaining: when it opened, whether for a first contract, and the strike vote held in it.</summary>
public sealed class BargainingState
{
    /// <summary>Whether contract bargaining is under way.</summary>
    public bool Open { get; private set; }

    /// <summary>Week the current bargaining opened.</summary>
    public int Since { get; private set; }

    /// <summary>Whether the current bargaining is for a first contract.</summary>
    public bool FirstContract { get; private set; }

    /// <summary>The employer's resolve in this round (drawn with its first offer), 0 before any offer.</summary>
    public double Resolve { get; private set; }

    /// <summary>The employer's last offer in this round, percent.</summary>
    public double LastOfferPct { get; private set; }

    /// <summary>Whether a strike vote authorised a strike in the current bargaining.</summary>
    public bool StrikeAuthorized { get; private set; }

    /// <summary>Yes share of the last strike vote, of all members (an abstention is no threat).</summary>
    public double LastStrikeVoteYesShare { get; private set; }

    /// <summary>Contracts the members have rejected in this round.</summary>
    public int RejectedOffers { get; private set; }

    internal void Apply(BargainingOpened x)
    {
        Open = true;
        Since = x.Week;
        FirstContract = x.FirstContract;
        StrikeAuthorized = false;
        Resolve = 0;
        LastOfferPct = 0;
        RejectedOffers = 0;
    }

    internal void Apply(RatificationVoteHeld x)
    {
        if (!x.Ratified) RejectedOffers++;
    }

    internal void Apply(OfferMade x)
    {
        Resolve = x.Resolve;
        LastOfferPct = x.WagePct;
    }

    internal void Apply(StrikeVoteHeld x)
    {
        LastStrikeVoteYesShare = x.Members == 0 ? 0 : (double)x.YesVotes / x.Members;
        StrikeAuthorized = x.Authorized;
    }

    internal void Apply(ContractRatified x)
    {
        Open = false;
        FirstContract = false;
        StrikeAuthorized = false;
        Resolve = 0;
    }

    internal void Apply(DecertificationElectionHeld x)
    {
        if (x.Decertified) Open = false;
    }

    internal void Digest(Action<double> d, Action<int> n)
    {
        d(LastStrikeVoteYesShare); d(Resolve); d(LastOfferPct);
        n(Open ? 1 : 0); n(Since); n(FirstContract ? 1 : 0); n(StrikeAuthorized ? 1 : 0); n(RejectedOffers);
    }
}
