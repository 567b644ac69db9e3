using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Reports.Output;

namespace CampaignSim.Reports;

/// <summary>The sweep report (report.md and report.html): which model is best at each point and how sure, the outcomes with intervals, charts.</summary>
public static class SweepReport
{
    /// <summary>The outcome charted across the points.</summary>
    private const string ChartedMetric = "wageChangePct";

    /// <summary>Builds the report; with each point's robust section (<c>sweep --worlds K</c>), it also says at each point whether the ranking holds across the plausible worlds.</summary>
    public static Report Build(SweepResult sweep, string commandLine, string outputFolderName, IReadOnlyList<RobustSection>? robust = null)
    {
        var first = sweep.Results[0].Request;
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(2, "The question"),
            new ParagraphBlock(
                $"How does the choice of organizing model change as {string.Join(" and ", sweep.Paths.Select(p => $"{ParameterLabels.For(p).ToLowerInvariant()} ({p})"))} "
                + $"change{(sweep.Paths.Count == 1 ? "s" : "")}? {sweep.Points.Count} points, {Numbers.Whole(first.Replications)} runs per model at each, "
                + $"the same seeds everywhere (from {first.BaseSeed}), so differences between points come from the setting and not from luck. "
                + $"Ranking weights: {first.Weights}; smallest differences that matter: {first.Matter}."),
            new HeadingBlock(2, "The best model at each point"),
            new ParagraphBlock(
                $"'Best in' is the share of {Numbers.Whole(first.Resamples)} resamples of the runs in which the model comes first (see the comparison report for the method). "
                + $"Models that no weighted criterion separates from the leader by more than the smallest difference that matters are tied for first, and a shared first place counts as shared. "
                + $"A model first in fewer than {BottomLine.Share(Ranking.ClearMajority)} of them is not a clear winner, and a change of leader between such points may be noise."),
            new TableBlock(["Point", "Values", "Best model", ">Best in", "Clear winner"], sweep.Results.Select((r, k) =>
            {
                var top = r.Ranking.FirstOrDefault();
                return (IReadOnlyList<string>)[SweepResult.Label(k), SweepResult.Text(sweep.Points[k]), Best(r),
                    top is null || double.IsNaN(top.PBest) ? "–" : string.Join(" / ", r.FirstPlace.Select(f => BottomLine.Share(f.PBest))),
                    r.Tied ? "tied" : r.ClearWinner is null ? "no" : "yes"];
            }).ToList()),
        };
        if (robust is not null)
        {
            blocks.Add(new HeadingBlock(2, "Across plausible worlds"));
            blocks.Add(new ParagraphBlock($"At each point the comparison was also run in the same {Numbers.Whole(robust[0].Ranking.Worlds.Count)} plausible worlds "
                + $"(combinations of the model's uncertain coefficients the published record does not rule out, from a worlds file of engine "
                + $"{robust[0].WorldsEngineVersion}; the manifest names it), {Numbers.Whole(robust[0].Runs)} runs per model in each, every model on the same seeds. "
                + "The table above is at the scenario's own values; this one says whether its answer holds under the assumptions. sweep-worlds.csv has every model's worlds and regrets."));
            blocks.Add(new TableBlock(["Point", "Values", "Across the worlds"], robust.Select((r, k) =>
                (IReadOnlyList<string>)[SweepResult.Label(k), SweepResult.Text(sweep.Points[k]), r.Verdict]).ToList()));
        }

        blocks.AddRange(Flips(sweep));
        blocks.AddRange(Charts(sweep));
        blocks.Add(new HeadingBlock(2, "Outcomes at each point"));
        blocks.Add(new ParagraphBlock("Means with their 95% confidence intervals; chances and shares in percent. Every metric's mean and interval at every point is in sweep.csv, every run in sweep-runs.csv."));
        var keys = KeyMetrics.All;
        var headers = new List<string> { "Point", "Model", ">Rank", ">Best in" };
        headers.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        blocks.Add(new TableBlock(headers, sweep.Results.SelectMany((r, k) => r.Ranking.Select(ranked =>
        {
            var m = r[ranked.ModelId];
            var row = new List<string> { SweepResult.Label(k), ranked.ModelId, ranked.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                double.IsNaN(ranked.PBest) ? "–" : BottomLine.Share(ranked.PBest) };
            row.AddRange(keys.Select(key => MetricFormat.ValueAndInterval(key, m[key.Id].Mean, m[key.Id].CiLow, m[key.Id].CiHigh)));
            return (IReadOnlyList<string>)row;
        })).ToList()));
        blocks.Add(new HeadingBlock(2, "Settings swept"));
        blocks.Add(new TableBlock(["Setting", "Path", "Values"], sweep.Paths.Select(p => (IReadOnlyList<string>)[ParameterLabels.For(p), p,
            string.Join(", ", sweep.Points.Select(point => point.First(s => SweepResult.PathOf(s) == p)[(p.Length + 1)..]).Distinct())]).ToList()));
        blocks.AddRange(ComparisonReport.Limits(first.Replications));
        blocks.Add(new HeadingBlock(2, "Reproduce"));
        blocks.Add(new ParagraphBlock($"Command: {commandLine}"));
        blocks.Add(new ParagraphBlock($"campaignsim verify {outputFolderName} runs every point again and checks that sweep.csv and sweep-runs.csv come out byte for byte the same."));
        return new Report($"Sweep: {first.Scenario.Name}", blocks);
    }

    /// <summary>Between which neighbouring points the best-ranked model changes, and whether both sides have a clear winner.</summary>
    public static IReadOnlyList<string> FlipSentences(SweepResult sweep)
    {
        var flips = new List<string>();
        for (var k = 1; k < sweep.Results.Count; k++)
        {
            var before = sweep.Results[k - 1];
            var after = sweep.Results[k];
            if (before.Ranking.Count == 0 || after.Ranking.Count == 0)
            {
                continue;
            }

            var a = Best(before);
            var b = Best(after);
            if (a == b)
            {
                continue;
            }

            var firm = before.ClearWinner is not null && after.ClearWinner is not null;
            flips.Add($"between {SweepResult.Text(sweep.Points[k - 1])} and {SweepResult.Text(sweep.Points[k])}: {a} → {b} "
                + (firm ? "(a clear winner on both sides)" : "(not a clear winner on both sides: may be noise)"));
        }

        return flips;
    }

    /// <summary>The model first at a point, or "tie: a, b" when several are first (docs/cli.md § How the ranking works).</summary>
    private static string Best(ComparisonResult result) => result.Tied
        ? "tie: " + string.Join(", ", result.FirstPlace.Select(r => r.ModelId))
        : result.Ranking.FirstOrDefault()?.ModelId ?? "none";

    private static IEnumerable<ReportBlock> Flips(SweepResult sweep)
    {
        var flips = FlipSentences(sweep);
        yield return new HeadingBlock(3, "Where the best-ranked model changes");
        yield return flips.Count == 0
            ? new ParagraphBlock("Nowhere: the same model ranks first at every point.")
            : new BulletListBlock(flips);
    }

    private static IEnumerable<ReportBlock> Charts(SweepResult sweep)
    {
        var labels = sweep.Paths.Count == 1
            ? sweep.Points.Select(p => p[0][(SweepResult.PathOf(p[0]).Length + 1)..]).ToArray()
            : sweep.Points.Select((_, k) => SweepResult.Label(k)).ToArray();
        var axis = sweep.Paths.Count == 1 ? ParameterLabels.For(sweep.Paths[0]) : "point (see the table above)";
        var models = sweep.Results[0].Request.Models.Where(id => sweep.Results.All(r => r[id].Applicable)).ToArray();
        yield return new HeadingBlock(2, "Across the points");
        if (OutcomeMetric.All.FirstOrDefault(m => m.Id == ChartedMetric) is { } metric)
        {
            var scale = MetricFormat.IsFraction(metric) ? 100 : 1;
            yield return new ChartBlock(SvgCharts.AcrossPoints($"{MetricFormat.Header(metric)} by {axis.ToLowerInvariant()}", MetricFormat.Header(metric), labels,
                models.Select(id => new PointSeries(id,
                    sweep.Results.Select(r => r[id][metric.Id].Mean * scale).ToArray(),
                    sweep.Results.Select(r => r[id][metric.Id].CiLow * scale).ToArray(),
                    sweep.Results.Select(r => r[id][metric.Id].CiHigh * scale).ToArray(),
                    SvgCharts.ColorFor(id))).ToList()),
                $"{metric.Label}: mean per model at each point; the whiskers are 95% confidence intervals.");
        }

        yield return new ChartBlock(SvgCharts.AcrossPoints($"Best in (% of resamples) by {axis.ToLowerInvariant()}", "% of resamples", labels,
            models.Select(id =>
            {
                var values = sweep.Results.Select(r => r.Ranking.FirstOrDefault(x => x.ModelId == id) is { PBest: var p } && !double.IsNaN(p) ? p * 100 : 0).ToArray();
                return new PointSeries(id, values, values, values, SvgCharts.ColorFor(id));
            }).ToList(), fixedHigh: 100),
            "How often each model comes first in resamples of the runs at each point: a line near 100 is a clear winner, lines crossing in the middle are a close call.");
    }
}
