using CampaignSim.Reports.Output;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Reports;

/// <summary>The comparison report (report.md and report.html): question, scenario, ranking, outcomes, differences, drivers, limits.</summary>
public static class ComparisonReport
{
    /// <summary>Metrics whose clear differences get a sentence.</summary>
    private static readonly string[] SentenceMetrics =
        ["wageChangePct", "demandsWon", "contractWon", "anyFiring", "firings", "peakParticipationAbovePetition", "strikeDays", "duesPerWorker", "workerControl"];

    /// <summary>
    /// Builds the report; <paramref name="check"/> replaces the paragraph on how to check it with <c>verify</c>, and
    /// <paramref name="runsPlanned"/>, when above the runs summarised, makes it a preliminary report of the first runs
    /// (<see cref="BottomLine.Answer"/>).
    /// </summary>
    public static Report Build(ComparisonRecord record, string outputFolderName, string? check = null, int? runsPlanned = null)
    {
        var result = record.Result;
        var request = result.Request;
        var scenario = request.Scenario;
        var blocks = new List<ReportBlock>();
        if (record.Robust is { } robust)
        {
            var leader = result.Ranking.FirstOrDefault();
            blocks.AddRange(robust.Blocks(leader?.ModelId, leader?.PBest ?? double.NaN, EngineInfo.Version));
            blocks.Add(new HeadingBlock(2, "At the scenario's own values"));
        }

        blocks.AddRange(BottomLine.Blocks(result, runsPlanned));
        blocks.AddRange(ByClassSection(result));
        blocks.AddRange(MattersSection(result));
        blocks.Add(new HeadingBlock(2, "How this was worked out"));
        blocks.Add(
            new ParagraphBlock(
                $"Simulated with the CampaignSim engine {EngineInfo.Version}: {Numbers.Whole(request.Replications)} campaigns per model, "
                + $"seeds {request.BaseSeed} to {unchecked(request.BaseSeed + (ulong)request.Replications - 1)}, the same seeds for every model, "
                + $"so each model meets the same workforces and the same luck and the comparisons are paired. Scenario hash {result.ScenarioHash[..12]}. "
                + "The full tables follow the question and the scenario."));

        blocks.AddRange(Question(record));
        blocks.Add(new HeadingBlock(2, "The scenario"));
        blocks.AddRange(ScenarioDescription.Blocks(scenario));
        blocks.AddRange(RankingSection(result, runsPlanned));
        blocks.AddRange(OutcomesSection(result));
        blocks.AddRange(ParticipationSpreadSection(result));
        blocks.AddRange(DifferencesSection(result));
        blocks.Add(new HeadingBlock(2, "What drives the differences"));
        blocks.AddRange(DriverSection.Blocks(result));
        blocks.AddRange(OverTimeSection(result));
        if (record.Sensitivity is { } sensitivity)
        {
            blocks.AddRange(SensitivitySection.Blocks(sensitivity));
        }

        blocks.AddRange(Limits(request.Replications));
        blocks.Add(new HeadingBlock(2, "Reproduce"));
        blocks.Add(new ParagraphBlock($"Command: {record.CommandLine}"));
        blocks.Add(new ParagraphBlock(check
            ?? $"campaignsim verify {outputFolderName}/manifest.json runs the same comparison again from the recorded scenario file, overrides, "
            + "models, runs and seed, and checks that summary.json, runs.csv and weekly.csv come out byte for byte the same."));
        return new Report($"Organizing models compared: {scenario.Name}", blocks);
    }

    /// <summary>"The question" section.</summary>
    public static IReadOnlyList<ReportBlock> Question(ComparisonRecord record)
    {
        var result = record.Result;
        var scenario = result.Request.Scenario;
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(2, "The question"),
            new ParagraphBlock(
                $"In {ScenarioDescription.Brief(scenario)}: which organizing model gives the workers the best odds of higher wages and demands won, "
                + "at what risk of firings, and at what cost in dues, organizer time and conflict?"),
        };
        var compared = result.Models.Where(m => m.Applicable).Select(m => Name(m.ModelId)).ToList();
        blocks.Add(new ParagraphBlock($"Compared: {string.Join("; ", compared)}."));
        var skipped = result.Models.Where(m => !m.Applicable).Select(m => $"{Name(m.ModelId)}: {m.NotApplicableReason}").ToList();
        if (skipped.Count > 0)
        {
            blocks.Add(new ParagraphBlock("Not compared, because they do not apply here:"));
            blocks.Add(new BulletListBlock(skipped));
        }

        if (record.Loaded.Sets.Count > 0)
        {
            blocks.Add(new ParagraphBlock("The scenario file was changed for this comparison by: " + string.Join(", ", record.Loaded.Sets) + "."));
        }

        return blocks;
    }

    /// <summary>A model's readable name.</summary>
    public static string Name(string modelId) => ModelCatalog.Find(modelId)?.Name ?? modelId;

    /// <summary>
    /// A model's name without the words in brackets ("Hybrid dual-card" for "Hybrid dual-card (solidarity + mainstream union)"),
    /// for chart labels and column headers, where the whole name does not fit.
    /// </summary>
    public static string ShortName(string modelId) => Name(modelId) is var name && name.IndexOf(" (", StringComparison.Ordinal) is > 0 and var cut ? name[..cut] : Name(modelId);

    /// <summary>A sentence on what the ranking weights and the smallest differences that matter mean.</summary>
    public static string WeightsSentence(RankingWeights w, DifferencesThatMatter matter, int resamples)
    {
        var criteria = new (string Name, double Weight)[]
        {
            ("higher wages", w.Wages), ("more demands won", w.Demands), ("fewer firings", w.Safety),
            ("more decisions made by workers", w.Control), ("lower cost", w.Cost),
        };
        var listed = string.Join(", ", criteria.Select(c => $"{c.Name} {Numbers.RoundTrip(c.Weight)}"));
        var max = criteria.Max(c => c.Weight);
        var top = criteria.Where(c => c.Weight == max).Select(c => c.Name).ToList();
        var zero = criteria.Where(c => c.Weight == 0).Select(c => c.Name).ToList();
        var sentence = $"The ranking weighs {listed}. Only the ratios matter: here {Join(top)} count{(top.Count == 1 ? "s" : "")} most";
        sentence += zero.Count > 0 ? $", and {Join(zero)} do{(zero.Count == 1 ? "es" : "")} not count at all. " : ". ";
        return sentence
            + $"Cost is dues per worker plus organizer hours per worker lost to conflict with the union's leadership, valued at ${Numbers.RoundTrip(Ranking.HourValue)} an hour; both parts are shown below. "
            + "Safety is the chance that a campaign sees at least one firing. "
            + "Each criterion is placed on the spread of the models' 95% confidence intervals (0 = the lowest end of any of them, 1 = the highest), "
            + "and the score is the weighted average; the model with the highest score leads. "
            + $"A model is tied with it for first when no weighted criterion separates the two by more than the smallest difference that matters ({BottomLine.MatterText(matter, w)}); "
            + "each model is compared with the leader, not with its neighbour. "
            + $"To show how sure the order is, the runs are resampled {Numbers.Whole(resamples)} times (a bootstrap over seeds) and the ranking is redone each time: "
            + "'best in' is the share of resamples in which a model comes first (a first place shared by k models counts 1/k to each), and the rank range holds 95% of its ranks.";
    }

    private static IEnumerable<ReportBlock> RankingSection(ComparisonResult result, int? runsPlanned)
    {
        yield return new HeadingBlock(2, "Ranking");
        yield return new ParagraphBlock(WeightsSentence(result.Request.Weights, result.Request.Matter, result.Request.Resamples));
        if (result.Ranking.Count == 0)
        {
            yield return new ParagraphBlock("No model applies, so there is no ranking.");
            yield break;
        }

        var names = result.Ranking[0].Criteria.Select(c => c.Key).ToArray();
        var headers = new List<string> { ">Rank", "Model", ">Best in", ">Rank range", ">Score" };
        headers.AddRange(names.Select(n => ">" + char.ToUpperInvariant(n[0]) + n[1..]));
        var rows = result.Ranking.Select(r =>
        {
            var row = new List<string>
            {
                r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Name(r.ModelId),
                double.IsNaN(r.PBest) ? "–" : BottomLine.Share(r.PBest),
                BottomLine.RankRange(r),
                Numbers.Fixed(r.Score, 2),
            };
            row.AddRange(r.Criteria.Select(c => Numbers.Fixed(c.Value, 2)));
            return (IReadOnlyList<string>)row;
        }).ToList();
        yield return new TableBlock(headers, rows);
        yield return new ParagraphBlock(BottomLine.Answer(result, runsPlanned));
        yield return new TableBlock(
            ["Model", ">Dues per worker", ">Conflict hours per worker", $">… at ${Numbers.RoundTrip(Ranking.HourValue)} an hour", ">Cost per worker", ">Per year"],
            result.Ranking.Select(r => CostPerWorker.Of(result, r.ModelId) is var c
                ? (IReadOnlyList<string>)[Name(r.ModelId), "$" + Numbers.Fixed(c.Dues, 0), Numbers.Fixed(c.ConflictHours, 2), "$" + Numbers.Fixed(c.Conflict, 0),
                    "$" + Numbers.Fixed(c.Total, 0), "$" + Numbers.Fixed(c.PerYear, 0)]
                : []).ToList());
    }

    private static IEnumerable<ReportBlock> OutcomesSection(ComparisonResult result)
    {
        var models = result.Models.Where(m => m.Applicable).ToList();
        yield return new HeadingBlock(2, "Outcomes");
        if (models.Count == 0)
        {
            yield break;
        }

        yield return new ParagraphBlock(
            "Means over the runs, with the 95% confidence interval of the mean (how precisely the runs pin the average down) "
            + "and the 5th to 95th percentile of single campaigns (how much one campaign can vary). Yes/no outcomes (a firing, a contract won) "
            + "are rates: the share of campaigns in which it happened, with Wilson's 95% interval.");
        var keys = KeyMetrics.All;
        var overview = new List<string> { "Model" };
        overview.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        yield return new TableBlock(overview, models
            .Select(m => (IReadOnlyList<string>)new[] { Name(m.ModelId) }.Concat(keys.Select(k => MetricFormat.Value(k, m[k.Id].Mean))).ToList())
            .ToList());

        foreach (var metric in keys)
        {
            yield return new HeadingBlock(3, MetricFormat.Header(metric));
            yield return new ParagraphBlock(char.ToUpperInvariant(metric.Description[0]) + metric.Description[1..] + ".");
            yield return MetricKind.IsProportion(metric)
                ? new TableBlock(
                    ["Model", ">Rate (% of campaigns)", ">95% CI (Wilson)"],
                    models.Select(m =>
                    {
                        var s = m[metric.Id];
                        return (IReadOnlyList<string>)[Name(m.ModelId), MetricFormat.Value(metric, s.Mean), MetricFormat.Interval(metric, s.CiLow, s.CiHigh)];
                    }).ToList())
                : new TableBlock(
                    ["Model", ">Mean", ">95% CI", ">Median", ">5th–95th percentile"],
                    models.Select(m =>
                    {
                        var s = m[metric.Id];
                        return (IReadOnlyList<string>)[Name(m.ModelId), MetricFormat.Value(metric, s.Mean), MetricFormat.Interval(metric, s.CiLow, s.CiHigh),
                            MetricFormat.Value(metric, s.P50), MetricFormat.Interval(metric, s.P5, s.P95)];
                    }).ToList());
            var bars = models.Select(m =>
            {
                var s = m[metric.Id];
                var scale = MetricFormat.IsFraction(metric) ? 100 : 1;
                return new ChartBar(ShortName(m.ModelId), s.Mean * scale, s.CiLow * scale, s.CiHigh * scale, SvgCharts.ColorFor(m.ModelId));
            }).ToList();
            yield return new ChartBlock(
                SvgCharts.Bars(MetricFormat.Header(metric), bars, v => MetricFormat.IsFraction(metric) ? Numbers.Fixed(v, 0) : Short(v)),
                $"{metric.Label}: mean per model; the whiskers are the 95% confidence interval of the mean.");
        }

        var others = OutcomeMetric.All.Where(m => !KeyMetrics.Ids.Contains(m.Id)).ToList();
        yield return new HeadingBlock(3, "Other outcomes (means)");
        var headers = new List<string> { "Outcome" };
        headers.AddRange(models.Select(m => ">" + ShortName(m.ModelId)));
        yield return new TableBlock(headers, others
            .Select(o => (IReadOnlyList<string>)new[] { MetricFormat.Header(o) }.Concat(models.Select(m => MetricFormat.Value(o, m[o.Id].Mean))).ToList())
            .ToList());
    }

    /// <summary>How often campaigns reached each level of participation: a model that always mobilises everyone or no one shows it here.</summary>
    private static IEnumerable<ReportBlock> ParticipationSpreadSection(ComparisonResult result)
    {
        var models = result.Models.Where(m => m.Applicable && m.Runs.Count > 0).ToList();
        if (models.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(3, "How far participation went");
        yield return new ParagraphBlock(
            "The share of campaigns whose largest action above a petition (a march on the boss, a picket, a walkout, a strike or another "
            + "step up the ladder) drew each share of the workers. Petitions are left out: signing one asks far less than walking into the "
            + "boss's office. A campaign that never went beyond a petition counts in the first column; one whose strike drew nearly everyone, "
            + "in the last. The table after it gives each rung's largest share, petitions included.");
        var headers = new List<string> { "Model" };
        headers.AddRange(Enumerable.Range(0, PeakHistogram.Bins).Select(b => ">" + PeakHistogram.Label(b)));
        yield return new TableBlock(headers, models.Select(m =>
        {
            var counts = PeakHistogram.Counts(m);
            var row = new List<string> { Name(m.ModelId) };
            row.AddRange(counts.Select(c => Numbers.Fixed(100.0 * c / m.Runs.Count, 0)));
            return (IReadOnlyList<string>)row;
        }).ToList());

        var rungs = RunTable.Rungs.Where(rung => models.Any(m => m.Runs.RungValues(rung).Any(v => v > 0))).ToList();
        if (rungs.Count == 0)
        {
            yield break;
        }

        yield return new ParagraphBlock(
            "By rung of the ladder: the median and 90th percentile over the campaigns of the largest share of the workers in one action on "
            + "that rung (0 in a campaign that never used it), in percent.");
        var rungHeaders = new List<string> { "Model" };
        rungHeaders.AddRange(rungs.Select(r => ">" + Domain.Tactics.TacticCatalog.Of(r).Name));
        yield return new TableBlock(rungHeaders, models.Select(m =>
        {
            var row = new List<string> { Name(m.ModelId) };
            row.AddRange(rungs.Select(r => RungSummary.Of(m.Runs, r) is var s ? $"{Numbers.Fixed(s.P50 * 100, 0)} / {Numbers.Fixed(s.P90 * 100, 0)}" : ""));
            return (IReadOnlyList<string>)row;
        }).ToList());
    }

    /// <summary>What each job class got, where the scenario has more than one: the raise, the largest share in one action, firings.</summary>
    private static IEnumerable<ReportBlock> ByClassSection(ComparisonResult result)
    {
        var models = result.Models.Where(m => m.Applicable && m.Runs.Count > 0).ToList();
        var classes = JobClassColumns.Classes(result);
        if (models.Count == 0 || classes.Count < 2)
        {
            yield break;
        }

        yield return new HeadingBlock(3, "Who gets what: by job class");
        yield return new ParagraphBlock(
            "Means over the runs for each job class: the raise its workers won (a demand that names job classes raises only theirs), "
            + "the largest share of the class in one action above a petition (a march on the boss or higher), and how many of its workers were fired.");
        var measures = new (string Title, string Id, Func<double, string> Format)[]
        {
            ("Raise won (%)", "wageChangePct", v => Numbers.Fixed(v, 2)),
            ("Largest share in one action above a petition (%)", "peakParticipationAbovePetition", v => Numbers.Fixed(100 * v, 0)),
            ("Workers fired", "firings", v => Numbers.Fixed(v, 2)),
        };
        foreach (var (title, id, format) in measures)
        {
            var measure = JobClassColumns.IndexOf(id);
            var headers = new List<string> { title };
            headers.AddRange(models.Select(m => ">" + ShortName(m.ModelId)));
            yield return new TableBlock(headers, classes.Select(c =>
            {
                var row = new List<string> { c };
                row.AddRange(models.Select(m => format(Enumerable.Range(0, m.Runs.Count).Average(r => m.Runs.ClassValue(c, measure, r)))));
                return (IReadOnlyList<string>)row;
            }).ToList());
        }
    }

    private static IEnumerable<ReportBlock> DifferencesSection(ComparisonResult result)
    {
        if (result.Baseline is not { } baseline || result.Differences.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(2, $"Differences from {Name(baseline)}");
        yield return new ParagraphBlock(
            $"Each model minus {Name(baseline)}, run by run with the same seed, averaged; in brackets the 95% confidence interval of that mean difference. "
            + "Percentages and probabilities differ in percentage points.");
        var keys = KeyMetrics.All;
        var headers = new List<string> { "Model" };
        headers.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (modelId, differences) in result.Differences)
        {
            var row = new List<string> { Name(modelId) };
            foreach (var k in keys)
            {
                var d = differences.First(x => x.Metric == k.Id);
                row.Add(MetricFormat.DifferenceCell(k, d));
            }

            rows.Add(row);
        }

        yield return new TableBlock(headers, rows);
        yield return new ParagraphBlock(result.Request.Replications < 2
            ? "With one run per model there are no confidence intervals, so no difference can be called clear."
            : "* marks an interval that excludes zero; the differences large enough to matter are put in words at the top of this report.");
    }

    /// <summary>"What differs enough to matter": the clear differences from the baseline that pass <see cref="MatterRule"/>, in words.</summary>
    private static IEnumerable<ReportBlock> MattersSection(ComparisonResult result)
    {
        if (result.Baseline is not { } baseline || result.Differences.Count == 0 || result.Request.Replications < 2)
        {
            yield break;
        }

        yield return new HeadingBlock(2, $"What differs enough to matter, against {Name(baseline)}");
        yield return new ParagraphBlock($"Each model against {Name(baseline)}, run by run on the same seeds. The rule: {MatterRule.Text(result.Request.Matter)}.");
        var sentences = new List<string>();
        foreach (var (modelId, differences) in result.Differences)
        {
            sentences.AddRange(SentenceMetrics
                .Select(id => (Metric: OutcomeMetric.All.FirstOrDefault(m => m.Id == id), Difference: differences.FirstOrDefault(x => x.Metric == id)))
                .Where(x => x.Metric is not null && x.Difference is not null
                    && MatterRule.Matters(x.Metric, x.Difference, result[modelId][x.Metric.Id].Mean, result[baseline][x.Metric.Id].Mean, result.Request.Matter))
                .Select(x => DifferenceSentence.For(x.Metric!, Name(modelId), Name(baseline), x.Difference!)));
        }

        yield return sentences.Count == 0
            ? new ParagraphBlock($"No model differs from {Name(baseline)} by that much at this number of runs.")
            : new BulletListBlock(sentences);
    }

    private static IEnumerable<ReportBlock> OverTimeSection(ComparisonResult result)
    {
        var models = result.Models.Where(m => m.Applicable).ToList();
        if (models.Count == 0)
        {
            yield break;
        }

        var weeks = models[0].Weekly.Committee.Length - 1;
        yield return new HeadingBlock(2, "Over time");
        yield return new ParagraphBlock("Means over the runs at the end of each week: organizing committee size, the week's largest action participation (any action, petitions included), and firings so far.");
        var marks = new[] { weeks / 4, weeks / 2, weeks * 3 / 4, weeks }.Where(w => w > 0).Distinct().ToArray();
        var headers = new List<string> { "Model" };
        headers.AddRange(marks.Select(w => $">Committee, week {w}"));
        headers.Add($">Firings by week {weeks}");
        yield return new TableBlock(headers, models.Select(m =>
        {
            var row = new List<string> { Name(m.ModelId) };
            row.AddRange(marks.Select(w => Numbers.Fixed(m.Weekly.Committee[w], 1)));
            row.Add(Numbers.Fixed(m.Weekly.FiringsToDate[weeks], 2));
            return (IReadOnlyList<string>)row;
        }).ToList());
        yield return new ChartBlock(
            SvgCharts.Lines("Organizing committee size", "committee members", models.Select(m => new ChartSeries(ShortName(m.ModelId), m.Weekly.Committee, SvgCharts.ColorFor(m.ModelId))).ToList(), whole: false),
            "Mean committee size at the end of each week.");
        yield return new ChartBlock(
            SvgCharts.Lines("Action participation", "% of workers", models.Select(m => new ChartSeries(ShortName(m.ModelId), m.Weekly.Participation.Select(p => p * 100).ToArray(), SvgCharts.ColorFor(m.ModelId))).ToList()),
            "Mean share of workers in the week's largest action of any kind, petitions included (0 in weeks without one).");
        yield return new ChartBlock(
            SvgCharts.Lines("Retaliation: firings to date", "workers fired", models.Select(m => new ChartSeries(ShortName(m.ModelId), m.Weekly.FiringsToDate, SvgCharts.ColorFor(m.ModelId))).ToList(), whole: false),
            "Mean number of workers fired so far, week by week.");
    }

    /// <summary>"Limits of this model".</summary>
    public static IEnumerable<ReportBlock> Limits(int runs)
    {
        yield return new HeadingBlock(2, "Limits of this model");
        var items = new List<string>
        {
            "These are simulated campaigns built from stated assumptions (docs/scenarios.md gives every parameter, its default and its source). "
            + "The numbers compare organizing models under those assumptions; they are not a forecast for a real workplace.",
            "Workers follow simple rules: each joins an action when enough of her ties are in, weighed against her grievance, fear and commitment. "
            + "Real campaigns turn on people, history, politics and luck that no parameter holds.",
            "Outcomes come only from the shared mechanics (ties, tactics, the contract and labour law, employer responses, resources); "
            + "a mechanism the engine lacks cannot show up in the results, and a mis-set parameter shifts every model.",
            "The legal channel is a simplified process (certification elections, unfair-labour-practice charges, arbitration, reinstatement with a delay and a probability); it is not the law of any one jurisdiction.",
            "A 95% confidence interval says how precisely the runs estimate a model's average, not how much one campaign can vary; the 5th–95th percentiles show that spread.",
            "Scores in the ranking are relative to the models compared: adding or dropping a model can reorder the others.",
        };
        if (runs < 100)
        {
            items.Add($"Only {runs} runs per model were made, so the intervals are wide; use 200 or more runs before drawing conclusions.");
        }

        yield return new BulletListBlock(items);
    }

    private static string Short(double v) => Math.Abs(v) >= 100 ? Numbers.Fixed(v, 0) : Math.Abs(v) >= 10 ? Numbers.Fixed(v, 1) : Numbers.Fixed(v, 2);

    /// <summary>Items in a sentence: "A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
