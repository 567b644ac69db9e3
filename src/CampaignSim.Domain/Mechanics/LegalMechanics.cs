namespace CampaignSim.Domain.Mechanics;

/// <summary>The legal channel beside the scenario's <c>legal</c> section: remedies, direct action and the bars on repeated elections (docs/ODD.md §7.3).</summary>
public sealed record LegalMechanics
{
    /// <summary>Chance a grievance confronted on the floor is won, at full floor presence.</summary>
    [Parameter(0, 1, "probability", "assumption: coworkers confronting the boss win where they are organized")]
    public double DirectActionWinRate { get; init; } = 0.8;

    /// <summary>
    /// Share of a just-cause grievance's chance that remains with a union that pursues nothing: the chance is
    /// max(arbitration, contract protection) × (this + (1 − this) × responsiveness).
    /// </summary>
    [Parameter(0, 1, "share", "assumption: just cause wins half the time even with a passive union")]
    public double RemedyWithoutResponsiveness { get; init; } = 0.5;

    /// <summary>
    /// Chance that an unlawful act of the employer that no contract grievance answers — a firing for organizing, a threat
    /// in a captive-audience meeting — is taken to the labour board as a charge; otherwise the worker and the organizers
    /// let it go (the fired worker moves on, the organizers keep the board out of the drive).
    /// </summary>
    [Parameter(0, 1, "probability per unlawful act", "sources §1a: the labour board's records of Bronfenbrenner's 1999–2003 sample hold a charge over a firing in 17% of the campaigns, where its organizers reported firings in 34% (fitted to the firings-charged target, docs/calibration.md)")]
    public double ChargeFilingChance { get; init; } = 0.35;

    /// <summary>Cost to the employer of taking back a fired worker when it is demanded on the floor.</summary>
    [Parameter(0, 52, "weeks of payroll", "assumption: taking a worker back costs little beyond back pay")]
    public double ReinstatementDemandCost { get; init; } = 0.3;

    /// <summary>Grievance a won reinstatement demand relieves, as a share.</summary>
    [Parameter(0, 1, "share of grievance", "assumption: winning a coworker back relieves some anger")]
    public double ReinstatementDemandRelief { get; init; } = 0.1;

    /// <summary>Weeks after a certification election before another can be held.</summary>
    [Parameter(0, 260, "weeks", "law: the NLRA's twelve-month election bar")]
    public int ElectionBarWeeks { get; init; } = 52;

    /// <summary>Weeks after a union withdraws a petition before it may file another.</summary>
    [Parameter(0, 260, "weeks", "law: NLRB casehandling practice bars a union that withdraws its petition once the election is set from filing again for six months")]
    public int WithdrawalBarWeeks { get; init; } = 26;

    /// <summary>Weeks before expiry in which a decertification petition can be filed (the open period).</summary>
    [Parameter(0, 52, "weeks", "law: the NLRB's open period of about 90 days before a contract expires", InertInShippedScenarios = "no solidarity union in a shipped scenario's first seeds holds the share of the unit that puts a decertification vote on the table")]
    public int DecertificationWindowWeeks { get; init; } = 13;

    /// <summary>Weeks after a decertification vote before another.</summary>
    [Parameter(0, 260, "weeks", "law: the NLRA's twelve-month bar applies to a decertification vote as to any other election", InertInShippedScenarios = "no solidarity union in a shipped scenario's first seeds holds the share of the unit that puts a decertification vote on the table")]
    public int DecertificationBarWeeks { get; init; } = 52;
}
