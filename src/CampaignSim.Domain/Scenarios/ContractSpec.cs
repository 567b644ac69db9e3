namespace CampaignSim.Domain.Scenarios;

/// <summary>The collective agreement between the mainstream union and the employer.</summary>
public sealed record ContractSpec
{
    /// <summary>Whether a contract is in force at week 0. Default true (ignored without a union).</summary>
    [Parameter(0, 1, "true/false", "situation: a unionized workplace usually has a contract", Kind = ParameterKind.Situation)]
    public bool InForce { get; init; } = true;

    /// <summary>Week the contract expires (1 to the campaign's weeks).</summary>
    [Parameter(1, 520, "week", "situation: expiry one year in, so that bargaining falls inside the default campaign", Kind = ParameterKind.Situation, RangeText = "1–weeks")]
    public int ExpiryWeek { get; init; } = 52;

    /// <summary>Term of a renewed or first contract.</summary>
    [Parameter(26, 520, "weeks", "situation: three-year agreements", Kind = ParameterKind.Situation)]
    public int TermWeeks { get; init; } = 156;

    /// <summary>Whether the contract in force has a no-strike clause.</summary>
    [Parameter(0, 1, "true/false", "sources §8 (94% of agreements; Williams's primer says 99%)", Kind = ParameterKind.Situation)]
    public bool NoStrikeClause { get; init; } = true;

    /// <summary>Probability a newly bargained contract includes a no-strike clause.</summary>
    [Parameter(0, 1, "probability", "sources §8")]
    public double NoStrikeClauseRate { get; init; } = 0.94;

    /// <summary>Weeks from a formal grievance to its arbitration decision.</summary>
    [Parameter(0, 104, "weeks", "situation: about a quarter from filing to arbitration", Kind = ParameterKind.Situation)]
    public int GrievanceDelayWeeks { get; init; } = 12;

    /// <summary>Probability arbitration upholds a pursued grievance.</summary>
    [Parameter(0, 1, "probability", "assumption: an even chance at arbitration")]
    public double ArbitrationUpheldProbability { get; init; } = 0.5;

    /// <summary>Weeks of bargaining at expiry before a strike can be called.</summary>
    [Parameter(1, 52, "weeks", "situation: about six weeks of bargaining at expiry", Kind = ParameterKind.Situation)]
    public int BargainingWindowWeeks { get; init; } = 6;

    /// <summary>
    /// Whether a strike is authorised by a share of all members, a member who does not vote counting as no (Illinois's
    /// rule for the Chicago Teachers Union), rather than of the votes cast.
    /// </summary>
    [Parameter(0, 1, "true/false", "situation: most bylaws count the votes cast; Illinois required 75% of all CTU members in 2012 (sources §4)", Kind = ParameterKind.Situation)]
    public bool StrikeVoteOfAllMembers { get; init; }

    /// <summary>Yes share of the membership needed to authorise a strike.</summary>
    [Parameter(0.5, 1, "share of members", "situation: bylaws vary; sources §4 (Illinois needs 75% of all members, McAlevey-style campaigns aim at 70–90%)", Kind = ParameterKind.Situation)]
    public double StrikeVoteThreshold { get; init; } = 0.67;
}
