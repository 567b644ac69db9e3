namespace CampaignSim.Domain.Mechanics;

/// <summary>Votes: officer elections, certification elections, decertification and card signing (docs/ODD.md §7.5, §7.6, §7.9).</summary>
public sealed record ElectionMechanics
{
    /// <summary>Turnout of a member with no commitment and no contact in an officer election.</summary>
    [Parameter(0, 1, "probability", "sources §6: 22–23% turnout in UTLA 2014; assumption for the weights")]
    public double TurnoutBase { get; init; } = 0.25;

    /// <summary>Turnout added per unit of commitment.</summary>
    [Parameter(0, 1, "probability", "assumption: committed members vote")]
    public double TurnoutCommitment { get; init; } = 0.5;

    /// <summary>Turnout added by a contact from the caucus.</summary>
    [Parameter(0, 1, "probability", "assumption: a campaign contact gets a member to the polls")]
    public double TurnoutContacted { get; init; } = 0.2;

    /// <summary>Caucus vote added per unit of commitment of a member the caucus organizes in depth.</summary>
    [Parameter(0, 1, "probability", "assumption: members the caucus has organized back it, as far as they are committed")]
    public double DeepContactSwing { get; init; } = 0.25;

    /// <summary>Caucus vote added by a shallow campaign contact alone.</summary>
    [Parameter(0, 1, "probability", "assumption: a handshake and a leaflet move few votes")]
    public double ShallowContactSwing { get; init; } = 0.05;

    /// <summary>Standard deviation of the swing, for the whole election, in every member's chance of voting for the caucus.</summary>
    [Parameter(0, 0.5, "vote share", "assumption: reform slates win some elections and lose others (sources §6: CORE 30% then 59%, Union Power 48% then 80%, PACT won in 2001 and lost in 2004)")]
    public double ElectionSwingSd { get; init; } = 0.08;

    /// <summary>Challengers' vote added per unit of distrust below the neutral trust (the incumbents' per unit of trust above it).</summary>
    [Parameter(0, 2, "probability", "assumption: members who distrust the leadership lean to the challengers")]
    public double DistrustLean { get; init; } = 0.3;

    /// <summary>Trust at which a member leans neither to the incumbents nor to the caucus.</summary>
    [Parameter(0, 1, "trust", "assumption: the middle of the scale")]
    public double NeutralTrust { get; init; } = 0.5;

    /// <summary>Commitment each caucus member loses when the caucus loses an election, and each card signer when the union loses a certification election.</summary>
    [Parameter(0, 1, "commitment", "assumption: a lost election leaves little (Williams 2019)")]
    public double ElectionLossCommitment { get; init; } = 0.1;

    /// <summary>Commitment at which a unit worker signs a union card in a recognition drive.</summary>
    [Parameter(0, 1, "commitment", "assumption: a card is signed once a worker is committed, the same middle of the scale the committee counts on")]
    public double CardSigningCommitment { get; init; } = 0.5;

    /// <summary>
    /// Share of the employed unit the union must count on, in its last count the week before a certification election,
    /// to let the election go ahead; below it the union withdraws the petition. It counts the card signers whose
    /// commitment is at least their fear.
    /// </summary>
    [Parameter(0, 1, "share of the unit", "law: the union needs a majority of the votes; assumption: it withdraws rather than lose when its count shows none, as a loss bars another election for a year and a withdrawal for six months")]
    public double WithdrawBelowCountedShare { get; init; } = 0.5;

    /// <summary>
    /// Weeks for which taking part in a collective action stands as a structure test: in a public drive the worker signs
    /// a card when the organizers bring one, and a card signer who passed one counts as sure in the union's count whatever
    /// her fear, the evidence organizers file on (at 0, only an action of the same week counts).
    /// </summary>
    [Parameter(0, 52, "weeks", "assumption; organizers test their majority with public actions before they file (sources §4, McAlevey's structure tests); a quarter of a year, as a test goes stale once the employer's campaign has had time to work")]
    public double StructureTestWeeks { get; init; } = 13;

    /// <summary>Standard deviation of the drive-wide swing in a certification vote.</summary>
    [Parameter(0, 0.5, "vote share", "assumption: drive-to-drive variation in how well the employer's campaign lands; chosen so that drives that reach an election win about as often as published (sources §2)")]
    public double CertificationSwingSd { get; init; } = 0.06;

    /// <summary>Chance of a yes vote in a certification election with no commitment, grievance, fear or card.</summary>
    [Parameter(0, 1, "probability", "assumption; calibrated against Bloomberg Law's 70–80% win rate (sources §2)")]
    public double CertificationYesBase { get; init; } = 0.02;

    /// <summary>Yes vote added per unit of commitment.</summary>
    [Parameter(0, 2, "probability", "assumption: commitment carries the vote")]
    public double CertificationYesCommitment { get; init; } = 0.6;

    /// <summary>Yes vote added per unit of grievance.</summary>
    [Parameter(0, 2, "probability", "assumption: grievance is a reason to vote yes")]
    public double CertificationYesGrievance { get; init; } = 0.3;

    /// <summary>Yes vote taken away per unit of fear.</summary>
    [Parameter(0, 2, "probability", "sources §1c: 36% of no voters cite employer pressure")]
    public double CertificationYesFear { get; init; } = 0.35;

    /// <summary>Yes vote added by a signed card.</summary>
    [Parameter(0, 1, "probability", "assumption: card signers mostly vote as they signed, so that a signer of middling commitment, grievance and fear votes yes about three times in four")]
    public double CertificationYesCard { get; init; } = 0.32;

    /// <summary>Chance that a solidarity-union member votes to decertify the mainstream union.</summary>
    [Parameter(0, 1, "probability", "assumption: members of the new union vote for it", InertInShippedScenarios = "no solidarity union in a shipped scenario's first seeds holds the share of the unit that puts a decertification vote on the table")]
    public double DecertificationYesSolidarity { get; init; } = 0.9;

    /// <summary>Chance that another unit worker with full trust and no commitment votes to decertify.</summary>
    [Parameter(0, 1, "probability", "assumption: few trusting, uncommitted members vote the union out", InertInShippedScenarios = "no solidarity union in a shipped scenario's first seeds holds the share of the unit that puts a decertification vote on the table")]
    public double DecertificationYesBase { get; init; } = 0.1;

    /// <summary>Decertification vote added per unit of distrust of the mainstream union.</summary>
    [Parameter(0, 1, "probability", "assumption: others vote by distrust of the old union", InertInShippedScenarios = "no solidarity union in a shipped scenario's first seeds holds the share of the unit that puts a decertification vote on the table")]
    public double DecertificationYesDistrust { get; init; } = 0.4;

    /// <summary>Decertification vote added per unit of commitment to the committee.</summary>
    [Parameter(0, 1, "probability", "assumption: committed coworkers follow the committee", InertInShippedScenarios = "no solidarity union in a shipped scenario's first seeds holds the share of the unit that puts a decertification vote on the table")]
    public double DecertificationYesCommitment { get; init; } = 0.2;
}
