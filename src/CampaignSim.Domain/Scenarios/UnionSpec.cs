namespace CampaignSim.Domain.Scenarios;

/// <summary>The mainstream union and its leadership.</summary>
public sealed record UnionSpec
{
    /// <summary>Whether a mainstream union represents workers here. Default true.</summary>
    public bool Present { get; init; } = true;

    /// <summary>Leadership politics. Default business.</summary>
    public UnionStance Stance { get; init; } = UnionStance.Business;

    /// <summary>Staff organizers assigned to this workplace, 0–50. Assumption: 1.</summary>
    public int StaffOrganizers { get; init; } = 1;

    /// <summary>Hours each staff organizer gives this workplace per week, 0–60. Assumption: 10.</summary>
    public double StaffHoursPerWeek { get; init; } = 10;

    /// <summary>Union resources (trainings, space, funds, legal help) on a 0–1 scale. Assumption: 0.5.</summary>
    public double Resources { get; init; } = 0.5;

    /// <summary>Probability a filed grievance is pursued rather than dropped, 0–1. Assumption: 0.6.</summary>
    public double Responsiveness { get; init; } = 0.6;

    /// <summary>Hostility of the leadership to action outside official channels, 0–1. Assumption: 0.6.</summary>
    public double HostilityToUnauthorizedAction { get; init; } = 0.6;

    /// <summary>Share of the bargaining unit who are members (pay dues), 0–1. Assumption: 0.8.</summary>
    public double MembershipShare { get; init; } = 0.8;

    /// <summary>Dues as a percent of wages, 0–10. Default 1.75 (sources §8: 1–2.5% of gross pay).</summary>
    public double DuesPct { get; init; } = 1.75;

    /// <summary>Week of the next officer election, 1–weeks, or 0 for none in the campaign.</summary>
    public int NextElectionWeek { get; init; }

    /// <summary>Weeks between officer elections, 26–520. Default 156 (three-year terms; CTU 2010, UTLA 2014).</summary>
    public int ElectionIntervalWeeks { get; init; } = 156;

    /// <summary>Vote share the incumbents hold among members who have no contact with the caucus, 0–1. Assumption: 0.6.</summary>
    public double IncumbentAdvantage { get; init; } = 0.6;
}
