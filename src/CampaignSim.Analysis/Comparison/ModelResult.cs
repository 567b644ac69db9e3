namespace CampaignSim.Analysis.Comparison;

/// <summary>What a comparison found for one model.</summary>
/// <param name="ModelId">Model id.</param>
/// <param name="Applicable">False when the model cannot be used in this scenario.</param>
/// <param name="NotApplicableReason">Why not, in plain words.</param>
/// <param name="Runs">The numbers of its runs, by replication (column by column: no object per run).</param>
/// <param name="Outcomes">Distribution of each metric (ids of <see cref="Domain.Outcomes.OutcomeMetric.All"/>), in report order.</param>
/// <param name="Weekly">Mean of each run's timeline, week by week.</param>
public sealed record ModelResult(
    string ModelId,
    bool Applicable,
    string? NotApplicableReason,
    RunTable Runs,
    IReadOnlyList<KeyValuePair<string, MetricSummary>> Outcomes,
    WeeklyMeans Weekly)
{
    /// <summary>The summary of a metric.</summary>
    public MetricSummary this[string metric] => Outcomes.First(o => o.Key == metric).Value;
}

/// <summary>Mean timeline over a model's runs (index = week).</summary>
/// <param name="Committee">Mean committee size.</param>
/// <param name="Participation">Mean of the week's peak action participation share.</param>
/// <param name="FiringsToDate">Mean firings so far.</param>
public sealed record WeeklyMeans(double[] Committee, double[] Participation, double[] FiringsToDate);
