namespace CampaignSim.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void default_scenario_has_one_workplace() => Assert.Single(new CampaignSim.Domain.Scenarios.Scenario().Workplaces);
}
