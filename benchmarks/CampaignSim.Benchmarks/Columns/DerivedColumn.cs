using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CampaignSim.Benchmarks.Columns;

/// <summary>Base for the columns computed from a case's parameters and mean (right-aligned numbers, always shown).</summary>
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

    /// <summary>Mean time of the case in nanoseconds, or null when it did not run.</summary>
    protected static double? MeanNanoseconds(Summary summary, BenchmarkCase c) =>
        summary[c]?.ResultStatistics?.Mean;
}
