using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>
/// Seconds-long operations measured a few times each (one warm-up, then CAMPAIGNSIM_BENCH_ITERATIONS, default 3),
/// in process so the pre-simulated runs are built once.
/// </summary>
internal sealed class PersistenceConfig : ManualConfig
{
    public PersistenceConfig()
    {
        var iterations = int.Parse(Environment.GetEnvironmentVariable("CAMPAIGNSIM_BENCH_ITERATIONS") ?? "3", CultureInfo.InvariantCulture);
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(iterations)
            .WithToolchain(new InProcessNoEmitToolchain(TimeSpan.FromHours(3), logOutput: true)));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
