namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Contract bargaining after Hicks (1932): the employer's offers rise with the pressure it expects (its concession
/// curve), the members' reservation falls as a strike goes on (their resistance curve), and a strike settles where they
/// meet; the strike vote; and how soon a hostile employer signs a first contract (docs/ODD.md §7.4).
/// </summary>
public sealed record BargainingMechanics
{
    /// <summary>Weeks a strike over the contract is expected to last when the employer weighs the threat.</summary>
    [Parameter(1, 52, "weeks", "assumption; CTU 2012 and UTLA 2019 struck for one to two weeks (sources §3)")]
    public double ExpectedStrikeWeeks { get; init; } = 8;

    /// <summary>Weight of the threat of a strike the members have not voted on.</summary>
    [Parameter(0, 1, "factor", "assumption: a strike nobody has voted on is half as credible")]
    public double LatentStrikeWeight { get; init; } = 0.5;

    /// <summary>Lowest employer resolve in a round of bargaining (a multiplier on the cost it sees).</summary>
    [Parameter(0, 10, "factor", "assumption: the employer misjudges the union's strength, sometimes taking an avoidable strike")]
    public double ResolveLow { get; init; } = 0.5;

    /// <summary>Width of the uniform draw of the employer's resolve above <see cref="ResolveLow"/>.</summary>
    [Parameter(0, 10, "factor", "assumption: resolve between half and twice the cost it sees")]
    public double ResolveWidth { get; init; } = 1.5;

    /// <summary>
    /// How sharply the employer's concessions rise with pressure: at a pressure ratio r it gives r^k / (1 + r^k) of a
    /// raise, or gives in on a whole demand with that chance. At 1 the curve is gentle and even a small ask is rarely met
    /// in full; higher values make concessions more all-or-nothing around a ratio of one.
    /// </summary>
    [Parameter(1, 4, "exponent", "assumption; with 2, a 30% ask settles near a quarter of itself (CTU 2012) and a 5% ask in full (West Virginia 2018) under the same defaults (sources §3)")]
    public double ConcessionSteepness { get; init; } = 2;

    /// <summary>Members accept an offer of at least this share of the ask without a strike; below it, an authorised strike is called.</summary>
    [Parameter(0, 1, "share of the ask", "assumption: members strike over a clearly short offer, not a near miss (Hicks 1932's union resistance at the start)")]
    public double ReservationShare { get; init; } = 0.8;

    /// <summary>Share of their reservation strikers give up for each week on strike (on top of what attrition takes).</summary>
    [Parameter(0, 1, "share per week", "assumption: Hicks 1932's resistance curve falls as the strike goes on; most strikes last days (sources §4)")]
    public double StrikeFatigue { get; init; } = 0.15;

    /// <summary>Weekly chance that an employer with no hostility and no pressure is ready to sign a first contract (divided by its resolve and hostility, raised by pressure).</summary>
    [Parameter(0, 1, "probability per week", "assumption; calibrated against sources §2: 52% of units have no first contract a year after the election, 37% after two")]
    public double FirstContractPace { get; init; } = 0.03;

    /// <summary>How strongly hostility slows a first contract: the weekly chance is divided by 1 + this × hostility.</summary>
    [Parameter(0, 20, "factor", "assumption; sources §2: unfair-labour-practice charges cut the chance of completing the process by 30% (Ferguson and Kochan 2008)")]
    public double FirstContractStalling { get; init; } = 2;

    /// <summary>Commitment at which a member carries the strike call to coworkers.</summary>
    [Parameter(0, 1, "commitment", "assumption: those who voted yes and are committed carry the call")]
    public double AuthorizerCommitment { get; init; } = 0.6;

    /// <summary>A wage demand counts as won once contracts have won at least this share of it.</summary>
    [Parameter(0, 1, "share of the ask", "assumption: a contract that delivers nearly all of the raise wins the demand")]
    public double WageDemandWonShare { get; init; } = 0.9;

    /// <summary>Inclination to vote yes on a strike of a member with no grievance, commitment, fear or trust.</summary>
    [Parameter(0, 1, "probability", "assumption; calibrated against CTU 2012's 89.7% yes (sources §4)")]
    public double VoteYesBase { get; init; } = 0.2;

    /// <summary>Inclination added per unit of grievance.</summary>
    [Parameter(0, 2, "probability", "assumption: grievance is the main reason to authorise a strike")]
    public double VoteYesGrievance { get; init; } = 0.6;

    /// <summary>Inclination added per unit of commitment.</summary>
    [Parameter(0, 2, "probability", "assumption: committed members vote yes")]
    public double VoteYesCommitment { get; init; } = 0.5;

    /// <summary>Inclination taken away per unit of fear.</summary>
    [Parameter(0, 2, "probability", "assumption: fear of losing pay or the job pulls the other way")]
    public double VoteYesFear { get; init; } = 0.3;

    /// <summary>Inclination added per unit of trust in the union (an authorisation is a threat more than a walkout).</summary>
    [Parameter(0, 2, "probability", "assumption: an authorisation is a threat more than a walkout, so trust in the union counts")]
    public double VoteYesTrust { get; init; } = 0.3;

    /// <summary>Inclination added by a deep one-on-one.</summary>
    [Parameter(0, 1, "probability", "assumption; CTU's structured organizing before its 2012 vote (sources §4)")]
    public double VoteYesDeepContact { get; init; } = 0.3;

    /// <summary>Chance that a member with no commitment and no deep contact turns out for a membership vote (a strike vote or a ratification).</summary>
    [Parameter(0, 1, "probability", "sources §4: before 2012 the CTU had never turned out more than 48% of its members, so an unorganized member votes less often than not")]
    public double VoteTurnoutBase { get; init; } = 0.35;

    /// <summary>Turnout added per unit of commitment.</summary>
    [Parameter(0, 1, "probability", "assumption: a committed member votes (fitted to the strike-authorization target, docs/calibration.md)")]
    public double VoteTurnoutCommitment { get; init; } = 0.5;

    /// <summary>Turnout for a strike vote added by a deep one-on-one with an organizer, who asks her to vote (organizers do not campaign for a ratification).</summary>
    [Parameter(0, 1, "probability", "assumption: structured organizing gets out the vote school by school, as CTU's practice votes did (sources §4)")]
    public double VoteTurnoutContacted { get; init; } = 0.4;

    /// <summary>
    /// Share of the members away from work when a membership vote is held (ill, injured, on leave, kept home by family):
    /// however committed, they cannot vote, so no vote of a large unit has every member voting.
    /// </summary>
    [Parameter(0, 0.2, "share of members", "sources §4: the BLS absence rate, 2.8% of full-time wage and salary workers in 2017, 3.9–4.2% in education and health services in 2004–2005")]
    public double VoteAbsence { get; init; } = 0.03;

    /// <summary>Chance that a member votes to ratify a contract that gives nothing of the raise asked, before her grievance.</summary>
    [Parameter(0, 1, "probability", "assumption: members ratify most contracts put to them; a first contract or a reform caucus's can still fail, as PACT's did in 2001 (sources §6)")]
    public double RatifyYesBase { get; init; } = 0.5;

    /// <summary>Ratification vote added per share of the asked raise the contract gives.</summary>
    [Parameter(0, 2, "probability per share of the ask", "assumption: a contract that gives most of the raise asked passes easily")]
    public double RatifyYesPerShareOfAsk { get; init; } = 0.5;

    /// <summary>Ratification vote taken away per unit of grievance times the share of the ask left unwon.</summary>
    [Parameter(0, 2, "probability", "assumption: angry members reject a contract that leaves most of their ask on the table")]
    public double RatifyNoGrievance { get; init; } = 0.6;

    /// <summary>Ratification vote added for each contract the members have already rejected in this round (fatigue with the fight).</summary>
    [Parameter(0, 1, "probability per rejection", "assumption: members tire of a round that drags on and take a later offer they would have rejected")]
    public double RatifyYesPerRejection { get; init; } = 0.1;

    /// <summary>Share of its resolve the employer gives up for each contract the members reject in a round.</summary>
    [Parameter(0, 1, "share per rejection", "assumption: an employer whose offer is voted down usually sweetens the next one")]
    public double ResolveCutPerRejection { get; init; } = 0.15;

    /// <summary>Lowest share of its resolve an employer keeps however many contracts are rejected.</summary>
    [Parameter(0, 1, "share of its resolve", "assumption: rejections alone do not make an employer give everything; after about three it holds")]
    public double ResolveFloorAfterRejections { get; init; } = 0.5;

    /// <summary>Weeks a union waits after an action before it calls another strike of a set length while bargaining goes on.</summary>
    [Parameter(1, 52, "weeks", "assumption: a union that has shown its strength gives the employer a few weeks to answer before it strikes again")]
    public int WeeksBetweenDemonstrationStrikes { get; init; } = 4;

    /// <summary>Chance a militant executive board puts a strike vote to members.</summary>
    [Parameter(0, 1, "probability", "assumption: a militant board puts every strike vote to members")]
    public double BoardWillingnessMilitant { get; init; } = 1.0;

    /// <summary>Chance a mixed executive board puts a strike vote to members.</summary>
    [Parameter(0, 1, "probability", "assumption: a mixed board does so more often than not")]
    public double BoardWillingnessMixed { get; init; } = 0.6;

    /// <summary>Chance a business-union executive board puts a strike vote to members.</summary>
    [Parameter(0, 1, "probability", "assumption: a business-union board rarely risks a strike vote")]
    public double BoardWillingnessBusiness { get; init; } = 0.25;
}
