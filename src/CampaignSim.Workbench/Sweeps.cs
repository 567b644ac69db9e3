using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Reports;
using CampaignSim.Reports.Output;

namespace CampaignSim.Workbench;

/// <summary>What the page sends to sweep one setting: the scenario and its settings as for a comparison, the setting and its values.</summary>
public sealed class SweepBody
{
    /// <summary>The scenario, settings, runs per value, seed, weights and smallest differences, as for one comparison.</summary>
    public ComparisonBody Comparison { get; set; } = new();

    /// <summary>The setting swept, as <c>--set</c> names it.</summary>
    public string? Path { get; set; }

    /// <summary>Its values, in order.</summary>
    public List<string>? Values { get; set; }
}

/// <summary>
/// One setting across a few values, a full comparison at each (one after another, each with the same seeds), as
/// <c>campaignsim sweep --param PATH=V1,V2,…</c> runs it: the page shows who is best at each value.
/// </summary>
public sealed class SweepJob : ComparisonSeries
{
    internal SweepJob(string id, string path, IReadOnlyList<ComparisonInput> points, IReadOnlyList<string> values)
        : base(id, points.Sum(p => p.Runs * p.Request(1).Models.Count(m => ComparisonRunner.NotApplicableBecause(p.Loaded.Scenario, m) is null)))
    {
        Path = path;
        Points = points;
        Values = values;
    }

    /// <summary>The setting swept.</summary>
    public string Path { get; }

    /// <summary>The comparison at each value.</summary>
    public IReadOnlyList<ComparisonInput> Points { get; }

    /// <summary>The values, in order.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <inheritdoc />
    protected override IEnumerable<ComparisonRequest> Requests(int? threads) => Points.Select(p => p.Request(threads));
}

/// <summary>The page's view of a sweep: progress, who is first at each value under the weights asked for, and a chart of it.</summary>
public static class SweepViews
{
    /// <summary>Most values in one sweep from the page.</summary>
    public const int MaxValues = 12;

    /// <summary>Most runs per model over all the values of one sweep from the page.</summary>
    public const int MaxRuns = 4000;

    /// <summary>Checks the body and loads the scenario at every value; a value the loader refuses is a 422 naming it.</summary>
    public static (string Path, IReadOnlyList<string> Values, IReadOnlyList<ComparisonInput> Points) Check(SweepBody body, WorkbenchOptions options, ScenarioLibrary library)
    {
        var path = body.Path?.Trim();
        if (string.IsNullOrEmpty(path) || Scenarios.ScenarioField.Describe(path) is null)
        {
            throw new BadInputException("choose the setting to sweep");
        }

        var values = (body.Values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (values.Count < 2 || values.Count > MaxValues || values.Any(v => v.Length == 0 || v.Contains('=', StringComparison.Ordinal)))
        {
            throw new BadInputException($"give from 2 to {MaxValues} values to sweep, none of them empty");
        }

        if (values.Distinct().Count() != values.Count)
        {
            throw new BadInputException("each value may be swept only once");
        }

        var runs = body.Comparison.Runs ?? ComparisonInput.DefaultRuns;
        if (runs * values.Count > MaxRuns)
        {
            throw new BadInputException($"a sweep from the page runs at most {Numbers.Whole(MaxRuns)} campaigns per model in all; {values.Count} values × {runs} runs is {Numbers.Whole(values.Count * runs)}. "
                + "Give fewer runs or fewer values ('campaignsim sweep' runs more)");
        }

        var sets = (body.Comparison.Sets ?? []).Where(s => s is not null && !SameSetting(s, path)).ToList();
        var points = new List<ComparisonInput>();
        foreach (var value in values)
        {
            var comparison = new ComparisonBody
            {
                Scenario = body.Comparison.Scenario,
                Yaml = body.Comparison.Yaml,
                Sets = [.. sets, $"{path}={value}"],
                Runs = runs,
                Seed = body.Comparison.Seed,
                Weights = body.Comparison.Weights,
                Matter = body.Comparison.Matter,
            };
            try
            {
                points.Add(ComparisonInput.From(comparison, options, library));
            }
            catch (Scenarios.ScenarioException e)
            {
                throw new BadInputException($"{ParameterLabels.For(path)} cannot be {value}: {e.Errors.FirstOrDefault()?.Message ?? e.Message}");
            }
        }

        return (path, values, points);
    }

    /// <summary>The sweep under <paramref name="weights"/> and <paramref name="matter"/>: every value done so far re-ranked (nothing is run again).</summary>
    public static object Of(SweepJob sweep, RankingWeights weights, DifferencesThatMatter matter)
    {
        // The state first: a sweep that ends between the two reads must not be shown done with a value missing.
        var state = sweep.State;
        var results = sweep.Results.Select(r => ResultViews.Reranked(r, weights, matter)).ToList();
        var label = ParameterLabels.For(sweep.Path);
        var points = results.Select((r, k) => new
        {
            value = sweep.Values[k],
            first = r.FirstPlace.Select(f => ComparisonReport.Name(f.ModelId)).ToList(),
            tied = r.Tied,
            clear = r.ClearWinner is not null,
            best = Best(r),
            ranking = r.Ranking.Select(x => new
            {
                model = x.ModelId,
                name = ComparisonReport.Name(x.ModelId),
                rank = x.Rank,
                firstIn = double.IsNaN(x.PBest) ? "–" : BottomLine.Share(x.PBest),
                first = x.First,
            }).ToList(),
        }).ToList();
        var first = sweep.Points[0];
        return new
        {
            id = sweep.Id,
            state,
            error = sweep.Error,
            path = sweep.Path,
            label,
            values = sweep.Values,
            runs = first.Runs,
            pointsDone = results.Count,
            runsDone = sweep.RunsDone,
            runsTotal = sweep.RunsTotal,
            finishedMs = sweep.FinishedMs,
            command = Command(sweep, weights, matter),
            points,
            chart = results.Count == 0 ? "" : HtmlRenderer.RenderBlocks([Chart(sweep, results, label)]),
        };
    }

    /// <summary>"Militant mainstream unionism", "tied: A and B" or "no clear winner (A first in 55%)".</summary>
    private static string Best(ComparisonResult r)
    {
        if (r.Ranking.Count == 0)
        {
            return "no model applies";
        }

        if (r.Tied)
        {
            var names = r.FirstPlace.Select(f => ComparisonReport.Name(f.ModelId)).ToList();
            return "tied: " + ComparisonReport.Join(names);
        }

        var top = r.Ranking[0];
        return r.ClearWinner is not null || double.IsNaN(top.PBest)
            ? ComparisonReport.Name(top.ModelId)
            : $"no clear winner ({ComparisonReport.Name(r.Ranking.OrderByDescending(x => x.PBest).First().ModelId)} first in {BottomLine.Share(r.Ranking.Max(x => x.PBest))})";
    }

    private static ChartBlock Chart(SweepJob sweep, IReadOnlyList<ComparisonResult> results, string label)
    {
        var labels = sweep.Values.Take(results.Count).ToList();
        var models = results.SelectMany(r => r.Ranking.Select(x => x.ModelId)).Distinct()
            .OrderBy(m => Domain.OrganizingModels.ModelCatalog.Ids.ToList().IndexOf(m)).ToList();
        var series = models.Select(m =>
        {
            var values = results.Select(r => r.Ranking.FirstOrDefault(x => x.ModelId == m) is { PBest: var p } && !double.IsNaN(p) ? p * 100 : 0).ToArray();
            return new PointSeries(ComparisonReport.ShortName(m), values, values, values, SvgCharts.ColorFor(m));
        }).ToList();
        return new ChartBlock(SvgCharts.AcrossPoints($"How often each model comes first, by {label.ToLowerInvariant()}", "% of resamples", labels, series, 100),
            $"At each value of {label.ToLowerInvariant()} (across), the share of resamples of the runs in which each model comes first under your weights "
            + "(a first place shared by several models counts as shared).");
    }

    private static string Command(SweepJob sweep, RankingWeights weights, DifferencesThatMatter matter)
    {
        var first = sweep.Points[0];
        var args = first.CompareArguments(weights, matter).ToList();
        args[0] = "sweep";
        var sets = args.Select((a, k) => (a, k)).Where(x => x.a == "--set" && x.k + 1 < args.Count && SameSetting(args[x.k + 1], sweep.Path)).Select(x => x.k).ToList();
        foreach (var k in sets.OrderDescending())
        {
            args.RemoveRange(k, 2);
        }

        var at = args.IndexOf("--out");
        args.InsertRange(at, ["--param", $"{sweep.Path}={string.Join(',', sweep.Values)}"]);
        args[^1] = ComparisonInput.OutFolder + "-sweep";
        return string.Join(' ', args.Select(ComparisonInput.Quote).Prepend("campaignsim"));
    }

    private static bool SameSetting(string set, string path) =>
        set.Split('=', 2)[0].Trim() is var p && (p == path || Normal(p) == Normal(path));

    private static string Normal(string path) =>
        path.StartsWith("workplace.", StringComparison.Ordinal) ? "workplaces[0]" + path["workplace".Length..] : path;
}
