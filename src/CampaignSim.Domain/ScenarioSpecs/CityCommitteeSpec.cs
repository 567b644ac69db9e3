namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>A city-wide committee that links several workplaces (the closing example of Williams's primer, 2019).</summary>
public sealed record CityCommitteeSpec
{
    /// <summary>Whether workplaces share a city-wide committee. Default false.</summary>
    [Parameter(0, 1, "true/false", "situation: no city-wide committee unless the scenario has one", Kind = ParameterKind.Situation)]
    public bool Present { get; init; }

    /// <summary>Organizer hours per week the city committee lends each workplace.</summary>
    [Parameter(0, 40, "hours per week", "situation: a couple of hours from outside organizers", Kind = ParameterKind.Situation)]
    public double SharedHoursPerWorkplace { get; init; } = 2;

    /// <summary>Share of another workplace's committee that turns out to support a picket or strike.</summary>
    [Parameter(0, 1, "share of a committee", "assumption: some supporters turn out for another workplace's picket")]
    public double PicketSupport { get; init; } = 0.3;
}
