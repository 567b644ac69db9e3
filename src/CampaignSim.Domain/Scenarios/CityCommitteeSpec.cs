namespace CampaignSim.Domain.Scenarios;

/// <summary>A city-wide committee that links several workplaces (the closing example of Williams's primer, 2019).</summary>
public sealed record CityCommitteeSpec
{
    /// <summary>Whether workplaces share a city-wide committee. Default false.</summary>
    public bool Present { get; init; }

    /// <summary>Organizer hours per week the city committee lends each workplace, 0–40. Assumption: 2.</summary>
    public double SharedHoursPerWorkplace { get; init; } = 2;

    /// <summary>Share of another workplace's committee that turns out to support a picket or strike, 0–1. Assumption: 0.3.</summary>
    public double PicketSupport { get; init; } = 0.3;
}
