using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// Runs a comparison in memory: N replications × models, in parallel across runs (never inside one), each run
/// writing to its own slot so that results are identical whatever the thread count.
/// </summary>
public static class ComparisonRunner
{
    /// <summary>Why a model cannot be used in a scenario, or null when it can (checked on workplaces that take the compared model).</summary>
    public static string? NotApplicableBecause(Domain.ScenarioSpecs.Scenario scenario, string modelId)
    {
        var model = ModelCatalog.Get(modelId);
        return scenario.Workplaces.Where(w => w.Model is null)
            .Select(model.NotApplicableBecause)
            .FirstOrDefault(r => r is not null);
    }

    /// <summary>Runs the comparison. <paramref name="onRunCompleted"/> is called (from any thread) after each run.</summary>
    /// <param name="request">The comparison.</param>
    /// <param name="onRunCompleted">Called after each run, from any thread (progress).</param>
    /// <param name="cancellationToken">Stops at the next run.</param>
    /// <param name="onRun">
    /// Called from the worker thread with each finished run, its job index (applicable models in request order, then
    /// replications) and the run's events and state, before they are dropped. Jobs are taken in index order, so a consumer
    /// that writes them in order holds only about one run per thread.
    /// </param>
    public static ComparisonResult Run(ComparisonRequest request, Action? onRunCompleted = null, CancellationToken cancellationToken = default,
        Action<int, RunSummary, RunResult>? onRun = null)
    {
        var hash = ScenarioHash.Compute(request.Scenario);
        var models = request.Models.Select(ModelCatalog.Get).ToArray();
        var reasons = models.Select(m => NotApplicableBecause(request.Scenario, m.Id)).ToArray();
        var n = request.Replications;
        var runs = models.Select(_ => new RunTable.Builder(n)).ToArray();
        var weekly = models.Select(_ => new WeeklyAccumulator()).ToArray();
        var jobs = Enumerable.Range(0, models.Length).Where(m => reasons[m] is null)
            .SelectMany(m => Enumerable.Range(0, n).Select(r => (m, r))).ToArray();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = request.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var next = -1;
        Parallel.For(0, jobs.Length, options, _ =>
        {
            // Each iteration takes the next job in order rather than its own index, so jobs finish roughly in order and a
            // consumer writing them in order never waits on a job far ahead of the others.
            var k = Interlocked.Increment(ref next);
            var (m, r) = jobs[k];
            var (summary, result) = Replicate(request, models[m].Id, r, hash);
            runs[m].Set(summary);
            weekly[m].Add(r, CampaignTimeline.From(result.State));
            onRun?.Invoke(k, summary, result);
            onRunCompleted?.Invoke();
        });

        return Summarize(request, hash, reasons,
            Enumerable.Range(0, models.Length)
                .Select(m => reasons[m] is null
                    ? (runs[m].Build(), weekly[m].Means())
                    : ((RunTable, WeeklyMeans)?)null)
                .ToArray());
    }

    /// <summary>Replication <paramref name="replication"/> of a model: its run and the summary a comparison keeps of it.</summary>
    public static (RunSummary Summary, RunResult Result) Replicate(ComparisonRequest request, string modelId, int replication, string scenarioHash)
    {
        var seed = request.SeedFor(replication);
        var result = CampaignEngine.Run(request.Scenario, modelId, seed, scenarioHash);
        return (new RunSummary(modelId, replication, seed, result.Outcome, result.Events.Count,
            request.HashStreams ? EventJson.StreamHash(result.Events) : ""), result);
    }

    /// <summary>
    /// Summarises finished runs into a comparison result: per-model distributions, weekly means, paired differences
    /// against the baseline and the ranking. Used for in-memory comparisons and for comparisons read back from the
    /// event store, so both report exactly the same numbers for the same runs.
    /// </summary>
    /// <param name="request">The comparison asked for.</param>
    /// <param name="scenarioHash">Hash of its scenario.</param>
    /// <param name="reasons">Per requested model, why it does not apply, or null.</param>
    /// <param name="perModel">Per requested model, its runs in replication order and the weekly means of their
    /// timelines (null when not applicable).</param>
    public static ComparisonResult Summarize(
        ComparisonRequest request,
        string scenarioHash,
        IReadOnlyList<string?> reasons,
        IReadOnlyList<(RunTable Runs, WeeklyMeans Weekly)?> perModel)
    {
        var results = new List<ModelResult>();
        for (var m = 0; m < request.Models.Count; m++)
        {
            if (reasons[m] is not null || perModel[m] is not { } model)
            {
                results.Add(new ModelResult(request.Models[m], false, reasons[m], RunTable.Empty, [], new WeeklyMeans([], [], [])));
                continue;
            }
            var list = model.Runs;
            var outcomes = OutcomeMetric.All
                .Select(metric => new KeyValuePair<string, MetricSummary>(metric.Id, MetricSummary.Of(list.Values(metric), MetricKind.IsProportion(metric))))
                .ToArray();
            results.Add(new ModelResult(request.Models[m], true, null, list, outcomes, model.Weekly));
        }

        var draft = new ComparisonResult(request, scenarioHash, results, [], []);
        var baseline = draft.Baseline;
        var differences = baseline is null
            ? []
            : results.Where(r => r.Applicable && r.ModelId != baseline)
                .Select(r => new KeyValuePair<string, IReadOnlyList<PairedDifference>>(r.ModelId, Paired(r, draft[baseline])))
                .ToArray();
        return draft with { Differences = differences, Ranking = Ranking.Rank(results, request.Weights, request.Scenario, request.BaseSeed,
            request.Resamples, request.MaxDegreeOfParallelism, request.Matter) };
    }

    private static IReadOnlyList<PairedDifference> Paired(ModelResult model, ModelResult baseline) =>
        OutcomeMetric.All.Select(metric => PairedDifference.Of(metric, model.Runs, baseline.Runs)).ToArray();
}
