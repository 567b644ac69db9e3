using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Tests;

/// <summary>Helpers to run seeded replications in tests.</summary>
internal static class Runs
{
    /// <summary>Runs <paramref name="replications"/> seeded runs of a model in parallel, in seed order.</summary>
    public static RunResult[] Of(Scenario scenario, string model, int replications, ulong firstSeed = 1)
    {
        var results = new RunResult[replications];
        Parallel.For(0, replications, r => results[r] = CampaignEngine.Run(scenario, model, firstSeed + (ulong)r));
        return results;
    }

    /// <summary>A one-workplace scenario built from the default workplace.</summary>
    public static Scenario Workplace(Func<WorkplaceSpec, WorkplaceSpec> edit, int weeks = 104) =>
        new() { Weeks = weeks, Workplaces = [edit(new WorkplaceSpec())] };

    /// <summary>A comparison of all applicable models.</summary>
    public static ComparisonResult Compare(Scenario scenario, int replications, params string[] models) =>
        ComparisonRunner.Run(new ComparisonRequest
        {
            Scenario = scenario,
            Models = models.Length == 0 ? ModelCatalog.Ids : models,
            Replications = replications,
        });
}
