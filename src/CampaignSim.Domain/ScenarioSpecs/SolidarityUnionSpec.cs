namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>The solidarity union (an IWW-style branch) used by dual-card and independent models.</summary>
public sealed record SolidarityUnionSpec
{
    /// <summary>Monthly dues in dollars.</summary>
    [Parameter(0, 200, "$/month", "situation: an IWW-style sliding scale, mid-band", Kind = ParameterKind.Situation, PlausibleMin = 0, PlausibleMax = 60, PlausibleBecause = "up to about three times the default of $22 a month")]
    public double MonthlyDues { get; init; } = 22;

    /// <summary>Trainings per quarter the branch can give this workplace.</summary>
    [Parameter(0, 52, "trainings per quarter", "situation: a small branch's capacity", Kind = ParameterKind.Situation)]
    public double TrainingsPerQuarter { get; init; } = 1;
}
