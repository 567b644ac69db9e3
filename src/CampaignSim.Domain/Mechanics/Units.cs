namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Calendar and accounting facts the mechanics convert with. These are definitions, not behavioural coefficients, so
/// they are constants rather than scenario parameters.
/// </summary>
public static class Units
{
    /// <summary>Paid hours in a full-time week.</summary>
    public const double HoursPerWeek = 40;

    /// <summary>Paid hours in a working day.</summary>
    public const double HoursPerDay = 8;

    /// <summary>Working days in a week (strike days are counted five a week).</summary>
    public const int WorkdaysPerWeek = 5;

    /// <summary>Weeks in a year.</summary>
    public const double WeeksPerYear = 52;

    /// <summary>Weeks in a quarter.</summary>
    public const double WeeksPerQuarter = 13;

    /// <summary>Months in a year.</summary>
    public const double MonthsPerYear = 12;

    /// <summary>A percentage's denominator.</summary>
    public const double Percent = 100;

    /// <summary>Ends of a tie: a tie drawn from one worker's side adds one to each of two workers' degrees.</summary>
    public const int EndsPerTie = 2;

    /// <summary>A week long before any campaign: the "last happened" week of something that has not happened yet.</summary>
    public const int Never = -1000;

    /// <summary>Decimal digits kept of a worker's openness and the appeal she sees in <c>OneOnOneHeld</c>.</summary>
    public const int ReceptivenessDigits = 6;

    /// <summary>Decimal digits kept of an action's pressure in <c>ActionTaken</c>.</summary>
    public const int PressureDigits = 9;

    /// <summary>Decimal digits kept of a bargaining offer, percent (tenths of a point).</summary>
    public const int OfferDigits = 1;

    /// <summary>Decimal digits of a drawn hourly wage (cents).</summary>
    public const int CentsDigits = 2;
}
