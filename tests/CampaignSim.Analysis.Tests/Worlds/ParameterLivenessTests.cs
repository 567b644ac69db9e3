using CampaignSim.Analysis.Worlds;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>
/// A parameter of a mechanism the workplace never sets off cannot describe the worlds where a model wins there: where a
/// union is present from the start there is no recognition drive, so the drive's heat changes nothing, while the chance
/// of a captive-audience meeting outside a drive does; and where no union is present, the drive's heat acts.
/// </summary>
public class ParameterLivenessTests
{
    private static readonly WorldParameter[] Two = [WorldParameter.From("mechanics.employer.driveHeatFactor"), WorldParameter.From("mechanics.employer.captiveAudienceChance")];

    private static Scenario Workplace(bool union) => new()
    {
        Weeks = 78,
        Workplaces = [new WorkplaceSpec { Workers = 60, Union = new UnionSpec { Present = union }, Employer = new EmployerSpec { Hostility = 0.9 } }],
    };

    [Fact]
    public void a_drives_heat_is_inert_where_a_union_is_present_and_live_where_a_drive_runs()
    {
        Assert.Equal([false, true], ParameterLiveness.Live(Workplace(union: true), Two, ["militant-mainstream"], cancellationToken: TestContext.Current.CancellationToken));
        Assert.True(ParameterLiveness.Live(Workplace(union: false), Two, ["militant-mainstream"], seeds: 4, cancellationToken: TestContext.Current.CancellationToken)[0]);
    }

    [Fact]
    public void discovery_never_describes_the_worlds_by_a_parameter_marked_inert()
    {
        // Two parameters; the challenger wins exactly where the first is high, but the first is marked inert.
        var parameters = new[] { new WorldParameter("inert", WorldValueKind.Continuous, 0, 1), new WorldParameter("noise", WorldValueKind.Continuous, 0, 1) };
        var points = LatinHypercube.Sample(parameters, 60, 9);
        WorldCriterion[] wages = [new("wages", HigherIsBetter: true, Weight: 1, Matter: 0.25)];
        static ModelRuns Runs(string id, double wage) => new(id, [Enumerable.Repeat(wage, 5).ToArray()]);
        var ranking = RobustComparison.Rank(wages, points.Select(v => new WorldRuns(v,
            [Runs("militant-mainstream", 3), Runs("caucus-grassroots", v[0] > 0.6 ? 4 : 2)])).ToArray());

        var found = ScenarioDiscovery.WhereWinnerChanges(ranking, parameters);
        Assert.Contains(found.Single().Prim.Box.Limits, l => l.Path == "inert");
        var honest = ScenarioDiscovery.WhereWinnerChanges(ranking, parameters, live: [false, true]);
        Assert.DoesNotContain(honest.SelectMany(d => d.Prim.Box.Limits), l => l.Path == "inert");
        Assert.DoesNotContain(honest.SelectMany(d => d.Tree.Leaves.SelectMany(leaf => leaf.Limits)), l => l.Path == "inert");
    }
}
