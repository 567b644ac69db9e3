namespace CampaignSim.EventStore.Runs;

/// <summary>Where a run belongs: its comparison and replication (kept as headers on the run's first event).</summary>
internal sealed record RunPlacement(Guid ComparisonId, string Comparison, int Replication);
