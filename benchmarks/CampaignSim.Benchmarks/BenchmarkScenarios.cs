using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Benchmarks;

/// <summary>The scenarios measured: the default single workplace, 104 weeks, at a given size.</summary>
internal static class BenchmarkScenarios
{
    /// <summary>Campaign length used by every benchmark (two years).</summary>
    public const int Weeks = 104;

    /// <summary>
    /// One workplace of <paramref name="workers"/> workers, all other parameters at their defaults except an officer
    /// election at week 52, so that all six models apply (caucus electoralism needs an election in the campaign).
    /// </summary>
    public static Scenario SingleWorkplace(int workers) => new()
    {
        Name = $"Benchmark, {workers} workers",
        Weeks = Weeks,
        Workplaces = [new WorkplaceSpec { Workers = workers, Union = new UnionSpec { NextElectionWeek = 52 } }],
    };
}
