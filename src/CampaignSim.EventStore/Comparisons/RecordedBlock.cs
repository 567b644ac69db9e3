namespace CampaignSim.EventStore.Comparisons;

/// <summary>One block of a comparison's runs, as <see cref="ComparisonStarted.Blocks"/> lays them out.</summary>
/// <param name="StreamId">The stream its <see cref="RunsRecorded"/> event opens (<see cref="RunIds.Block"/>).</param>
/// <param name="ModelIndex">Index of its model in <see cref="ComparisonStarted.Models"/>.</param>
/// <param name="FirstReplication">Its first replication.</param>
/// <param name="Count">Its runs.</param>
/// <param name="Kept">How many of its runs (the first ones) keep their full stream.</param>
public sealed record RecordedBlock(Guid StreamId, int ModelIndex, int FirstReplication, int Count, int Kept);
