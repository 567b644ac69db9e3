namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>The mainstream union and its leadership.</summary>
public sealed record UnionSpec
{
    /// <summary>Whether a mainstream union represents workers here. Default true.</summary>
    [Parameter(0, 1, "true/false", "situation: the default workplace is unionized; set to the user's own", Kind = ParameterKind.Situation)]
    public bool Present { get; init; } = true;

    /// <summary>Leadership politics. Default business.</summary>
    [Setting("choice", "", "situation: business unionism is the common case Williams's primer starts from (docs/scenarios.md)")]
    public UnionStance Stance { get; init; } = UnionStance.Business;

    /// <summary>Staff organizers assigned to this workplace.</summary>
    [Parameter(0, 50, "organizers", "situation: one staff organizer assigned", Kind = ParameterKind.Situation)]
    public int StaffOrganizers { get; init; } = 1;

    /// <summary>Hours each staff organizer gives this workplace per week.</summary>
    [Parameter(0, 60, "hours per week", "situation: a quarter of an organizer's week", Kind = ParameterKind.Situation, PlausibleMin = 0, PlausibleMax = 30, PlausibleBecause = "up to three-quarters of one organizer's week on one workplace")]
    public double StaffHoursPerWeek { get; init; } = 10;

    /// <summary>Union resources (trainings, space, funds, legal help) on a 0–1 scale.</summary>
    [Parameter(0, 1, "0–1 scale", "situation: middling resources", Kind = ParameterKind.Situation)]
    public double Resources { get; init; } = 0.5;

    /// <summary>Probability a filed grievance is pursued rather than dropped.</summary>
    [Parameter(0, 1, "probability", "situation: most grievances are pursued", Kind = ParameterKind.Situation)]
    public double Responsiveness { get; init; } = 0.6;

    /// <summary>Hostility of the leadership to action outside official channels.</summary>
    [Parameter(0, 1, "0–1 scale", "situation: a business leadership dislikes action outside channels", Kind = ParameterKind.Situation)]
    public double HostilityToUnauthorizedAction { get; init; } = 0.6;

    /// <summary>Share of the bargaining unit who are members (pay dues).</summary>
    [Parameter(0, 1, "share 0–1", "situation: most of the unit pays dues", Kind = ParameterKind.Situation)]
    public double MembershipShare { get; init; } = 0.8;

    /// <summary>Dues as a percent of wages.</summary>
    [Parameter(0, 10, "% of wages", "sources §8 (1–2.5% of gross pay)", Kind = ParameterKind.Situation)]
    public double DuesPct { get; init; } = 1.75;

    /// <summary>Week of the next officer election (1 to the campaign's weeks), or 0 for none in the campaign.</summary>
    [Parameter(0, 520, "week", "situation: no officer election unless the scenario schedules one", Kind = ParameterKind.Situation, RangeText = "0 (none) or 1–weeks")]
    public int NextElectionWeek { get; init; }

    /// <summary>Weeks between officer elections.</summary>
    [Parameter(26, 520, "weeks", "sources §6 (three-year terms: CTU 2010, UTLA 2014)", Kind = ParameterKind.Situation)]
    public int ElectionIntervalWeeks { get; init; } = 156;

    /// <summary>Vote share the incumbents hold among members who have no contact with the caucus.</summary>
    [Parameter(0, 1, "share of votes", "assumption: incumbents hold most of the members the caucus has not reached")]
    public double IncumbentAdvantage { get; init; } = 0.6;
}
