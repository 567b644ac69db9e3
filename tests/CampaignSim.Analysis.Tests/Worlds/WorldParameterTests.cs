using CampaignSim.Analysis.Comparison;
using CampaignSim.Analysis.Worlds;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>
/// The worlds meet the engine: parameters come from the parameter home with their plausible ranges, a world's values set
/// a scenario, and a robust comparison reads real comparisons' runs the way the single-world ranking reads them.
/// </summary>
public class WorldParameterTests
{
    [Fact]
    public void the_default_uncertain_parameters_are_the_coefficients_over_their_plausible_ranges()
    {
        var coefficients = WorldParameter.Coefficients();

        Assert.NotEmpty(coefficients);
        Assert.All(coefficients, w =>
        {
            var p = ScenarioParameter.Find(w.Path)!;
            Assert.Equal(ParameterKind.Coefficient, p.Kind);
            Assert.True(w.Min < w.Max, w.Path);
            Assert.True(w.Min >= p.Range.Min && w.Max <= p.Range.Max, $"{w.Path}: {w.Min}–{w.Max} outside {p.Range.Min}–{p.Range.Max}");
            Assert.Equal(p.ValueType == typeof(int) ? WorldValueKind.Whole : p.ValueType == typeof(bool) ? WorldValueKind.Switch : WorldValueKind.Continuous, w.Kind);
        });
        Assert.DoesNotContain(coefficients, w => w.Path.StartsWith("mechanics.models.", StringComparison.Ordinal));
        Assert.Equal(coefficients.Count, coefficients.Select(c => c.Path).Distinct().Count());
    }

    [Fact]
    public void a_world_sets_its_values_on_a_scenario_in_every_workplace()
    {
        var scenario = new Scenario { Workplaces = [new WorkplaceSpec(), new WorkplaceSpec()] };
        WorldParameter[] parameters = [WorldParameter.From("workplace.employer.hostility"), WorldParameter.From("workplace.committee.initialMembers")];

        var world = WorldParameter.Apply(scenario, parameters, [0.75, 6.4]);

        Assert.All(world.Workplaces, w => Assert.Equal(0.75, w.Employer.Hostility));
        Assert.All(world.Workplaces, w => Assert.Equal(6, w.Committee.InitialMembers));
        Assert.Throws<ArgumentException>(() => WorldParameter.From("no.such.parameter"));
    }

    [Fact]
    public void a_robust_comparison_reads_real_comparisons_as_the_ranking_does()
    {
        var scenario = new Scenario { Weeks = 20, Workplaces = [new WorkplaceSpec { Workers = 30, Departments = 2 }] };
        WorldParameter[] parameters = [WorldParameter.From("workplace.employer.hostility")];
        var weights = new RankingWeights();
        var worlds = LatinHypercube.Sample(parameters, 3, seed: 1).Select(values =>
        {
            var world = WorldParameter.Apply(scenario, parameters, values);
            var result = ComparisonRunner.Run(new ComparisonRequest { Scenario = world, Models = ModelCatalog.Ids, Replications = 3, Resamples = 0, MaxDegreeOfParallelism = 2 });
            return RobustComparison.WorldFrom(values, result.Models, world);
        }).ToArray();

        var criteria = RobustComparison.CriteriaFor(scenario, weights);
        var ranking = RobustComparison.Rank(criteria, worlds);

        Assert.Equal(Ranking.CriteriaFor(scenario).Select(c => (c.Name, c.HigherIsBetter, c.Matter)), criteria.Select(c => (c.Name, c.HigherIsBetter, c.Matter)));
        Assert.Equal([1, 1, 1, 0.5, 0.5], criteria.Select(c => c.Weight));
        Assert.All(worlds, w => Assert.All(w.Models, m => Assert.All(m.Criteria, runs => Assert.Equal(3, runs.Count))));
        Assert.Equal(3, ranking.Worlds.Count);
        Assert.Equal(1.0, ranking.Models.Sum(m => m.BestShare), 12);
        Assert.All(ranking.Worlds, w => Assert.Contains(w.Leader, w.First));
    }
}
