namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// How workers' grievance, fear, commitment, trust and visibility respond to what happens to them and around them
/// (docs/ODD.md §7.1, §7.12). Retaliation chills a worker's ties; without a network it chills everyone at a fraction.
/// </summary>
public sealed record ReactionMechanics
{
    /// <summary>Grievance a contract violation adds to everyone in its department, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: violations anger the department")]
    public double ViolationGrievance { get; init; } = 0.08;

    /// <summary>Grievance a refused demand adds to everyone, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: a refusal angers everyone a little")]
    public double RefusalGrievance { get; init; } = 0.02;

    /// <summary>Share of their commitment that a refused demand takes from the workers the committee has organized.</summary>
    [Parameter(0, 1, "share of commitment", "assumption: a defeat discourages those who were counted on")]
    public double RefusalCommitmentLoss { get; init; } = 0.05;

    /// <summary>Share of their commitment that a strike ending in defeat takes from those still out at the end.</summary>
    [Parameter(0, 1, "share of commitment", "assumption: a lost strike leaves its strikers demoralised", InertInShippedScenarios = "no strike in a shipped scenario's first seeds ends in defeat")]
    public double DefeatCommitmentLoss { get; init; } = 0.2;

    /// <summary>Grievance an upheld grievance removes in its department.</summary>
    [Parameter(0, 1, "grievance", "assumption: a won grievance relieves the department")]
    public double UpheldGrievanceRelief { get; init; } = 0.06;

    /// <summary>Trust in the union that a decided grievance moves in its department (up if upheld, down if not).</summary>
    [Parameter(0, 1, "trust", "assumption: the grievance outcome moves trust in the union")]
    public double GrievanceTrustChange { get; init; } = 0.03;

    /// <summary>Fear a training removes from each attendee.</summary>
    [Parameter(0, 1, "fear", "assumption: knowing one's rights eases fear")]
    public double TrainingFearRelief { get; init; } = 0.05;

    /// <summary>Commitment a won demand adds to every deeply contacted worker, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: wins build the organization")]
    public double WinCommitment { get; init; } = 0.05;

    /// <summary>Fear a discipline adds to the disciplined worker.</summary>
    [Parameter(0, 1, "fear", "assumption: the disciplined worker is frightened most")]
    public double DisciplineFear { get; init; } = 0.1;

    /// <summary>Fear a discipline spreads to each of the worker's ties.</summary>
    [Parameter(0, 1, "fear", "assumption: retaliation frightens coworkers")]
    public double DisciplineChillFear { get; init; } = 0.04;

    /// <summary>Grievance (anger) a discipline spreads to each of the worker's ties, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: a coworker disciplined for organizing angers her friends a little as well as frightening them")]
    public double DisciplineChillAnger { get; init; } = 0.05;

    /// <summary>Fear a firing spreads to each of the worker's ties.</summary>
    [Parameter(0, 1, "fear", "assumption: a firing frightens coworkers more than a discipline")]
    public double FiringChillFear { get; init; } = 0.06;

    /// <summary>Grievance (anger) a firing spreads to each of the worker's ties, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: a firing angers the fired worker's friends more than a discipline does")]
    public double FiringChillAnger { get; init; } = 0.05;

    /// <summary>Share of their commitment that a firing takes from each of the worker's ties.</summary>
    [Parameter(0, 1, "share of commitment", "assumption: seeing a coworker fired makes some step back")]
    public double FiringChillCommitment { get; init; } = 0.05;

    /// <summary>Fear a reinstatement removes from each of the worker's ties.</summary>
    [Parameter(0, 1, "fear", "assumption: a coworker back at work shows retaliation can be beaten")]
    public double ReinstatementRelief { get; init; } = 0.05;

    /// <summary>Commitment a reinstatement adds to each of the worker's ties, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: a coworker back at work after a firing encourages her friends")]
    public double ReinstatementCommitment { get; init; } = 0.03;

    /// <summary>Fraction of the chill that reaches every coworker when the workplace has no network of ties.</summary>
    [Parameter(0, 1, "fraction", "assumption: without a network, news spreads to all at half strength", InertInShippedScenarios = "only a complete network reads it, and no shipped scenario uses one")]
    public double ChillWithoutTies { get; init; } = 0.5;

    /// <summary>Fear a captive-audience meeting adds to each worker off the committee, times (1 − commitment).</summary>
    [Parameter(0, 1, "fear", "sources §1a, §1c; the size fitted to the election-win-rate target (docs/calibration.md)")]
    public double CaptiveAudienceFear { get; init; } = 0.15;

    /// <summary>Commitment a captive-audience meeting takes from each worker off the committee.</summary>
    [Parameter(0, 1, "commitment", "assumption: the employer's case wears a little commitment away")]
    public double CaptiveAudienceCommitmentLoss { get; init; } = 0.03;

    /// <summary>Fear a layoff adds to everyone.</summary>
    [Parameter(0, 1, "fear", "assumption: layoffs frighten everyone")]
    public double LayoffFear { get; init; } = 0.05;

    /// <summary>Visibility of a committee member: she never falls below it while on the committee.</summary>
    [Parameter(0, 1, "visibility", "assumption: committee members are known to the employer")]
    public double CommitteeVisibility { get; init; } = 0.35;

    /// <summary>Visibility a signed union card gives (at least this).</summary>
    [Parameter(0, 1, "visibility", "assumption: cards are known to leak")]
    public double CardSignerVisibility { get; init; } = 0.15;

    /// <summary>Share of a committee member's visibility left after a week (above the floor).</summary>
    [Parameter(0, 1, "share per week", "assumption: the employer does not forget a committee member")]
    public double CommitteeVisibilityRetention { get; init; } = 0.95;

    /// <summary>Share of another worker's visibility left after a week.</summary>
    [Parameter(0, 1, "share per week", "assumption: the employer forgets a face in the crowd within weeks")]
    public double VisibilityRetention { get; init; } = 0.85;
}
