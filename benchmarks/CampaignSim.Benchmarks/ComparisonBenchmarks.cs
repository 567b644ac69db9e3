using BenchmarkDotNet.Attributes;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Benchmarks;

/// <summary>
/// A full comparison as the command line runs it: six models × 1,000 replications of a 200-worker, 104-week
/// workplace, in parallel over every core. Target: under 10 s on a 2-core machine. Each invocation takes
/// seconds, so one launch with a single warm-up and five measured iterations is enough. With
/// <see cref="HashStreams"/> each run's event stream is also serialized and hashed.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ComparisonBenchmarks
{
    private ComparisonRequest _request = null!;

    /// <summary>Replications per model.</summary>
    [Params(1000)]
    public int Replications { get; set; }

    /// <summary>Whether every run's event stream is hashed as well.</summary>
    [Params(false, true)]
    public bool HashStreams { get; set; }

    [GlobalSetup]
    public void Setup() => _request = new ComparisonRequest
    {
        Scenario = BenchmarkScenarios.SingleWorkplace(200),
        Models = ModelCatalog.Ids,
        Replications = Replications,
        BaseSeed = 1,
        HashStreams = HashStreams,
    };

    /// <summary>Six models × <see cref="Replications"/> runs, summaries, paired differences and ranking.</summary>
    [Benchmark]
    public ComparisonResult Compare() => ComparisonRunner.Run(_request);
}
