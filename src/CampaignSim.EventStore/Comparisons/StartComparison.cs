namespace CampaignSim.EventStore.Comparisons;

/// <summary>Command: open a comparison's stream and queue its runs.</summary>
/// <param name="ComparisonId">Stream id of the comparison.</param>
/// <param name="Started">The opening event; its runs are queued in blocks of <see cref="ComparisonStarted.BlockSize"/>
/// (one <see cref="SimulateRuns"/> message each).</param>
public sealed record StartComparison(Guid ComparisonId, ComparisonStarted Started);
