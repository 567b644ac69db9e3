namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>The worker-organizers' committee at the start of the campaign.</summary>
public sealed record CommitteeSpec
{
    /// <summary>Committee members at week 0 (0 to the workplace's workers).</summary>
    [Parameter(0, 100000, "workers", "situation: a founding core (sources §7 gives 10–15% as a mature committee)", Kind = ParameterKind.Situation, PlausibleMin = 1, PlausibleMax = 20, PlausibleBecause = "a founding core of 1 up to a mature committee of 20 (10% of 200 workers, sources §7)", RangeText = "0–workers")]
    public int InitialMembers { get; init; } = 3;

    /// <summary>Hours each member gives per week.</summary>
    [Parameter(0, 40, "hours per week", "situation: volunteer organizing beside a full-time job", Kind = ParameterKind.Situation, PlausibleMin = 1, PlausibleMax = 10, PlausibleBecause = "volunteer organizing beside a full-time job")]
    public double HoursPerMemberPerWeek { get; init; } = 4;
}
