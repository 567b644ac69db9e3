using System.Text;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.Reports;
using CampaignSim.Reports.Output;
using CampaignSim.Reports.Story;

namespace CampaignSim.Workbench;

/// <summary>A model in the ranking, with its numbers also as the report prints them, so the page, the report and summary.json agree.</summary>
/// <param name="Model">Model id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Rank">Rank (1 for every model first on all the runs).</param>
/// <param name="Score">Weighted score, 0–1.</param>
/// <param name="PBest">Share of resamples in which it is first; null without resamples.</param>
/// <param name="Color">Its colour in the charts.</param>
/// <param name="BestIn">The share as the report prints it (<see cref="BottomLine.Share"/>): "85%", "&lt;1%"; "–" without resamples.</param>
/// <param name="ScoreText">The score as the report prints it, two decimals.</param>
/// <param name="First">Whether it is first on all the runs (alone, or tied with the leader).</param>
public sealed record RankView(string Model, string Name, int Rank, double Score, double? PBest, string Color, string BestIn, string ScoreText, bool First);

/// <summary>A section of the report as an HTML fragment (every text escaped by <see cref="HtmlRenderer"/>).</summary>
public sealed record SectionView(string Title, string Html);

/// <summary>
/// What the page shows of a comparison: progress, the answer, the ranking and the report's sections. While runs are still to
/// come, <c>Preliminary</c> says how many are done ("Preliminary: 20 of 200 runs per model.") and the answer names a winner
/// only when the resamples are decisive; once every run is done it is empty.
/// </summary>
public sealed record ComparisonView(
    string Id,
    string State,
    string? Error,
    int Summarized,
    int Runs,
    int RunsDone,
    int RunsTotal,
    long ElapsedMs,
    long? FirstSummaryMs,
    long? FinishedMs,
    string Command,
    string Weights,
    string Matter,
    string Answer,
    string Preliminary,
    IReadOnlyList<RankView> Ranking,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Sets,
    string Scenario,
    bool Unchanged = false);

/// <summary>Builds the page's views from the library's report code, so the page and report.html say the same.</summary>
public static class ResultViews
{
    /// <summary>The view of a job, with its summary re-ranked under <paramref name="weights"/> and <paramref name="matter"/> when given (no new runs).</summary>
    public static ComparisonView Of(ComparisonJob job, RankingWeights? weights = null, DifferencesThatMatter? matter = null)
    {
        var w = weights ?? job.Input.Weights;
        var d = matter ?? job.Input.Matter;
        var (summarized, summary) = job.Latest;
        if (job.Views.Count > 64)
        {
            job.Views.Clear();
        }

        var built = summary is null
            ? new BuiltView([], [], [], "")
            : job.Views.GetOrAdd((summarized, $"{w};{d}"), _ => Build(job, summary, w, d));
        return new ComparisonView(job.Id, job.State, job.Error, summarized, job.Request.Replications, job.RunsDone,
            job.Request.Replications * job.Applicable, job.ElapsedMs, job.FirstSummaryMs, job.FinishedMs, job.Input.CommandLine(w, d), w.ToString(),
            d.ToString(), built.Answer, Preliminary(job, summary), built.Ranking, built.Sections, built.Models, job.Input.Loaded.Sets,
            job.Input.Loaded.Scenario.Name);
    }

    /// <summary>Only the ranking and the answer under other weights or smallest differences: what a slider needs at once (the report sections follow).</summary>
    public static object Ranked(ComparisonJob job, RankingWeights weights, DifferencesThatMatter matter)
    {
        var (summarized, summary) = job.Latest;
        var ranked = summary is null ? null : Reranked(summary, weights, matter);
        return new
        {
            id = job.Id,
            state = job.State,
            summarized,
            runsDone = job.RunsDone,
            weights = weights.ToString(),
            matter = matter.ToString(),
            preliminary = Preliminary(job, summary),
            answer = ranked is null || ranked.Ranking.Count == 0 ? "" : BottomLine.Answer(ranked, job.Request.Replications),
            ranking = ranked is null ? [] : RankViews(ranked),
        };
    }

    /// <summary>"Preliminary: 20 of 200 runs per model." while the summary shown is of the first runs only; empty once every run is in it.</summary>
    private static string Preliminary(ComparisonJob job, ComparisonResult? summary) =>
        summary is null ? "" : BottomLine.PreliminaryLabel(summary, job.Request.Replications);

    private static List<RankView> RankViews(ComparisonResult ranked) =>
        ranked.Ranking.Select(r => new RankView(r.ModelId, ComparisonReport.Name(r.ModelId), r.Rank, r.Score,
            double.IsNaN(r.PBest) ? null : r.PBest, SvgCharts.ColorFor(r.ModelId), double.IsNaN(r.PBest) ? "–" : BottomLine.Share(r.PBest),
            Numbers.Fixed(r.Score, 2), r.First)).ToList();

    private static BuiltView Build(ComparisonJob job, ComparisonResult summary, RankingWeights w, DifferencesThatMatter d)
    {
        var ranked = Reranked(summary, w, d);
        var planned = job.Request.Replications;
        var sections = Sections(ComparisonReport.Build(Record(job, ranked, w, d), ComparisonInput.OutFolder, runsPlanned: planned));
        var answer = ranked.Ranking.Count == 0 ? "" : BottomLine.Answer(ranked, planned);
        return new BuiltView(RankViews(ranked), sections, summary.Models.Where(m => m.Applicable).Select(m => m.ModelId).ToList(), answer);
    }

    /// <summary>The same runs ranked under other weights and smallest differences, exactly as <see cref="ComparisonRunner.Summarize"/> ranks them.</summary>
    public static ComparisonResult Reranked(ComparisonResult result, RankingWeights weights, DifferencesThatMatter matter)
    {
        var request = result.Request with { Weights = weights, Matter = matter };
        return result with
        {
            Request = request,
            Ranking = Ranking.Rank(result.Models, weights, request.Scenario, request.BaseSeed, request.Resamples, request.MaxDegreeOfParallelism, matter),
        };
    }

    /// <summary>The record every output file is made from, as <c>compare</c> makes it for the same inputs.</summary>
    public static ComparisonRecord Record(ComparisonJob job, ComparisonResult result, RankingWeights weights, DifferencesThatMatter matter) =>
        new(job.Input.Loaded, job.Input.ScenarioArgument, result, job.Input.CommandLine(weights, matter), job.Finished ?? DateTimeOffset.UtcNow);

    /// <summary>A report split at its level-2 headings.</summary>
    public static IReadOnlyList<SectionView> Sections(Report report)
    {
        var sections = new List<SectionView>();
        string? title = null;
        var blocks = new List<ReportBlock>();
        void Flush()
        {
            if (title is not null)
            {
                sections.Add(new SectionView(title, HtmlRenderer.RenderBlocks(blocks)));
            }

            blocks.Clear();
        }

        foreach (var block in report.Blocks)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                Flush();
                title = heading.Text;
                continue;
            }

            blocks.Add(block);
        }

        Flush();
        return sections;
    }

    /// <summary>The files <c>compare --out</c> writes, by name, for a finished job under <paramref name="weights"/> and <paramref name="matter"/>.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(ComparisonJob job, RankingWeights weights, DifferencesThatMatter matter)
    {
        var result = Reranked(job.Summary!, weights, matter);
        var record = Record(job, result, weights, matter);
        var report = ComparisonReport.Build(record, ComparisonInput.OutFolder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var files = new Dictionary<string, byte[]>
        {
            ["report.md"] = utf8.GetBytes(MarkdownRenderer.Render(report)),
            ["report.html"] = utf8.GetBytes(HtmlRenderer.Render(report)),
        };
        foreach (var (name, bytes) in ComparisonFiles.RenderData(result))
        {
            files[name] = bytes;
        }

        files[ManifestJson.FileName] = ManifestJson.Render(record.Manifest(), ComparisonFiles.NamesFor(false, false));
        files[ComparisonInput.TextFileName] = utf8.GetBytes(job.Input.Yaml);
        return files;
    }

    /// <summary>One campaign's story (the same as <c>campaignsim run</c>) and its timeline chart.</summary>
    public static object Story(ComparisonJob job, string model, int replication)
    {
        var scenario = job.Request.Scenario;
        var seed = job.Request.SeedFor(replication);
        var run = CampaignEngine.Run(scenario, model, seed, ScenarioHash.Compute(scenario));
        var story = CampaignStory.Build(run, scenario, model, seed);
        var timeline = CampaignTimeline.From(run.State);
        var charts = new[]
        {
            new ChartBlock(SvgCharts.Lines("Organizing committee size", "committee members",
                [new ChartSeries(model, timeline.Committee.Select(c => (double)c).ToArray(), SvgCharts.ColorFor(model))]), "Committee members at the end of each week."),
            new ChartBlock(SvgCharts.Lines("Action participation", "% of workers",
                [new ChartSeries(model, timeline.Participation.Select(p => p * 100).ToArray(), SvgCharts.ColorFor(model))]), "Share of workers in the week's largest action."),
            new ChartBlock(SvgCharts.Lines("Firings to date", "workers fired",
                [new ChartSeries(model, timeline.FiringsToDate.Select(f => (double)f).ToArray(), SvgCharts.ColorFor(model))]), "Workers fired so far."),
        };
        var weeks = timeline.Committee.Length;
        var rows = Enumerable.Range(0, weeks).Where(k => k % 4 == 0 || k == weeks - 1)
            .Select(k => (IReadOnlyList<string>)[Numbers.Whole(k), Numbers.Whole(timeline.Committee[k]), Numbers.Fixed(timeline.Participation[k] * 100, 0) + "%",
                Numbers.Whole(timeline.FiringsToDate[k])])
            .ToList();
        var table = new TableBlock(["Week", ">Committee", ">Participation", ">Fired so far"], rows);
        return new
        {
            model,
            name = ComparisonReport.Name(model),
            replication,
            seed,
            title = story.Title,
            timeline = HtmlRenderer.RenderBlocks([.. charts, new HeadingBlock(3, "The timeline in numbers"), table]),
            story = HtmlRenderer.RenderBlocks(story.Blocks),
            command = $"campaignsim run {job.Input.ScenarioArgument} --model {model} --seed {seed}"
                + string.Concat(job.Input.Loaded.Sets.Select(s => " --set " + s)),
        };
    }

    /// <summary>A pinned comparison against the current one: rank and outcome changes, paired by seed.</summary>
    public static object WhatIf(ComparisonJob before, ComparisonJob after)
    {
        var changes = Changes(before.Input, after.Input);
        var w = new WhatIfComparison(changes, before.Summary!, after.Summary!);
        var report = WhatIfReport.Build(w, after.Input.CommandLine(after.Input.Weights, after.Input.Matter));
        return new { changes, rankingChanged = w.RankingChanged, sentence = w.RankingSentence(), sections = Sections(report) };
    }

    /// <summary>What differs between two inputs, in words.</summary>
    public static IReadOnlyList<string> Changes(ComparisonInput before, ComparisonInput after)
    {
        var changes = new List<string>();
        if (before.Yaml != after.Yaml)
        {
            changes.Add(before.ScenarioArgument == after.ScenarioArgument ? "the scenario text is edited" : $"the scenario is {after.ScenarioArgument} instead of {before.ScenarioArgument}");
        }

        var old = before.Loaded.Sets.Select(Split).GroupBy(s => s.Path).ToDictionary(g => g.Key, g => g.Last().Value);
        var now = after.Loaded.Sets.Select(Split).GroupBy(s => s.Path).ToDictionary(g => g.Key, g => g.Last().Value);
        foreach (var (path, value) in now.Where(kv => !old.TryGetValue(kv.Key, out var v) || v != kv.Value))
        {
            var was = old.TryGetValue(path, out var v) ? v : Analysis.ScenarioValues.Read(before.Loaded.Scenario, path)?.Trim('"') ?? "its default";
            changes.Add($"{Analysis.ParameterLabels.For(path)} is {value} instead of {was}");
        }

        foreach (var path in old.Keys.Where(p => !now.ContainsKey(p)))
        {
            changes.Add($"{Analysis.ParameterLabels.For(path)} is back to {Analysis.ScenarioValues.Read(after.Loaded.Scenario, path)?.Trim('"')}");
        }

        return changes.Count == 0 ? ["nothing changes"] : changes;
    }

    private static (string Path, string Value) Split(string set)
    {
        var equals = set.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (set, "") : (set[..equals].Trim(), set[(equals + 1)..].Trim());
    }
}
