using CampaignSim.Reports.Output;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>The what-if report (report.md and report.html at the top of a whatif output folder).</summary>
public static class WhatIfReport
{
    /// <summary>Builds the report; with the robust sections of both halves (<c>whatif --worlds K</c>), it says first how the change moves the answer across the plausible worlds.</summary>
    public static Report Build(WhatIfComparison w, string commandLine, RobustSection? robustBefore = null, RobustSection? robustAfter = null)
    {
        var scenario = w.Before.Request.Scenario;
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(2, "The question"),
            new ParagraphBlock(
                $"In {ScenarioDescription.Brief(scenario)}: what changes for each organizing model if {string.Join(" and ", w.Changes)}? "
                + $"Both comparisons use {Numbers.Whole(w.Before.Request.Replications)} runs per model with the same seeds from {w.Before.Request.BaseSeed}, "
                + "so each change is measured run by run on the same workforces and the same luck."),
        };
        if (robustBefore is not null && robustAfter is not null)
        {
            blocks.Add(new HeadingBlock(2, "Across plausible worlds"));
            blocks.Add(new ParagraphBlock(RobustSentence(robustBefore, robustAfter)));
        }

        blocks.Add(new HeadingBlock(2, "Before and after"));
        blocks.Add(new ParagraphBlock("Each cell: mean before → mean after (change, paired by seed; * = its 95% interval excludes zero). Percentages and probabilities change in percentage points."));

        var keys = KeyMetrics.All;
        var headers = new List<string> { "Model", ">Rank" };
        headers.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        // Models that apply neither before nor after get no row of dashes: a sentence under the table says why they are left out.
        var shown = w.Models.Where(m => w.Before[m].Applicable || w.After[m].Applicable).ToList();
        blocks.Add(new TableBlock(headers, shown
            .Select(m => (IReadOnlyList<string>)new[] { ComparisonReport.Name(m), w.RankCell(m) }.Concat(keys.Select(k => w.Cell(m, k))).ToList())
            .ToList()));
        var absent = w.Models.Except(shown).Select(m => $"{ComparisonReport.Name(m)} ({w.Before[m].NotApplicableReason})").ToList();
        if (absent.Count > 0)
        {
            blocks.Add(new ParagraphBlock($"Not applicable before or after, so not in the table: {string.Join("; ", absent)}."));
        }

        blocks.Add(new ParagraphBlock(w.RankingSentence()));

        var sentences = new List<string>();
        foreach (var model in w.Models)
        {
            foreach (var metric in keys)
            {
                if (w.Change(model, metric) is { Clear: true } d)
                {
                    sentences.Add($"{ComparisonReport.Name(model)}, {metric.Label.ToLowerInvariant()}: {(d.MeanDifference > 0 ? "up" : "down")} {MetricFormat.Amount(metric, d)} "
                        + $"(95% CI {MetricFormat.MagnitudeInterval(metric, d)}).");
                }
            }

            var before = w.Before[model];
            var after = w.After[model];
            if (before.Applicable != after.Applicable)
            {
                sentences.Add(after.Applicable
                    ? $"{ComparisonReport.Name(model)} did not apply before the change and applies after it."
                    : $"{ComparisonReport.Name(model)} no longer applies: {after.NotApplicableReason}");
            }
        }

        blocks.Add(new HeadingBlock(2, "Clear changes"));
        blocks.Add(sentences.Count == 0
            ? new ParagraphBlock("No key outcome changes clearly for any model at this number of runs.")
            : new BulletListBlock(sentences));

        blocks.Add(new HeadingBlock(2, "Ranking weights"));
        blocks.Add(new ParagraphBlock(ComparisonReport.WeightsSentence(w.Before.Request.Weights, w.Before.Request.Matter, w.Before.Request.Resamples)));
        blocks.Add(new HeadingBlock(2, "Full reports"));
        blocks.Add(new ParagraphBlock("before/ and after/ each hold a complete comparison output (report.md, report.html, summary.json, runs.csv, weekly.csv, manifest.json); "
            + "campaignsim verify on this folder checks both; runs.csv in each names its half in the variant column and holds a column per changed setting, so the two stack."));
        blocks.AddRange(ComparisonReport.Limits(w.Before.Request.Replications));
        blocks.Add(new HeadingBlock(2, "Reproduce"));
        blocks.Add(new ParagraphBlock($"Command: {commandLine}"));
        return new Report($"What if: {scenario.Name}", blocks);
    }

    /// <summary>
    /// What the change does to the answer across the plausible worlds: each half's verdict, in the same worlds and with the
    /// same seeds (the table below is at the scenario's own values).
    /// </summary>
    public static string RobustSentence(RobustSection before, RobustSection after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return $"Before the change: {before.Verdict} After it: {after.Verdict} Both halves ran in the same "
               + $"{Numbers.Whole(after.Ranking.Worlds.Count)} plausible worlds with the same seeds; before/report.md and after/report.md "
               + "each give their robust ranking in full. The table below is at the scenario's own values.";
    }

    /// <summary>Writes the side-by-side table to the terminal.</summary>
    public static void WriteConsole(TextWriter output, WhatIfComparison w)
    {
        var request = w.Before.Request;
        output.WriteLine($"{request.Scenario.Name}: what if {string.Join(" and ", w.Changes)}");
        output.WriteLine($"{Numbers.Whole(request.Replications)} runs per model, seed {request.BaseSeed}, the same seeds before and after");
        output.WriteLine();
        var keys = KeyMetrics.All;
        var headers = new List<string> { "Model", ">Rank" };
        headers.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        var table = new TextTable(headers.ToArray());
        foreach (var m in w.Models)
        {
            table.Add(new[] { m, w.RankCell(m) }.Concat(keys.Select(k => w.Cell(m, k))).ToArray());
        }

        output.Write(table.ToString());
        output.WriteLine("  before → after (change; * = its 95% interval excludes 0)");
        foreach (var m in w.Models.Where(m => !w.Before[m].Applicable || !w.After[m].Applicable))
        {
            var reason = w.After[m].NotApplicableReason ?? w.Before[m].NotApplicableReason;
            output.WriteLine($"  {m}: {(w.Before[m].Applicable ? "applies before only" : w.After[m].Applicable ? "applies after only" : "not applicable")}: {reason}");
        }

        output.WriteLine();
        output.WriteLine(w.RankingSentence());
    }
}
