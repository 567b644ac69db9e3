namespace CampaignSim.EventStore;

/// <summary>Where a running batch of comparisons stands, as its coordinator sees it.</summary>
/// <param name="RecordedRuns">Runs recorded so far, over every comparison of the batch.</param>
/// <param name="ExpectedRuns">Runs the batch consists of.</param>
/// <param name="WorkersActive">Worker processes of this engine version alive on the database (distributed batches
/// only; null otherwise), read from Wolverine's node table.</param>
/// <param name="OtherEngineWorkers">Live worker processes of another engine version, which take none of these runs.</param>
public sealed record JobProgress(int RecordedRuns, int ExpectedRuns, int? WorkersActive, int OtherEngineWorkers);
