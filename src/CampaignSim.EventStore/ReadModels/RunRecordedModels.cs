using CampaignSim.EventStore.Comparisons;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>Read models of a run from its <see cref="RunRecorded"/> summary (runs whose stream is not kept).</summary>
internal static class RunRecordedModels
{
    public static RunOutcome Outcome(Guid comparisonId, ComparisonStarted? started, RunRecorded r) => new()
    {
        Id = r.RunId,
        ComparisonId = comparisonId,
        Comparison = started?.Name ?? "",
        ModelId = r.ModelId,
        Replication = r.Replication,
        Seed = r.Seed,
        ScenarioHash = started?.ScenarioHash ?? "",
        EngineVersion = r.EngineVersion,
        EventCount = r.EventCount,
        StreamHash = r.StreamHash,
        StreamStored = r.StreamStored,
        Outcome = r.Outcome,
    };

    public static RunTimeline Timeline(Guid comparisonId, RunRecorded r) => new()
    {
        Id = r.RunId,
        ComparisonId = comparisonId,
        ModelId = r.ModelId,
        Replication = r.Replication,
        Timeline = r.Timeline,
    };
}
