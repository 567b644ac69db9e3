using System.Globalization;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Runs;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>A run simulated ahead of a benchmark, so that only writing it is measured.</summary>
internal sealed record SimulatedRun(Guid RunId, RunPlacement Placement, IReadOnlyList<CampaignEvent> Events)
{
    public string HeadersJson => string.Create(CultureInfo.InvariantCulture,
        $$"""{"comparison": "{{Placement.Comparison}}", "replication": "{{Placement.Replication}}", "comparison-id": "{{Placement.ComparisonId}}"}""");

    /// <summary>Every run of a comparison, in model-then-replication order.</summary>
    public static SimulatedRun[] All(ComparisonRequest request, string comparison)
    {
        var hash = ScenarioHash.Compute(request.Scenario);
        var jobs = request.Models.SelectMany(m => Enumerable.Range(0, request.Replications).Select(r => (m, r))).ToArray();
        var runs = new SimulatedRun[jobs.Length];
        Parallel.For(0, jobs.Length, k =>
        {
            var (model, replication) = jobs[k];
            var events = CampaignEngine.Run(request.Scenario, model, request.SeedFor(replication), hash).Events;
            runs[k] = new SimulatedRun(RunIds.Run(comparison, model, replication), new RunPlacement(RunIds.Comparison(comparison), comparison, replication), events);
        });
        return runs;
    }
}
