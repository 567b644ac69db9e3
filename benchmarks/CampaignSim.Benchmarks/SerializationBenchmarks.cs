using BenchmarkDotNet.Attributes;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Benchmarks;

/// <summary>
/// Canonical serialization of one run's events (<see cref="EventJson.StreamHash"/>: JSON lines hashed with
/// SHA-256), for a small and a large workplace. The event count is printed in the table (Events column)
/// so the cost per event is Mean / Events.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Config(typeof(EventCountConfig))]
public class SerializationBenchmarks
{
    private IReadOnlyList<CampaignEvent> _events = [];

    /// <summary>Workers in the single workplace.</summary>
    [Params(200, 2000)]
    public int Workers { get; set; }

    /// <summary>The organizing model whose run is serialized.</summary>
    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    /// <summary>The six model ids, in catalogue order.</summary>
    public static IEnumerable<string> Models => ModelCatalog.Ids;

    [GlobalSetup]
    public void Setup() =>
        _events = CampaignEngine.Run(BenchmarkScenarios.SingleWorkplace(Workers), Model, 1).Events;

    /// <summary>Hash of the whole stream.</summary>
    [Benchmark]
    public string StreamHash() => EventJson.StreamHash(_events);
}
