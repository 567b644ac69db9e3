namespace CampaignSim.Domain.Scenarios;

/// <summary>The collective agreement between the mainstream union and the employer.</summary>
public sealed record ContractSpec
{
    /// <summary>Whether a contract is in force at week 0. Default true (ignored without a union).</summary>
    public bool InForce { get; init; } = true;

    /// <summary>Week the contract expires, 1–weeks. Default 52.</summary>
    public int ExpiryWeek { get; init; } = 52;

    /// <summary>Term of a renewed or first contract, in weeks, 26–520. Default 156 (three years).</summary>
    public int TermWeeks { get; init; } = 156;

    /// <summary>
    /// Whether the contract in force has a no-strike clause. Default true: 94% of agreements have one
    /// (sources §8, BNA survey cited by Schwartz; Williams's primer says 99%).
    /// </summary>
    public bool NoStrikeClause { get; init; } = true;

    /// <summary>Probability a newly bargained contract includes a no-strike clause, 0–1. Default 0.94 (sources §8).</summary>
    public double NoStrikeClauseRate { get; init; } = 0.94;

    /// <summary>Weeks from a formal grievance to its arbitration decision, 0–104. Assumption: 12.</summary>
    public int GrievanceDelayWeeks { get; init; } = 12;

    /// <summary>Probability arbitration upholds a pursued grievance, 0–1. Assumption: 0.5.</summary>
    public double ArbitrationUpheldProbability { get; init; } = 0.5;

    /// <summary>Weeks of bargaining at expiry before a strike can be called, 1–52. Assumption: 6.</summary>
    public int BargainingWindowWeeks { get; init; } = 6;

    /// <summary>Yes share of the membership needed to authorise a strike, 0.5–1. Assumption: 0.67 (bylaws vary; McAlevey-style campaigns aim at 0.7–0.9).</summary>
    public double StrikeVoteThreshold { get; init; } = 0.67;
}
