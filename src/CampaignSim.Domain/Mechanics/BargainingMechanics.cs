namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Contract bargaining: the employer's offer, the strike vote, when the union strikes and how a strike over the
/// contract settles (docs/ODD.md §7.4).
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

    /// <summary>The union strikes when the offer is below this share of the ask and a strike is authorised.</summary>
    [Parameter(0, 1, "share of the ask", "assumption: members strike over a clearly short offer, not a near miss")]
    public double StrikeIfOfferBelow { get; init; } = 0.8;

    /// <summary>Commitment at which a member carries the strike call to coworkers.</summary>
    [Parameter(0, 1, "commitment", "assumption: those who voted yes and are committed carry the call")]
    public double AuthorizerCommitment { get; init; } = 0.6;

    /// <summary>Multiplier on the offer-to-ask ratio when the employer weighs settling a contract strike.</summary>
    [Parameter(0, 10, "factor", "assumption: strikers accept an offer close to the ask")]
    public double StrikeSettlementBoost { get; init; } = 1.5;

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
    public double VoteYesDeepContact { get; init; } = 0.1;

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
