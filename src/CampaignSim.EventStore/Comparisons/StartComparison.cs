namespace CampaignSim.EventStore.Comparisons;

/// <summary>Command: open a comparison's stream and queue its runs.</summary>
/// <param name="ComparisonId">Stream id of the comparison.</param>
/// <param name="Started">The opening event.</param>
/// <param name="RunsPerMessage">Runs simulated per <see cref="SimulateRuns"/> message.</param>
public sealed record StartComparison(Guid ComparisonId, ComparisonStarted Started, int RunsPerMessage);
