namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>The labour-law channel: certification, charges and remedies.</summary>
public sealed record LegalSpec
{
    /// <summary>Share of the unit that must sign cards before a petition.</summary>
    [Parameter(0, 1, "share of the unit", "situation: the NLRB's 30% showing of interest (a legal rule of the NLRB)", Kind = ParameterKind.Situation)]
    public double PetitionShowingShare { get; init; } = 0.3;

    /// <summary>Weeks from petition to certification election.</summary>
    [Parameter(1, 52, "weeks", "sources §2 (median 23–24 days from petition to election after the 2015 rule)", Kind = ParameterKind.Situation)]
    public int ElectionDelayWeeks { get; init; } = 4;


    /// <summary>Weeks from an unfair-labour-practice charge to a remedy.</summary>
    [Parameter(1, 260, "weeks", "assumption: charges take most of a year (sources §7: Stardust settled about a year after the firings)", PlausibleMin = 8, PlausibleMax = 104, PlausibleBecause = "from a quick settlement to two years of litigation")]
    public int UlpDelayWeeks { get; init; } = 40;

    /// <summary>Probability a charged illegal firing ends in an offer of reinstatement.</summary>
    [Parameter(0, 1, "probability", "assumption: sources §7 (the Starbucks ALJ found violations in 22 of 23 decisions, but cases settle late or are reversed)")]
    public double UlpReinstatementProbability { get; init; } = 0.6;

    /// <summary>Share of offered reinstatements that fired workers accept.</summary>
    [Parameter(0, 1, "probability", "sources §7 (Stardust: 13 of 31 took reinstatement)")]
    public double ReinstatementAcceptance { get; init; } = 0.42;

    /// <summary>How much a just-cause contract shields a bargaining-unit member from firing.</summary>
    [Parameter(0, 1, "0–1 scale", "assumption: just cause shields a member from most, not all, retaliation")]
    public double ContractProtection { get; init; } = 0.6;

    /// <summary>How much the union's legal help shields a member from firing when it backs her.</summary>
    [Parameter(0, 1, "0–1 scale", "assumption: the union's lawyers deter some retaliation")]
    public double UnionLegalProtection { get; init; } = 0.3;

    /// <summary>Share of the unit in the solidarity union before decertification is on the table.</summary>
    [Parameter(0.3, 1, "share of the unit", "assumption: a majority before a solidarity union moves to decertify")]
    public double DecertificationShare { get; init; } = 0.5;
}
