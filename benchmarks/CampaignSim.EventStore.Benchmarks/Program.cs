using BenchmarkDotNet.Running;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>
/// Persistence benchmarks. PostgreSQL: CAMPAIGNSIM_BENCH_PG (a server connection string), else a throwaway server
/// started with scripts/pg-throwaway.sh in BenchmarkDotNet.Artifacts/pg/ and stopped at the end. Sizes: CAMPAIGNSIM_BENCH_REPLICATIONS
/// (replications per model, comma-separated; default 100). See docs/event-store.md, "Performance".
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
        finally
        {
            BenchmarkServer.StopIfStarted();
        }
    }
}
