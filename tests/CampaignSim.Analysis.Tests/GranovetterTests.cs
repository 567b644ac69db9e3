using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;
using CampaignSim.Scenarios;

namespace CampaignSim.Analysis.Tests;

/// <summary>
/// Granovetter (1978), sources §5: 100 people with thresholds 0, 1, …, 99 (as counts of others already in) on a
/// complete network all riot; with nobody at threshold 1 and two at threshold 2 the cascade stops at the instigator.
/// </summary>
public class GranovetterTests
{
    private const int People = 100;

    private const string UniformExample = """
        schema: 1
        name: Granovetter's uniform example
        weeks: 1
        workplaces:
          - workers: 100
            network: { kind: complete }
            thresholds: { distribution: spread, min: 0, max: 1 }
            union: { present: false }
        """;

    [Fact]
    public void thresholds_zero_to_ninety_nine_on_a_complete_network_bring_everyone_in()
    {
        var joined = ThresholdCascade.Run(Counts(), Everyone(), [], ties: null);

        Assert.Equal(People, joined.Length);
    }

    [Fact]
    public void moving_the_one_person_with_threshold_one_to_two_stops_the_cascade_at_the_instigator()
    {
        var thresholds = Counts();
        thresholds[1] = 2 / 99.0;

        var joined = ThresholdCascade.Run(thresholds, Everyone(), [], ties: null);

        Assert.Equal([0], joined);
    }

    [Fact]
    public void a_spread_scenario_on_a_complete_network_draws_thresholds_i_over_99_and_reproduces_both_examples()
    {
        var workplace = ScenarioLoader.Parse(UniformExample, "granovetter.yaml").Scenario.Workplaces[0];

        var drawn = WorkforceBuilder.Build(workplace, new Domain.Mechanics.WorkforceMechanics(), 0, RandomSource.For(1978, RandomStream.Workforce, 0));

        Assert.Null(drawn.Ties);
        var thresholds = drawn.Workers.Select(w => w.Threshold).ToArray();
        Assert.Equal(Counts(), thresholds);
        Assert.Equal(People, ThresholdCascade.Run(thresholds, Everyone(), [], drawn.Ties?.ToArray()).Length);

        thresholds[1] = 2 / 99.0;
        Assert.Equal([0], ThresholdCascade.Run(thresholds, Everyone(), [], drawn.Ties?.ToArray()));
    }

    /// <summary>Thresholds 0, 1, …, 99 as counts of the 99 others, i.e. shares i / 99.</summary>
    private static double[] Counts() => Enumerable.Range(0, People).Select(i => i / 99.0).ToArray();

    private static bool[] Everyone() => Enumerable.Repeat(true, People).ToArray();
}
