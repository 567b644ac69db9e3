using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Benchmarks;

/// <summary>Reads the Workers and Model parameters of a benchmark case.</summary>
internal static class CaseParameters
{
    public static int Workers(BenchmarkCase c) => Convert.ToInt32(c.Parameters["Workers"]);

    public static string Model(BenchmarkCase c) => (string)c.Parameters["Model"];

    private static readonly ConcurrentDictionary<(int, string), int> Counts = new();

    /// <summary>Events in the seed-1 run of the case's scenario and model (run once, in the host process).</summary>
    public static int Events(BenchmarkCase c) =>
        Counts.GetOrAdd((Workers(c), Model(c)),
            k => CampaignEngine.Run(BenchmarkScenarios.SingleWorkplace(k.Item1), k.Item2, 1).Events.Count);
}

/// <summary>Base for the derived columns (right-aligned numbers, shown by default).</summary>
internal abstract class DerivedColumn(string id, string header, string legend) : IColumn
{
    public string Id => id;
    public string ColumnName => header;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    protected static double? MeanNanoseconds(Summary summary, BenchmarkCase c) =>
        summary[c]?.ResultStatistics?.Mean;
}

/// <summary>Events in the run measured (seed 1).</summary>
internal sealed class EventCountColumn() : DerivedColumn("Events", "Events", "Events in one run (seed 1)")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        CaseParameters.Events(benchmarkCase).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Mean time divided by the events in the run.</summary>
internal sealed class PerEventColumn() : DerivedColumn("NsPerEvent", "ns/event", "Mean / Events, in nanoseconds")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        MeanNanoseconds(summary, benchmarkCase) is { } ns
            ? (ns / CaseParameters.Events(benchmarkCase)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : "NA";
}

/// <summary>Workers × 104 weeks divided by the mean time of one run: single-threaded simulation throughput.</summary>
internal sealed class WorkerWeeksPerSecondColumn()
    : DerivedColumn("WorkerWeeksPerSecond", "Mww/s", "Million worker-weeks per second: Workers × 104 / Mean (one core)")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        MeanNanoseconds(summary, benchmarkCase) is { } ns
            ? (CaseParameters.Workers(benchmarkCase) * (double)BenchmarkScenarios.Weeks / ns * 1e3)
                .ToString("N2", System.Globalization.CultureInfo.InvariantCulture)
            : "NA";
}
