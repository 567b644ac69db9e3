using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Workbench;

/// <summary>
/// Runs a comparison in blocks of replications (every model, replications 0–4, then up to 19, 49, 99, 199, …) and
/// summarises after each block, so a page can show a first answer within a second and watch it sharpen. Runs use the
/// same seeds as <see cref="ComparisonRunner.Run"/>, and the last summary is <see cref="ComparisonRunner.Summarize"/>
/// of the same runs with the same request, so it is exactly what <c>compare</c> reports.
/// </summary>
public static class ProgressiveComparison
{
    /// <summary>Bootstrap resamples for the summaries before the last (the last uses the request's).</summary>
    public const int PreviewResamples = 200;

    /// <summary>Replications done after each block, ending at <paramref name="replications"/>.</summary>
    public static IReadOnlyList<int> Blocks(int replications)
    {
        var ends = new List<int>();
        foreach (var end in new[] { 5, 20, 50, 100 })
        {
            if (end < replications)
            {
                ends.Add(end);
            }
        }

        for (var end = 200; end < replications; end += 100)
        {
            ends.Add(end);
        }

        ends.Add(replications);
        return ends;
    }

    /// <summary>Runs the comparison; <paramref name="onSummary"/> gets each block's summary and the replications done.</summary>
    public static ComparisonResult Run(ComparisonRequest request, Action<ComparisonResult, int> onSummary, Action? onRunCompleted = null,
        CancellationToken cancellationToken = default)
    {
        var hash = ScenarioHash.Compute(request.Scenario);
        var models = request.Models.Select(ModelCatalog.Get).ToArray();
        var reasons = models.Select(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m.Id)).ToArray();
        var applicable = Enumerable.Range(0, models.Length).Where(m => reasons[m] is null).ToArray();
        var n = request.Replications;
        var runs = models.Select(_ => new RunTable.Builder(n)).ToArray();
        var weekly = models.Select(_ => new WeeklyAccumulator()).ToArray();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = request.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        ComparisonResult? last = null;
        var from = 0;
        foreach (var to in Blocks(n))
        {
            var jobs = Enumerable.Range(from, to - from).SelectMany(r => applicable.Select(m => (m, r))).ToArray();
            Parallel.For(0, jobs.Length, options, k =>
            {
                var (m, r) = jobs[k];
                var (summary, result) = ComparisonRunner.Replicate(request, models[m].Id, r, hash);
                runs[m].Set(summary);
                weekly[m].Add(r, CampaignTimeline.From(result.State));
                onRunCompleted?.Invoke();
            });

            var done = to;
            var summaryRequest = done == n ? request : request with { Replications = done, Resamples = Math.Min(request.Resamples, PreviewResamples) };
            last = ComparisonRunner.Summarize(summaryRequest, hash, reasons,
                Enumerable.Range(0, models.Length)
                    .Select(m => reasons[m] is null
                        ? (runs[m].Build(done), weekly[m].Means())
                        : ((RunTable, WeeklyMeans)?)null)
                    .ToArray());
            onSummary(last, done);
            from = to;
        }

        return last!;
    }
}
