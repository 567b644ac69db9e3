using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using CampaignSim.Benchmarks.Columns;

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
