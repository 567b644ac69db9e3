using BenchmarkDotNet.Attributes;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Benchmarks;

/// <summary>
/// One campaign run (<see cref="CampaignEngine.Run"/>) per organizing model, on a small (200) and a large (2,000)
/// workplace over 104 weeks. Throughput in worker-weeks per second is Workers × 104 / Mean (single-threaded).
/// The scenario hash is computed once in setup, as <c>ComparisonRunner</c> does, so only the loop is measured.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Config(typeof(ThroughputConfig))]
public class EngineBenchmarks
{
    private Scenario _scenario = null!;
    private string _hash = "";

    /// <summary>Workers in the single workplace: small and large configurations side by side.</summary>
    [Params(200, 2000)]
    public int Workers { get; set; }

    /// <summary>The organizing model run.</summary>
    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    /// <summary>The six model ids, in catalogue order.</summary>
    public static IEnumerable<string> Models => ModelCatalog.Ids;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = BenchmarkScenarios.SingleWorkplace(Workers);
        _hash = ScenarioHash.Compute(_scenario);
    }

    /// <summary>One 104-week run with seed 1.</summary>
    [Benchmark]
    public RunResult Run() => CampaignEngine.Run(_scenario, Model, 1, _hash);
}
