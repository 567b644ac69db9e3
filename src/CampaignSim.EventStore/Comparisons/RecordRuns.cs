namespace CampaignSim.EventStore.Comparisons;

/// <summary>Message: record finished runs on the comparison's stream (handled one at a time per process).</summary>
/// <param name="ComparisonId">Stream id of the comparison (the aggregate handled).</param>
/// <param name="Runs">The runs.</param>
public sealed record RecordRuns(Guid ComparisonId, IReadOnlyList<RunRecorded> Runs);
