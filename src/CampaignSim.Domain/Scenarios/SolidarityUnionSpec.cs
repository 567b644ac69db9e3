namespace CampaignSim.Domain.Scenarios;

/// <summary>The solidarity union (an IWW-style branch) used by dual-card and independent models.</summary>
public sealed record SolidarityUnionSpec
{
    /// <summary>Monthly dues in dollars, 0–200. Assumption: $22 (an IWW-style sliding scale mid-band).</summary>
    public double MonthlyDues { get; init; } = 22;

    /// <summary>Trainings per quarter the branch can give this workplace, 0–52. Assumption: 1.</summary>
    public double TrainingsPerQuarter { get; init; } = 1;
}
