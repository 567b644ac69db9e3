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
/// <param name="ShortName">Its name without the words in brackets, for the compact ranking.</param>
public sealed record RankView(string Model, string Name, int Rank, double Score, double? PBest, string Color, string BestIn, string ScoreText, bool First,
    string ShortName);

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
    string HowSure,
    string Headline,
    bool Unchanged = false,
    bool Reused = false,
    string? SavedId = null);

/// <summary>Builds the page's views from the library's report code, so the page and report.html say the same.</summary>
public static class ResultViews
{
    /// <summary>The view of a job, with its summary re-ranked under <paramref name="weights"/> and <paramref name="matter"/> when given (no new runs).</summary>
    public static ComparisonView Of(ComparisonJob job, RankingWeights? weights = null, DifferencesThatMatter? matter = null)
    {
        var w = weights ?? job.Input.Weights;
        var d = matter ?? job.Input.Matter;
        // The state is read before the summary: the last summary is published before the state becomes done, so a view that says
        // done always carries the last summary (read the other way round, a view could say done over a preliminary summary).
        var state = job.State;
        var (summarized, summary) = job.Latest;
        if (job.Views.Count > 16)
        {
            job.Views.Clear();
        }

        var built = summary is null
            ? new BuiltView([], [], [], "", "", "")
            : job.Views.GetOrAdd((summarized, $"{w};{d}"), _ => Build(job, summary, w, d));
        return new ComparisonView(job.Id, state, job.Error, summarized, job.Request.Replications, job.RunsDone,
            job.Request.Replications * job.Applicable, job.ElapsedMs, job.FirstSummaryMs, job.FinishedMs, job.Input.CommandLine(w, d), w.ToString(),
            d.ToString(), built.Answer, Preliminary(job, summary), built.Ranking, built.Sections, built.Models, job.Input.Loaded.Sets,
            job.Input.Loaded.Scenario.Name, built.HowSure, built.Headline);
    }

    /// <summary>Only the ranking and the answer under other weights or smallest differences: what a slider needs at once (the report sections follow).</summary>
    public static object Ranked(ComparisonJob job, RankingWeights weights, DifferencesThatMatter matter)
    {
        var state = job.State;
        var (summarized, summary) = job.Latest;
        var ranked = summary is null ? null : Reranked(summary, weights, matter);
        return new
        {
            id = job.Id,
            state,
            summarized,
            runsDone = job.RunsDone,
            weights = weights.ToString(),
            matter = matter.ToString(),
            preliminary = Preliminary(job, summary),
            answer = ranked is null || ranked.Ranking.Count == 0 ? "" : BottomLine.Answer(ranked, job.Request.Replications),
            howSure = ranked is null ? "" : HowSure(ranked, job.Request.Replications),
            headline = ranked is null ? "" : Headline(ranked, job.Request.Replications),
            ranking = ranked is null ? [] : RankViews(ranked),
        };
    }

    /// <summary>"Preliminary: 20 of 200 runs per model." while the summary shown is of the first runs only; empty once every run is in it.</summary>
    private static string Preliminary(ComparisonJob job, ComparisonResult? summary) =>
        summary is null ? "" : BottomLine.PreliminaryLabel(summary, job.Request.Replications);

    private static List<RankView> RankViews(ComparisonResult ranked) =>
        ranked.Ranking.Select(r => new RankView(r.ModelId, ComparisonReport.Name(r.ModelId), r.Rank, r.Score,
            double.IsNaN(r.PBest) ? null : r.PBest, SvgCharts.ColorFor(r.ModelId), double.IsNaN(r.PBest) ? "–" : BottomLine.Share(r.PBest),
            Numbers.Fixed(r.Score, 2), r.First, ComparisonReport.ShortName(r.ModelId))).ToList();

    private static BuiltView Build(ComparisonJob job, ComparisonResult summary, RankingWeights w, DifferencesThatMatter d)
    {
        var ranked = Reranked(summary, w, d);
        var planned = job.Request.Replications;
        var sections = Sections(ComparisonReport.Build(Record(job, ranked, w, d), ComparisonInput.OutFolder, runsPlanned: planned));
        var answer = ranked.Ranking.Count == 0 ? "" : BottomLine.Answer(ranked, planned);
        return new BuiltView(RankViews(ranked), sections, summary.Models.Where(m => m.Applicable).Select(m => m.ModelId).ToList(), answer,
            HowSure(ranked, planned), Headline(ranked, planned));
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
        new(job.Input.Recorded, job.Input.ScenarioArgument, result, job.Input.CommandLine(weights, matter), job.Finished ?? DateTimeOffset.UtcNow);

    /// <summary>
    /// The answer in a few words, for a phone, a history row or a kept comparison: "Best: Militant mainstream (first in 68%)",
    /// "Tied: A, B and C", "No clear winner (A first in 45%)", or "Preliminary: no winner yet (20 of 200 runs)".
    /// </summary>
    public static string Headline(ComparisonResult ranked, int planned)
    {
        if (ranked.Ranking.Count == 0)
        {
            return "No model applies";
        }

        if (BottomLine.IsPreliminary(ranked, planned))
        {
            return ranked.DecisiveWinner is { } early
                ? $"Preliminary: {ComparisonReport.ShortName(early.ModelId)} first in {BottomLine.Share(early.PBest)} ({Numbers.Whole(ranked.Request.Replications)} of {Numbers.Whole(planned)} runs)"
                : $"Preliminary: no winner yet ({Numbers.Whole(ranked.Request.Replications)} of {Numbers.Whole(planned)} runs)";
        }

        var top = ranked.Ranking[0];
        if (ranked.Tied)
        {
            var names = ranked.FirstPlace.Select(r => ComparisonReport.ShortName(r.ModelId)).ToList();
            return "Tied: " + ComparisonReport.Join(names);
        }

        if (double.IsNaN(top.PBest))
        {
            return $"First: {ComparisonReport.ShortName(top.ModelId)}";
        }

        if (ranked.ClearWinner is { } winner)
        {
            return $"Best: {ComparisonReport.ShortName(winner.ModelId)} (first in {BottomLine.Share(winner.PBest)})";
        }

        var leader = ranked.Ranking.OrderByDescending(r => r.PBest).First();
        return $"No clear winner ({ComparisonReport.ShortName(leader.ModelId)} first in {BottomLine.Share(leader.PBest)})";
    }

    /// <summary>
    /// How sure the answer is, in plain words and with the share the ranking table prints: not yet while runs are still to come,
    /// a tie to be settled on the trade-offs, or how often the leader would come first were the campaigns drawn again.
    /// </summary>
    public static string HowSure(ComparisonResult ranked, int planned)
    {
        if (ranked.Ranking.Count == 0)
        {
            return "";
        }

        var runs = Numbers.Whole(ranked.Request.Replications);
        if (BottomLine.IsPreliminary(ranked, planned))
        {
            return $"How sure: not yet. {runs} of {Numbers.Whole(planned)} campaigns per model are in; the answer can still change.";
        }

        var top = ranked.Ranking[0];
        if (ranked.Tied)
        {
            return $"How sure: {ranked.FirstPlace.Count} models are tied. They differ by less than the smallest differences that matter on what you weighted, "
                + "so the ranking cannot choose between them: the trade-offs in the report can.";
        }

        if (double.IsNaN(top.PBest))
        {
            return "How sure: not at all. With one campaign per model nothing tells chance from a real difference; run more.";
        }

        if (ranked.ClearWinner is { } winner)
        {
            return $"How sure: {(winner.PBest >= Ranking.DecisiveShare ? "very sure" : "fairly sure")}. Were these {runs} campaigns per model drawn again at random, "
                + $"{ComparisonReport.Name(winner.ModelId)} would come first in {BottomLine.Share(winner.PBest)} of the draws.";
        }

        var leader = ranked.Ranking.OrderByDescending(r => r.PBest).First();
        return $"How sure: not sure. Drawn again at random, these {runs} campaigns per model put {ComparisonReport.Name(leader.ModelId)} first in only "
            + $"{BottomLine.Share(leader.PBest)} of the draws; more runs, or the trade-offs in the report, decide.";
    }

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
        files[ComparisonInput.TextFileName] = utf8.GetBytes(job.Input.Exported.Text);
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
                [new ChartSeries(ComparisonReport.ShortName(model), timeline.Committee.Select(c => (double)c).ToArray(), SvgCharts.ColorFor(model))], whole: true),
                "Committee members at the end of each week."),
            new ChartBlock(SvgCharts.Lines("Action participation", "% of workers",
                [new ChartSeries(ComparisonReport.ShortName(model), timeline.Participation.Select(p => p * 100).ToArray(), SvgCharts.ColorFor(model))]),
                "Share of workers in the week's largest action."),
            new ChartBlock(SvgCharts.Lines("Firings to date", "workers fired",
                [new ChartSeries(ComparisonReport.ShortName(model), timeline.FiringsToDate.Select(f => (double)f).ToArray(), SvgCharts.ColorFor(model))], whole: true),
                "Workers fired so far."),
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
            summary = CampaignStory.Summary(run, scenario),
            timeline = HtmlRenderer.RenderBlocks([.. charts, new HeadingBlock(3, "The timeline in numbers"), table]),
            // The summary ("In short": its heading and three lines) is sent apart, to open the story above the charts.
            story = HtmlRenderer.RenderBlocks(story.Blocks.Skip(2).ToList()),
            command = $"campaignsim run {job.Input.ScenarioArgument} --model {model} --seed {seed}"
                + string.Concat(job.Input.Recorded.Sets.Select(s => " --set " + ComparisonInput.Quote(s))),
        };
    }

    /// <summary>One comparison against another (two rows of the page's history): rank and outcome changes, paired by seed, both ranked under the same weights.</summary>
    public static object WhatIf(ComparisonJob before, ComparisonJob after, RankingWeights weights, DifferencesThatMatter matter)
    {
        var (w, report) = WhatIfOf(before, after, weights, matter);
        return new { changes = w.Changes, rankingChanged = w.RankingChanged, sentence = w.RankingSentence(), sections = Sections(report) };
    }

    private static (WhatIfComparison Comparison, Report Report) WhatIfOf(ComparisonJob before, ComparisonJob after, RankingWeights weights, DifferencesThatMatter matter)
    {
        var w = new WhatIfComparison(Changes(before.Input, after.Input), Reranked(before.Summary!, weights, matter), Reranked(after.Summary!, weights, matter));
        return (w, WhatIfReport.Build(w, WhatIfCommand(before, after, weights, matter)));
    }

    /// <summary>
    /// The command that makes the same what-if folder: <c>campaignsim whatif</c> when the first of the two is the scenario as
    /// written, else the two <c>compare</c> commands that make its halves.
    /// </summary>
    private static string WhatIfCommand(ComparisonJob before, ComparisonJob after, RankingWeights weights, DifferencesThatMatter matter)
    {
        var afterArgs = after.Input.CompareArguments(weights, matter).ToList();
        if (before.Input.Loaded.Sets.Count == 0 && before.Input.Yaml == after.Input.Yaml && after.Input.Recorded.Sets.Count > 0)
        {
            afterArgs[0] = "whatif";
            afterArgs[^1] = "whatif";
            return string.Join(' ', afterArgs.Select(ComparisonInput.Quote).Prepend("campaignsim"));
        }

        string Half(ComparisonJob job, string half)
        {
            var args = job.Input.CompareArguments(weights, matter).ToList();
            args[^1] = "whatif/" + half;
            return string.Join(' ', args.Select(ComparisonInput.Quote).Prepend("campaignsim"));
        }

        return $"{Half(before, "before")}; {Half(after, "after")}";
    }

    /// <summary>
    /// The what-if folder the report describes, as a zip: report.md and report.html at the top, and before/ and after/ each a
    /// complete comparison output as <c>campaignsim whatif --out</c> writes them (runs.csv naming its half and with a column
    /// per changed setting), with the manifest that lets <c>campaignsim verify</c> check both. A half made from scenario text
    /// also holds the scenario.yaml its manifest names.
    /// </summary>
    public static byte[] WhatIfZip(ComparisonJob before, ComparisonJob after, RankingWeights weights, DifferencesThatMatter matter)
    {
        var (w, report) = WhatIfOf(before, after, weights, matter);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var changed = before.Input.Loaded.Sets.Concat(after.Input.Loaded.Sets).Select(s => s.Split('=', 2)[0].Trim()).Distinct(StringComparer.Ordinal).ToArray();
        var command = WhatIfCommand(before, after, weights, matter);
        var entries = new List<(string Name, byte[] Bytes)>
        {
            ("report.md", utf8.GetBytes(MarkdownRenderer.Render(report))),
            ("report.html", utf8.GetBytes(HtmlRenderer.Render(report))),
        };
        ComparisonRecord? last = null;
        foreach (var (job, result, half) in new[] { (before, w.Before, "before"), (after, w.After, "after") })
        {
            var record = new ComparisonRecord(job.Input.Recorded, job.Input.ScenarioArgument, result, command, after.Finished ?? DateTimeOffset.UtcNow,
                Variant: half, Parameters: changed);
            var halfReport = ComparisonReport.Build(record, "whatif/" + half);
            entries.Add(($"{half}/report.md", utf8.GetBytes(MarkdownRenderer.Render(halfReport))));
            entries.Add(($"{half}/report.html", utf8.GetBytes(HtmlRenderer.Render(halfReport))));
            foreach (var (name, bytes) in ComparisonFiles.RenderData(result, half, changed))
            {
                entries.Add(($"{half}/{name}", bytes));
            }

            entries.Add(($"{half}/{ManifestJson.FileName}", ManifestJson.Render(record.Manifest(), ComparisonFiles.NamesFor(false, false))));
            if (job.Input.ScenarioArgument == ComparisonInput.TextFileName)
            {
                entries.Add(($"{half}/{ComparisonInput.TextFileName}", utf8.GetBytes(job.Input.Exported.Text)));
            }

            last = record;
        }

        entries.Add((ManifestJson.FileName, ManifestJson.Render(last!.Manifest() with { Kind = Manifest.WhatIfKind, Variant = "", Parts = ["before", "after"] },
            ["report.md", "report.html", ManifestJson.FileName, "before/", "after/"])));
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry("whatif/" + name, System.IO.Compression.CompressionLevel.Optimal);
                entry.LastWriteTime = after.Finished ?? DateTimeOffset.UtcNow;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
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
