using System.Collections.Concurrent;
using BenchmarkDotNet.Running;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Benchmarks.Columns;

/// <summary>Reads the Workers and Model parameters of a benchmark case.</summary>
internal static class CaseParameters
{
    private static readonly ConcurrentDictionary<(int Workers, string Model), int> Counts = new();

    public static int Workers(BenchmarkCase c) => Convert.ToInt32(c.Parameters["Workers"], System.Globalization.CultureInfo.InvariantCulture);

    public static string Model(BenchmarkCase c) => (string)c.Parameters["Model"];

    /// <summary>Events in the seed-1 run of the case's scenario and model (run once, in the host process).</summary>
    public static int Events(BenchmarkCase c) =>
        Counts.GetOrAdd((Workers(c), Model(c)),
            k => CampaignEngine.Run(BenchmarkScenarios.SingleWorkplace(k.Workers), k.Model, 1).Events.Count);
}
