using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.Scenarios;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>
/// The client's work per recorded block, without a database: one block of <see cref="Runs"/> hospital-stewards runs
/// (600 workers, 104 weeks; 25 is the block size of a local comparison of 100 runs or more) turned into its
/// <see cref="RunsRecorded"/> event, that event written as the JSON the store keeps, and the stored JSON read back
/// into runs, as the summary and a replay read it. The runs are simulated in setup; only recording and reading are
/// measured. Divide by <see cref="Runs"/> for the cost per run.
/// </summary>
[Config(typeof(RecordingConfig))]
public class RecordingBenchmarks
{
    private FinishedRun[] _runs = [];
    private RunsRecorded _block = null!;
    private string _stored = "";

    /// <summary>Runs in the block.</summary>
    [Params(25)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Load(ScenarioCatalog.Shipped().Resolve("hospital-stewards")).Scenario;
        var hash = ScenarioHash.Compute(scenario);
        _runs = [.. Enumerable.Range(0, Runs).Select(i =>
        {
            var run = CampaignEngine.Run(scenario, "militant-mainstream", (ulong)(1 + i), hash);
            return new FinishedRun(run.Outcome, CampaignTimeline.From(run.State), run.Events.Count, "");
        })];
        _block = Record();
        _stored = JsonSerializer.Serialize(_block, EventJson.Options);
    }

    /// <summary>The block's event, its outcomes and timelines as columns.</summary>
    [Benchmark]
    public RunsRecorded Record() => RunsRecorded.Of(Guid.Empty, "bench", "militant-mainstream", 0, 1, 0, _runs);

    /// <summary>The block's event and the JSON written for it (as Marten serializes it).</summary>
    [Benchmark]
    public int RecordAndWrite() => JsonSerializer.SerializeToUtf8Bytes(Record(), EventJson.Options).Length;

    /// <summary>The stored JSON read back into one record per run (as the summary projection and a replay do).</summary>
    [Benchmark]
    public int Read() => (JsonSerializer.Deserialize<RunsRecorded>(_stored, EventJson.Options) ?? throw new InvalidOperationException()).Runs().Count;

    /// <summary>Short in-process runs: the setup simulates the block once, and nothing is built for a child process.</summary>
    private sealed class RecordingConfig : ManualConfig
    {
        public RecordingConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
