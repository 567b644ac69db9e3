namespace CampaignSim.Domain.Scenarios;

/// <summary>The employer.</summary>
public sealed record EmployerSpec
{
    /// <summary>Hostility to organizing, 0–1. Assumption: 0.6.</summary>
    public double Hostility { get; init; } = 0.6;

    /// <summary>
    /// Weekly probability scale of retaliating against one fully visible, unprotected leader, 0–1.
    /// Assumption: 0.04; docs/calibration.md compares the share of recognition drives with firings that it
    /// gives against Bronfenbrenner 2009's 34% (sources §1a).
    /// </summary>
    public double RetaliationRate { get; init; } = 0.04;

    /// <summary>Weekly probability of a small contract violation in a department with no organized floor presence, 0–1. Assumption: 0.08.</summary>
    public double ViolationRate { get; init; } = 0.08;

    /// <summary>Strength of red-baiting and "outside agitator" messaging, 0–1. Assumption: 0.5.</summary>
    public double RedBaiting { get; init; } = 0.5;

    /// <summary>Whether the employer holds captive-audience meetings. Default true (89% of campaigns, sources §1a).</summary>
    public bool CaptiveAudienceMeetings { get; init; } = true;

    /// <summary>Weekly cost to the employer of a full stoppage, as a multiple of weekly payroll, 0–20. Assumption: 2.</summary>
    public double DisruptionCostMultiple { get; init; } = 2.0;

    /// <summary>Weeks ahead the employer weighs when comparing a demand's cost with disruption, 1–520. Assumption: 52.</summary>
    public int PlanningHorizonWeeks { get; init; } = 52;
}
