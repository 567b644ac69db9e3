namespace CampaignSim.EventStore.Comparisons;

/// <summary>Message: complete the comparison if every block of its runs is recorded (sent after each block is).</summary>
/// <param name="ComparisonId">Stream id of the comparison.</param>
public sealed record CompleteComparison(Guid ComparisonId);
