namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>The employer.</summary>
public sealed record EmployerSpec
{
    /// <summary>
    /// Hostility to organizing of the typical employer of this kind: scales retaliation, captive-audience meetings, red-baiting
    /// and resistance to demands. Each run's employer is this give or take how much employers differ
    /// (<c>mechanics.employer.hostilitySpread</c>, <see cref="Events.EmployerStanceSet"/>).
    /// </summary>
    [Parameter(0, 1, "0–1 scale", "situation: most employers oppose organizing (sources §1a: captive-audience meetings in 89% of campaigns)", Kind = ParameterKind.Situation)]
    public double Hostility { get; init; } = 0.6;

    /// <summary>Weekly probability scale of retaliating against one fully visible, unprotected leader (times hostility and visibility).</summary>
    [Parameter(0, 1, "per week", "assumption, meant to give firings in about a third of hostile recognition drives (sources §1a); docs/calibration.md shows it gives far more", PlausibleMin = 0, PlausibleMax = 0.1, PlausibleBecause = "above 0.1 a fully visible leader would be hit more than once in ten weeks; the shipped scenarios use 0.04–0.08")]
    public double RetaliationRate { get; init; } = 0.04;

    /// <summary>Weekly probability of a small contract violation in a department with no organized floor presence.</summary>
    [Parameter(0, 1, "per department per week", "assumption: a small violation every few months where nobody watches", PlausibleMin = 0, PlausibleMax = 0.2, PlausibleBecause = "the shipped scenarios use 0.08–0.12 violations per unorganized department a week")]
    public double ViolationRate { get; init; } = 0.08;

    /// <summary>Strength of red-baiting and "outside agitator" messaging.</summary>
    [Parameter(0, 1, "0–1 scale", "situation: middling \"outside agitator\" messaging", Kind = ParameterKind.Situation)]
    public double RedBaiting { get; init; } = 0.5;

    /// <summary>Whether the employer holds captive-audience meetings.</summary>
    [Parameter(0, 1, "true/false", "sources §1a (89% of campaigns)", Kind = ParameterKind.Situation)]
    public bool CaptiveAudienceMeetings { get; init; } = true;

    /// <summary>
    /// Whether the employer is a public body answerable to voters (a school district, a state): the political cost of a
    /// stoppage grows the longer the public goes without the service.
    /// </summary>
    [Parameter(0, 1, "true/false", "situation: most shipped workplaces are private; the teachers' cases are public", Kind = ParameterKind.Situation,
        InertInShippedScenarios = "the political cost it switches on, mechanics.employer.politicalCostPerStrikeWeek, is fitted to 0 (docs/calibration.md); set both for a what-if")]
    public bool Public { get; init; }

    /// <summary>Weekly cost to the employer of a full stoppage, as a multiple of weekly payroll.</summary>
    [Parameter(0, 20, "weekly payrolls", "assumption: a stoppage costs lost output beyond the wages saved", PlausibleMin = 0.5, PlausibleMax = 5, PlausibleBecause = "a stoppage costing 0.5–5 weekly payrolls covers the shipped scenarios (2–3)")]
    public double DisruptionCostMultiple { get; init; } = 2.0;

    /// <summary>Weeks ahead the employer weighs when comparing a demand's cost with disruption.</summary>
    [Parameter(1, 520, "weeks", "assumption: a one-year budget horizon", PlausibleMin = 13, PlausibleMax = 156, PlausibleBecause = "from a quarter to a three-year contract's term")]
    public int PlanningHorizonWeeks { get; init; } = 52;
}
