namespace CampaignSim.EventStore.Comparisons;

/// <summary>Message: simulate (or recover) a block of consecutive replications of one model.</summary>
/// <param name="ComparisonId">Stream id of the comparison.</param>
/// <param name="ModelIndex">Index of the model in <see cref="ComparisonStarted.Models"/>.</param>
/// <param name="FirstReplication">First replication of the block.</param>
/// <param name="Count">Replications in the block.</param>
public sealed record SimulateRuns(Guid ComparisonId, int ModelIndex, int FirstReplication, int Count);
