using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace CampaignSim.Benchmarks;

/// <summary>Adds the events-per-run and nanoseconds-per-event columns to a benchmark's table.</summary>
internal sealed class EventCountConfig : ManualConfig
{
    public EventCountConfig()
    {
        AddColumn(new EventCountColumn(), new PerEventColumn());
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(24);
    }
}

/// <summary>Adds the events-per-run and worker-weeks-per-second columns to a benchmark's table.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new EventCountColumn(), new WorkerWeeksPerSecondColumn());
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(24);
    }
}
