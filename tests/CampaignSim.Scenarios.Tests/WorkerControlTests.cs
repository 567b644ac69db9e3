using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Scenarios.Tests;

/// <summary>
/// Worker control is the share of a campaign's strategic decisions the rank and file take (docs/ODD.md §7.13): how a
/// problem on the floor is taken up, what to demand, whether and how to act, whether to strike, whether to settle. In
/// every shipped scenario the officer- and staff-run models must come out clearly below the worker-run ones.
/// </summary>
public class WorkerControlTests
{
    private const int Runs = 20;

    public static TheoryData<string> Shipped() => [.. ScenarioCatalog.Shipped().List().Select(e => e.FileName)];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void officer_run_models_leave_the_rank_and_file_far_fewer_decisions_than_worker_run_ones(string file)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(ScenarioCatalog.Shipped().Directory, file)).Scenario;
        double Control(string model) => Enumerable.Range(1, Runs).Average(seed => CampaignEngine.Run(scenario, model, (ulong)seed).Outcome.WorkerControl);
        bool Applies(string model) => scenario.Workplaces.All(w => w.Model is not null || ModelCatalog.Get(model).NotApplicableBecause(w) is null);

        var officerRun = new[] { "business-unionism", "militant-mainstream" }.Where(Applies).Select(Control).Max();
        var workerRun = new[] { "caucus-grassroots", "hybrid-dual-card", "independent-solidarity" }.Where(Applies).Select(Control).Min();

        Assert.True(workerRun > officerRun + 0.2, $"{file}: worker-run models at least {workerRun:P0}, officer-run at most {officerRun:P0}");
    }
}
