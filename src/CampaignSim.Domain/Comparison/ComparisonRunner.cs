using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Comparison;

/// <summary>
/// Runs a comparison in memory: N replications × models, in parallel across runs (never inside one), each run
/// writing to its own slot so that results are identical whatever the thread count.
/// </summary>
public static class ComparisonRunner
{
    /// <summary>Why a model cannot be used in a scenario, or null when it can (checked on workplaces that take the compared model).</summary>
    public static string? NotApplicableBecause(Scenarios.Scenario scenario, string modelId)
    {
        var model = ModelCatalog.Get(modelId);
        return scenario.Workplaces.Where(w => w.Model is null)
            .Select(model.NotApplicableBecause)
            .FirstOrDefault(r => r is not null);
    }

    /// <summary>Runs the comparison. <paramref name="onRunCompleted"/> is called (from any thread) after each run.</summary>
    public static ComparisonResult Run(ComparisonRequest request, Action? onRunCompleted = null, CancellationToken cancellationToken = default)
    {
        var hash = ScenarioHash.Compute(request.Scenario);
        var models = request.Models.Select(ModelCatalog.Get).ToArray();
        var reasons = models.Select(m => NotApplicableBecause(request.Scenario, m.Id)).ToArray();
        var n = request.Replications;
        var runs = new RunSummary?[models.Length, n];
        var timelines = new CampaignTimeline?[models.Length, n];
        var jobs = Enumerable.Range(0, models.Length).Where(m => reasons[m] is null)
            .SelectMany(m => Enumerable.Range(0, n).Select(r => (m, r))).ToArray();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = request.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, jobs.Length, options, k =>
        {
            var (m, r) = jobs[k];
            var seed = request.SeedFor(r);
            var result = CampaignEngine.Run(request.Scenario, models[m].Id, seed, hash);
            runs[m, r] = new RunSummary(models[m].Id, r, seed, result.Outcome, result.Events.Count,
                request.HashStreams ? EventJson.StreamHash(result.Events) : "");
            timelines[m, r] = CampaignTimeline.From(result.State);
            onRunCompleted?.Invoke();
        });

        var results = new List<ModelResult>();
        for (var m = 0; m < models.Length; m++)
        {
            if (reasons[m] is not null)
            {
                results.Add(new ModelResult(models[m].Id, false, reasons[m], [], [], new WeeklyMeans([], [], [])));
                continue;
            }
            var list = Enumerable.Range(0, n).Select(r => runs[m, r]!).ToArray();
            var outcomes = OutcomeMetric.All
                .Select(metric => new KeyValuePair<string, MetricSummary>(metric.Id, MetricSummary.Of(list.Select(x => metric.Read(x.Outcome)).ToArray())))
                .ToArray();
            results.Add(new ModelResult(models[m].Id, true, null, list, outcomes, Weekly(Enumerable.Range(0, n).Select(r => timelines[m, r]!).ToArray())));
        }

        var draft = new ComparisonResult(request, hash, results, [], []);
        var baseline = draft.Baseline;
        var differences = baseline is null
            ? []
            : results.Where(r => r.Applicable && r.ModelId != baseline)
                .Select(r => new KeyValuePair<string, IReadOnlyList<PairedDifference>>(r.ModelId, Paired(r, draft[baseline])))
                .ToArray();
        return draft with { Differences = differences, Ranking = Ranking.Rank(results, request.Weights) };
    }

    private static IReadOnlyList<PairedDifference> Paired(ModelResult model, ModelResult baseline) =>
        OutcomeMetric.All.Select(metric =>
        {
            var diffs = model.Runs.Zip(baseline.Runs, (a, b) => metric.Read(a.Outcome) - metric.Read(b.Outcome)).ToArray();
            var mean = Statistics.Mean(diffs);
            var half = Statistics.HalfWidth95(diffs, mean);
            return new PairedDifference(metric.Id, mean, mean - half, mean + half);
        }).ToArray();

    private static WeeklyMeans Weekly(CampaignTimeline[] timelines)
    {
        var weeks = timelines[0].Committee.Length;
        var committee = new double[weeks];
        var participation = new double[weeks];
        var firings = new double[weeks];
        foreach (var t in timelines)
            for (var k = 0; k < weeks; k++)
            {
                committee[k] += t.Committee[k];
                participation[k] += t.Participation[k];
                firings[k] += t.FiringsToDate[k];
            }
        for (var k = 0; k < weeks; k++)
        {
            committee[k] /= timelines.Length;
            participation[k] /= timelines.Length;
            firings[k] /= timelines.Length;
        }
        return new WeeklyMeans(committee, participation, firings);
    }
}
