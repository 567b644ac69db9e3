namespace CampaignSim.Domain.Mechanics;

/// <summary>Where a <see cref="ScenarioParameter"/> sits in a scenario.</summary>
public enum ParameterScope
{
    /// <summary>A coefficient of the mechanics (<c>mechanics.*</c>), one value for the whole scenario.</summary>
    Mechanics,

    /// <summary>A setting of the whole scenario outside the mechanics (<c>weeks</c>, <c>legal.*</c>, <c>solidarityUnion.*</c>…).</summary>
    Scenario,

    /// <summary>A setting of each workplace (<c>workplaces[].employer.hostility</c>); varying it sets it in every workplace.</summary>
    Workplace,
}
