using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CampaignSim.Benchmarks.Columns;

/// <summary>Events in the run measured (seed 1).</summary>
internal sealed class EventCountColumn() : DerivedColumn("Events", "Events", "Events in one run (seed 1)")
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        CaseParameters.Events(benchmarkCase).ToString("N0", CultureInfo.InvariantCulture);
}
