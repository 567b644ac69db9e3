using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.Comparisons;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// Builds a <see cref="ComparisonResult"/> from a comparison's recorded runs with the engine's own
/// <see cref="ComparisonRunner.Summarize"/> (so a stored comparison reports exactly the in-memory numbers).
/// </summary>
internal static class RecordedComparison
{
    public static ComparisonResult Build(ComparisonStarted started, IEnumerable<RunRecorded> recorded)
    {
        var request = started.ToRequest();
        var byModel = recorded.GroupBy(r => r.ModelId).ToDictionary(g => g.Key, g => g.DistinctBy(r => r.Replication).OrderBy(r => r.Replication).ToArray());
        var perModel = new (IReadOnlyList<RunSummary>, WeeklyMeans)?[started.Models.Count];
        for (var m = 0; m < started.Models.Count; m++)
        {
            var modelId = started.Models[m];
            if (started.NotApplicableReasons[m] is not null) continue;
            var runs = byModel.GetValueOrDefault(modelId) ?? [];
            if (runs.Length != started.Replications)
                throw new EventStoreException($"Comparison '{started.Name}' is incomplete: {runs.Length} of {started.Replications} runs of {modelId} are recorded.");
            perModel[m] = (runs.Select(r => new RunSummary(r.ModelId, r.Replication, r.Seed, r.Outcome, r.EventCount, r.StreamHash)).ToArray(),
                WeeklyAccumulator.Of(runs.Select(r => r.Timeline).ToArray()));
        }

        return ComparisonRunner.Summarize(request, started.ScenarioHash, started.NotApplicableReasons, perModel);
    }
}
