using System.Globalization;
using BenchmarkDotNet.Attributes;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Scenarios;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>
/// What storing outcomes and distributing the runs cost against the same comparison in memory, on the shipped
/// hospital scenario (600 workers; every model × N replications). Each iteration uses a fresh database, created,
/// connected and dropped outside the measurement.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>InMemory</c>: <see cref="ComparisonRunner.Run"/>, the reference.</item>
/// <item><c>StoredOutcomes</c>, <c>StoredSample10</c>: <see cref="CampaignStore.RunComparisonAsync(ComparisonRequest, string, StorageMode, IProgress{int}?, CancellationToken)"/>
/// in this process (local queue) keeping outcomes only, or the streams of 10 runs per model (target: 1.5×).</item>
/// <item><c>DistributedOneWorker</c>, <c>DistributedTwoWorkers</c>: the coordinator only queues the blocks on the
/// shared PostgreSQL queue; one or two worker stores (each its own Wolverine node, as a worker process is) take
/// them, outcomes only. The coordinator's store is connected with the workers, outside the measurement.</item>
/// </list>
/// </remarks>
[Config(typeof(PersistenceConfig))]
public class ScaleBenchmarks
{
    private ComparisonRequest _request = null!;
    private string _database = "";
    private CampaignStore? _coordinator;
    private readonly List<CampaignStore> _workers = [];
    private int _iteration;

    /// <summary>Replications per model; CAMPAIGNSIM_BENCH_REPLICATIONS, default 100.</summary>
    [ParamsSource(nameof(ReplicationSizes))]
    public int Replications { get; set; }

    public static IEnumerable<int> ReplicationSizes() => PersistenceBenchmarks.ReplicationSizes();

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Load(ScenarioCatalog.Shipped().Resolve("hospital-stewards")).Scenario;
        _request = new ComparisonRequest { Scenario = scenario, Models = ModelCatalog.Ids, Replications = Replications };
        var runs = ModelCatalog.Ids.Count(m => ComparisonRunner.NotApplicableBecause(scenario, m) is null) * Replications;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// hospital-stewards, {runs} runs"));
    }

    [IterationSetup(Targets = [nameof(StoredOutcomes), nameof(StoredSample10)])]
    public void ConnectLocal() => Connect(workers: 0);

    [IterationSetup(Target = nameof(DistributedOneWorker))]
    public void ConnectOneWorker() => Connect(workers: 1);

    [IterationSetup(Target = nameof(DistributedTwoWorkers))]
    public void ConnectTwoWorkers() => Connect(workers: 2);

    [IterationCleanup(Targets = [nameof(StoredOutcomes), nameof(StoredSample10), nameof(DistributedOneWorker), nameof(DistributedTwoWorkers)])]
    public void Disconnect()
    {
        foreach (var store in _workers.Append(_coordinator!)) store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _workers.Clear();
        _coordinator = null;
        BenchmarkServer.DropDatabase(_database);
    }

    [Benchmark(Baseline = true)]
    public ComparisonResult InMemory() => ComparisonRunner.Run(_request);

    [Benchmark]
    public Task<ComparisonResult> StoredOutcomes() =>
        _coordinator!.RunComparisonAsync(_request, "outcomes-" + _iteration++, StorageMode.OutcomesOnly);

    [Benchmark]
    public Task<ComparisonResult> StoredSample10() =>
        _coordinator!.RunComparisonAsync(_request, "sample-" + _iteration++, StorageMode.Sample(10));

    [Benchmark]
    public Task<ComparisonResult> DistributedOneWorker() =>
        _coordinator!.RunComparisonAsync(_request, "one-" + _iteration++, StorageMode.OutcomesOnly, distributed: true);

    [Benchmark]
    public Task<ComparisonResult> DistributedTwoWorkers() =>
        _coordinator!.RunComparisonAsync(_request, "two-" + _iteration++, StorageMode.OutcomesOnly, distributed: true);

    private void Connect(int workers)
    {
        _database = BenchmarkServer.CreateDatabase();
        _coordinator = CampaignStore.ConnectAsync(_database).GetAwaiter().GetResult();
        for (var k = 0; k < workers; k++)
        {
            // Two workers on two cores: each simulates on one, as two worker processes with --threads 1 would.
            var options = new CampaignStoreOptions { TakesSharedRuns = true, MaxParallelRuns = Environment.ProcessorCount / workers };
            _workers.Add(CampaignStore.ConnectAsync(_database, options).GetAwaiter().GetResult());
        }
    }
}
