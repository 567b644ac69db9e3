using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CampaignSim.Benchmarks.Columns;

/// <summary>Workers × 104 weeks divided by the mean time of one run: single-threaded simulation throughput.</summary>
internal sealed class WorkerWeeksPerSecondColumn()
    : DerivedColumn("WorkerWeeksPerSecond", "Mww/s", "Million worker-weeks per second: Workers × 104 / Mean (one core)")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        MeanNanoseconds(summary, benchmarkCase) is { } ns
            ? (CaseParameters.Workers(benchmarkCase) * (double)BenchmarkScenarios.Weeks / ns * 1e3).ToString("N2", CultureInfo.InvariantCulture)
            : "NA";
}
