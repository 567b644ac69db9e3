using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using CampaignSim.Benchmarks.Columns;

namespace CampaignSim.Benchmarks;

/// <summary>Adds the events-per-run and worker-weeks-per-second columns to a benchmark's table.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new EventCountColumn(), new WorkerWeeksPerSecondColumn());
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(24);
    }
}
