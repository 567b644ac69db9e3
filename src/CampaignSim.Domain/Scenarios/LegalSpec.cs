namespace CampaignSim.Domain.Scenarios;

/// <summary>The labour-law channel: certification, charges and remedies.</summary>
public sealed record LegalSpec
{
    /// <summary>Share of the unit that must sign cards before a petition, 0–1. Default 0.3 (NLRB showing of interest).</summary>
    public double PetitionShowingShare { get; init; } = 0.3;

    /// <summary>Weeks from petition to certification election, 1–52. Default 4 (median 23–24 days after the 2015 rule, sources §2).</summary>
    public int ElectionDelayWeeks { get; init; } = 4;


    /// <summary>Weeks from an unfair-labour-practice charge to a remedy, 1–260. Assumption: 40.</summary>
    public int UlpDelayWeeks { get; init; } = 40;

    /// <summary>
    /// Probability a charged illegal firing ends in an offer of reinstatement, 0–1.
    /// Assumption: 0.6 (sources §7: the Starbucks ALJ found violations in 22 of 23 decisions, but cases settle late or are reversed).
    /// </summary>
    public double UlpReinstatementProbability { get; init; } = 0.6;

    /// <summary>Share of offered reinstatements that fired workers accept, 0–1. Default 0.42 (Stardust: 13 of 31, sources §7).</summary>
    public double ReinstatementAcceptance { get; init; } = 0.42;

    /// <summary>How much a just-cause contract shields a bargaining-unit member from firing, 0–1. Assumption: 0.6.</summary>
    public double ContractProtection { get; init; } = 0.6;

    /// <summary>How much the union's legal help shields a member from firing when it backs her, 0–1. Assumption: 0.3.</summary>
    public double UnionLegalProtection { get; init; } = 0.3;

    /// <summary>Share of the unit in the solidarity union before decertification is on the table, 0.3–1. Assumption: 0.5.</summary>
    public double DecertificationShare { get; init; } = 0.5;
}
