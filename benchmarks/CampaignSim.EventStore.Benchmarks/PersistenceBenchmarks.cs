using System.Globalization;
using BenchmarkDotNet.Attributes;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.EventStore.Runs;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>
/// Persisting a comparison of every model on a 200-worker, 104-week workplace, full streams kept, side by side with
/// the same comparison in memory and with the same rows written by raw binary COPY. Each iteration writes into a
/// fresh database (created, schema applied and dropped outside the measurement).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>InMemory</c>: <see cref="ComparisonRunner.Run"/>, the time the 3× target is measured against.</item>
/// <item><c>PersistedComparison</c>: <see cref="CampaignStore.RunComparisonAsync"/> with full streams: Wolverine
/// messages, simulation, stream hashes, Marten bulk insert, read models and the comparison stream.</item>
/// <item><c>PersistedComparisonSample</c>: the same with <c>StorageMode.Sample(10)</c> (10 streams per model kept,
/// outcomes of all).</item>
/// <item><c>MartenBulkInsert</c> and <c>RawBinaryCopy</c>: only writing the pre-simulated streams, 25 runs per
/// transaction on one connection, the first with Marten's BulkInsertEventsAsync, the second by hand.</item>
/// </list>
/// </remarks>
[Config(typeof(PersistenceConfig))]
public class PersistenceBenchmarks
{
    private const int RunsPerTransaction = 25;
    private SimulatedRun[] _runs = [];
    private ComparisonRequest _request = null!;
    private string _database = "";
    private CampaignStore? _store;
    private DocumentStore? _marten;
    private int _iteration;

    /// <summary>Replications per model (6 models); CAMPAIGNSIM_BENCH_REPLICATIONS, default 100.</summary>
    [ParamsSource(nameof(ReplicationSizes))]
    public int Replications { get; set; }

    public static IEnumerable<int> ReplicationSizes() =>
        (Environment.GetEnvironmentVariable("CAMPAIGNSIM_BENCH_REPLICATIONS") ?? "100")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        _request = new ComparisonRequest
        {
            Scenario = new Scenario { Name = "Benchmark, 200 workers", Weeks = 104, Workplaces = [new WorkplaceSpec { Workers = 200 }] },
            Models = ModelCatalog.Ids,
            Replications = Replications,
        };
        _runs = SimulatedRun.All(_request, "bench");
        var events = _runs.Sum(r => (long)r.Events.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {_runs.Length} runs, {events} events, {events / (double)_runs.Length:F0} events per run"));
    }

    [IterationSetup(Targets = [nameof(PersistedComparison), nameof(PersistedComparisonSample)])]
    public void ConnectStore()
    {
        _database = BenchmarkServer.CreateDatabase();
        _store = CampaignStore.ConnectAsync(_database).GetAwaiter().GetResult();
    }

    [IterationSetup(Targets = [nameof(MartenBulkInsert), nameof(RawBinaryCopy)])]
    public void CreateSchema()
    {
        _database = BenchmarkServer.CreateDatabase();
        _marten = DocumentStore.For(o => Hosting.MartenSetup.Configure(o, _database, "campaignsim"));
        _marten.Storage.ApplyAllConfiguredChangesToDatabaseAsync().GetAwaiter().GetResult();
        RawCopy.CreateTablesAsync(_database, "campaignsim").GetAwaiter().GetResult();
    }

    [IterationCleanup(Targets = [nameof(PersistedComparison), nameof(PersistedComparisonSample), nameof(MartenBulkInsert), nameof(RawBinaryCopy)])]
    public void DropDatabase()
    {
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store = null;
        _marten?.Dispose();
        _marten = null;
        BenchmarkServer.DropDatabase(_database);
    }

    [Benchmark(Baseline = true)]
    public ComparisonResult InMemory() => ComparisonRunner.Run(_request);

    [Benchmark]
    public Task<ComparisonResult> PersistedComparison() =>
        _store!.RunComparisonAsync(_request, "bench-" + _iteration++, StorageMode.Full);

    [Benchmark]
    public Task<ComparisonResult> PersistedComparisonSample() =>
        _store!.RunComparisonAsync(_request, "bench-sample-" + _iteration++, StorageMode.Sample(10));

    [Benchmark]
    public async Task MartenBulkInsert()
    {
        var registry = (IEventRegistry)_marten!.Options.Events;
        foreach (var block in _runs.Chunk(RunsPerTransaction))
        {
            var actions = block.Select(r => RunStreams.Start(registry, r.RunId, r.Placement, r.Events)).ToArray();
            await _marten.BulkInsertEventsAsync(actions, 50_000);
        }
    }

    [Benchmark]
    public async Task RawBinaryCopy()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        var sequence = 1L;
        foreach (var block in _runs.Chunk(RunsPerTransaction))
            sequence = await RawCopy.WriteAsync(connection, block, sequence, RawCopy.Json);
    }
}
