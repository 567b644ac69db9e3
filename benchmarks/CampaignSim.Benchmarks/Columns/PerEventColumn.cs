using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CampaignSim.Benchmarks.Columns;

/// <summary>Mean time divided by the events in the run.</summary>
internal sealed class PerEventColumn() : DerivedColumn("NsPerEvent", "ns/event", "Mean / Events, in nanoseconds")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        MeanNanoseconds(summary, benchmarkCase) is { } ns
            ? (ns / CaseParameters.Events(benchmarkCase)).ToString("N0", CultureInfo.InvariantCulture)
            : "NA";
}
