namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// The employer's weekly choices: violations where the floor is unorganized, messaging, targeted retaliation,
/// discipline after unprotected action, and how it weighs disruption against a demand (docs/ODD.md §7.7, §7.10).
/// </summary>
public sealed record EmployerMechanics
{
    /// <summary>
    /// For a public employer, the share by which the cost of a strike grows for each week it has lasted: closed schools
    /// or offices cost elected officials more each week the public goes without them.
    /// </summary>
    [Parameter(0, 5, "share per strike week", "assumption, fitted to 0: with any political cost the CTU 2012 case settles far above its published share of the ask (settlement-ctu-2012 in docs/calibration.md), so the fitting cases give no support for it; kept for what-ifs")]
    public double PoliticalCostPerStrikeWeek { get; init; } = 0;

    /// <summary>
    /// How much employers differ from the scenario's typical one: a run's employer hostility is the scenario's times
    /// (1 + this × a standard normal draw), kept within 0–1. Some employers fight a drive with everything, others hardly
    /// at all; a scenario's hostility is what its kind of employer does on average.
    /// </summary>
    [Parameter(0, 0.6, "share of the hostility (SD)", "assumption, chosen on the fitting set (docs/calibration.md): employers differ widely in how hard they fight, from no campaign to firings, threats and consultants together (sources §1a, §1d: 34% of employers fire, 89% hold captive-audience meetings, 41.5% of elections draw a charge)")]
    public double HostilitySpread { get; init; } = 0.3;

    /// <summary>Organizers (committee members or stewards) per worker at which a department's floor presence is full.</summary>
    [Parameter(0.01, 1, "organizers per worker", "sources §7: a committee of at least one in ten workers")]
    public double OrganizersPerWorkerForFullPresence { get; init; } = 0.1;

    /// <summary>Committee size at which the employer notices organizing and starts messaging.</summary>
    [Parameter(1, 1000, "members", "assumption: a committee of three is noticed")]
    public int VisibleCommitteeSize { get; init; } = 3;

    /// <summary>Weeks an action keeps the employer on alert (messaging and full-strength retaliation).</summary>
    [Parameter(1, 104, "weeks", "assumption: about two months")]
    public int ActionMemoryWeeks { get; init; } = 8;

    /// <summary>Weekly chance per unit of hostility of a captive-audience meeting during a recognition drive.</summary>
    [Parameter(0, 1, "probability per week", "sources §1a: captive-audience meetings in 89% of election campaigns (fitted to the captive-audience target, docs/calibration.md)")]
    public double CaptiveAudienceChanceInDrive { get; init; } = 0.3;

    /// <summary>Chance that a captive-audience meeting carries an unlawful threat: to close the workplace, or to cut pay or benefits, if the workers organize.</summary>
    [Parameter(0, 1, "probability per meeting", "sources §1a: employers threatened to close the workplace in 57% of the campaigns (fitted to the drive-threats target, docs/calibration.md)")]
    public double ThreatChance { get; init; } = 0.25;

    /// <summary>Weekly chance per unit of hostility of a captive-audience meeting against visible organizing outside a drive.</summary>
    [Parameter(0, 1, "probability per week", "assumption: far rarer than in a drive")]
    public double CaptiveAudienceChance { get; init; } = 0.06;

    /// <summary>Weekly chance per unit of hostility × red-baiting of a red-baiting message.</summary>
    [Parameter(0, 1, "probability per week", "assumption: a push every few months from a hostile employer")]
    public double RedBaitingChance { get; init; } = 0.1;

    /// <summary>Stigma one red-baiting message adds, times the employer's red-baiting strength.</summary>
    [Parameter(0, 1, "stigma", "assumption: each campaign of messaging leaves a mark")]
    public double RedBaitingStigma { get; init; } = 0.25;

    /// <summary>Share of the stigma left after a week.</summary>
    [Parameter(0, 1, "share per week", "assumption: stigma fades over months")]
    public double StigmaRetention { get; init; } = 0.95;

    /// <summary>Strength of retaliation while organizing is suspected but not seen, against the full strength of 1.</summary>
    [Parameter(0, 1, "factor", "assumption: an underground committee is harder to target")]
    public double UndergroundHeat { get; init; } = 0.3;

    /// <summary>Strength of retaliation with no committee and nothing public, or public but quiet.</summary>
    [Parameter(0, 1, "factor", "assumption: quiet organizing draws little retaliation")]
    public double QuietHeat { get; init; } = 0.2;

    /// <summary>Multiplier on retaliation while a recognition petition is pending.</summary>
    [Parameter(1, 5, "factor", "sources §1a, §1d: firings concentrate in election campaigns")]
    public double DriveHeatFactor { get; init; } = 1.5;

    /// <summary>
    /// Weekly chance per unit of hostility, at full retaliation strength, that an employer whose workers no union
    /// represents decides to break visible organizing at once by firing its known leaders together.
    /// </summary>
    [Parameter(0, 0.2, "probability per week", "sources §7: Stardust fired 10 servers on two days in September 2016 and 15 more in a later wave; assumption: 1.5% a week at full hostility and strength, about once in 65 weeks")]
    public double PurgeChance { get; init; } = 0.015;

    /// <summary>Visibility at or above which a worker is on the list when the employer purges: committee members and those seen leading actions.</summary>
    [Parameter(0, 1, "visibility", "assumption: the known leaders, at a committee member's visibility or near it (mechanics.reactions.committeeVisibility is 0.35)")]
    public double PurgeMinVisibility { get; init; } = 0.3;

    /// <summary>Visibility under which a worker is not singled out.</summary>
    [Parameter(0, 1, "visibility", "assumption: a face in the crowd is not singled out")]
    public double MinVisibilityForRetaliation { get; init; } = 0.05;

    /// <summary>Multiplier on the retaliation chance of a worker on probation.</summary>
    [Parameter(1, 10, "factor", "assumption: probationary workers are the easiest to fire (Stardust, sources §7)")]
    public double ProbationRiskFactor { get; init; } = 2;

    /// <summary>Chance per unit of hostility that a committee member in an unprotected action is disciplined.</summary>
    [Parameter(0, 1, "probability per action", "assumption: leaders are singled out")]
    public double UnprotectedDisciplineLeader { get; init; } = 0.35;

    /// <summary>Chance per unit of hostility that another participant in an unprotected action is disciplined.</summary>
    [Parameter(0, 1, "probability per action", "assumption: ordinary participants are disciplined far less than leaders")]
    public double UnprotectedDisciplineMember { get; init; } = 0.08;

    /// <summary>Weeks the employer expects a disruption to go on if it refuses a demand.</summary>
    [Parameter(1, 52, "weeks", "assumption: the employer expects a refused demand to keep the floor disrupted for about two months")]
    public double ExpectedDisruptionWeeks { get; init; } = 8;

    /// <summary>Pressure ratio used when a demand costs the employer nothing (it concedes almost surely).</summary>
    [Parameter(1, 1000, "ratio", "assumption: any large number will do: a demand that costs nothing is conceded as soon as any pressure is felt", InertInShippedScenarios = "it stands in only for a demand that costs the employer nothing, and no shipped demand does")]
    public double MaxPressureRatio { get; init; } = 10;

    /// <summary>Share of the felt disruption (threat) left after a week.</summary>
    [Parameter(0, 1, "share per week", "assumption: disruption is forgotten within weeks")]
    public double ThreatRetention { get; init; } = 0.85;

    /// <summary>Share of the felt disruption left after the employer concedes a demand.</summary>
    [Parameter(0, 1, "share", "assumption: a concession buys calm")]
    public double ThreatAfterConcession { get; init; } = 0.5;
}
