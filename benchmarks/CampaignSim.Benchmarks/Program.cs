using BenchmarkDotNet.Running;

namespace CampaignSim.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/CampaignSim.Benchmarks -- --filter '*'</c>.
/// See <c>docs/performance.md</c> for the commands used and the recorded results.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
