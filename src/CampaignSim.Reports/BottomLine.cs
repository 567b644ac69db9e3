using CampaignSim.Domain.Mechanics;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Reports.Output;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Reports;

/// <summary>
/// The first screen of a comparison report: the answer with its certainty, the trade-off in dollars per worker and
/// chances of a firing, the models at a glance and a risk-against-reward chart.
/// </summary>
public static class BottomLine
{
    /// <summary>Paid hours in a full-time year (40 a week, 52 weeks): wages in dollars a worker would recognise.</summary>
    public const double HoursPerYear = Units.HoursPerWeek * Units.WeeksPerYear;

    /// <summary>Shares of resamples below this are left out of the answer sentence.</summary>
    private const double Mentioned = 0.01;

    /// <summary>The section's blocks; <paramref name="runsPlanned"/> is the runs per model still to come in all (see <see cref="Answer"/>).</summary>
    public static IReadOnlyList<ReportBlock> Blocks(ComparisonResult result, int? runsPlanned = null)
    {
        var blocks = new List<ReportBlock> { new HeadingBlock(2, "The answer") };
        if (result.Ranking.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No model applies to this scenario, so there is nothing to compare."));
            return blocks;
        }

        blocks.Add(new ParagraphBlock(Answer(result, runsPlanned)));
        blocks.Add(new ParagraphBlock(AssumptionsCaveat));
        if (TradeOff(result) is { } tradeOff)
        {
            blocks.Add(new ParagraphBlock(tradeOff));
        }

        blocks.Add(AtAGlance(result));
        blocks.Add(new ChartBlock(Chart(result),
            "Each mark is a model: how often a campaign sees at least one firing (across) against the average wage change (up). "
            + "The lines through a mark are 95% intervals; marks whose lines overlap may not really differ."));
        return blocks;
    }

    /// <summary>
    /// What the share of resamples does not measure, said under the answer: it is how sure the runs are at the model's
    /// default assumptions, and the answer across the assumptions the published record leaves open can differ.
    /// </summary>
    public const string AssumptionsCaveat =
        "The shares of resamples measure how sure the runs are at the model's default assumptions, not how sure the model is "
        + "of those assumptions: a comparison with --worlds K is repeated in K plausible worlds and says whether the answer "
        + "holds across them, and it does not always (docs/robustness.md).";

    /// <summary>Whether a result made from the first runs of a comparison is preliminary: fewer runs per model than <paramref name="runsPlanned"/>.</summary>
    public static bool IsPreliminary(ComparisonResult result, int? runsPlanned) => runsPlanned is { } planned && result.Request.Replications < planned;

    /// <summary>"Preliminary: 20 of 200 runs per model." for a result made from the first runs; empty for a finished one.</summary>
    public static string PreliminaryLabel(ComparisonResult result, int? runsPlanned) => IsPreliminary(result, runsPlanned)
        ? $"Preliminary: {Numbers.Whole(result.Request.Replications)} of {Numbers.Whole(runsPlanned!.Value)} runs per model."
        : "";

    /// <summary>
    /// The answer in a sentence with its certainty: a tie when more than one model is first on all the runs, else the winner
    /// or "no clear winner". While runs are still to come (<paramref name="runsPlanned"/> above the runs summarised) it names
    /// a winner only when the resamples are decisive (<see cref="ComparisonResult.DecisiveWinner"/>) and says the numbers
    /// are preliminary.
    /// </summary>
    public static string Answer(ComparisonResult result, int? runsPlanned = null)
    {
        var ranking = result.Ranking;
        var top = ranking[0];
        if (IsPreliminary(result, runsPlanned))
        {
            var label = PreliminaryLabel(result, runsPlanned);
            return result.DecisiveWinner is { } early
                ? $"{label} {Name(early.ModelId, start: true)} is best under your weights in {Share(early.PBest)} of "
                  + $"{Numbers.Whole(result.Request.Resamples)} resamples of the runs so far, which the remaining runs are unlikely to change."
                : $"{label} No winner is named yet: the runs so far do not separate the leaders. The numbers below will change as the remaining runs finish.";
        }

        var first = result.FirstPlace;
        if (double.IsNaN(top.PBest))
        {
            return first.Count > 1
                ? $"Tied for first under your weights: {JoinNames(first)}; {TieReason}"
                : $"{Name(top.ModelId, start: true)} ranks first under your weights.";
        }

        var resamples = Numbers.Whole(result.Request.Resamples);
        if (result.Tied)
        {
            var shares = first.Where(r => r.PBest >= Mentioned).Select(r => $"{Name(r.ModelId)} in {Share(r.PBest)}").ToList();
            var outside = ranking.Where(r => !r.First && r.PBest >= Mentioned).Select(r => $"{Name(r.ModelId)} in {Share(r.PBest)}").ToList();
            var across = shares.Count == 0
                ? ""
                : $"In {resamples} resamples of the runs the first place goes to {Join(shares)} (a shared first place counted as shared)"
                  + (outside.Count > 0 ? $", and to {Join(outside)} outside the tie" : "") + ". ";
            return $"Tied for first under your weights: {JoinNames(first)}; {TieReason} {across}"
                + "The choice between them rests on the trade-offs below, not on the ranking.";
        }

        var others = ranking.Where(r => r != top && r.PBest >= Mentioned).OrderByDescending(r => r.PBest)
            .Select(r => $"{Name(r.ModelId)} in {Share(r.PBest)}").ToList();
        if (result.ClearWinner is { } winner)
        {
            return $"{Name(winner.ModelId, start: true)} is best under your weights in {Share(winner.PBest)} of {resamples} resamples of the runs"
                + (others.Count > 0 ? $", {string.Join(", ", others)}." : ".");
        }

        var byShare = ranking.OrderByDescending(r => r.PBest).ToList();
        var rest = byShare.Skip(1).Where(r => r.PBest >= Mentioned).Select(r => $"{Name(r.ModelId)} in {Share(r.PBest)}").ToList();
        return $"No clear winner: {Name(byShare[0].ModelId, start: true)} comes first in {Share(byShare[0].PBest)} of {resamples} resamples of the runs"
            + (rest.Count > 0 ? $", {string.Join(", ", rest)}" : "")
            + $", and no model in {Share(Ranking.ClearMajority)} or more of them. The choice rests on the trade-offs below more than on the ranking.";
    }

    /// <summary>
    /// Why the models first on all the runs are tied. The smallest differences that matter are shown beside the ranking
    /// (and set on the page), so the sentence names them without listing them again.
    /// </summary>
    private const string TieReason = "no weighted criterion separates them by more than the smallest difference that matters.";

    /// <summary>The smallest differences that matter on the criteria with a weight above zero, in words: "5 percentage points of the chance of a firing, $25 per worker per year".</summary>
    public static string MatterText(DifferencesThatMatter matter, RankingWeights weights)
    {
        var weighted = new (string Key, double Weight)[]
        {
            ("wages", weights.Wages), ("demands", weights.Demands), ("safety", weights.Safety), ("control", weights.Control), ("cost", weights.Cost),
        };
        return string.Join(", ", weighted.Where(c => c.Weight > 0).Select(c => MatterAmount(c.Key, matter.For(c.Key))));
    }

    /// <summary>One smallest difference that matters in words: "a quarter point" reads as "0.25 points of wage rise".</summary>
    public static string MatterAmount(string key, double value) => key switch
    {
        "cost" => $"${Numbers.RoundTrip(value)} per worker per year",
        "wages" => $"{Numbers.RoundTrip(value)} points of wage rise",
        "demands" => $"{Numbers.RoundTrip(value)} demands won",
        "safety" => $"{Numbers.RoundTrip(value)} percentage points of the chance of a firing",
        _ => $"{Numbers.RoundTrip(value)} percentage points of the decisions made by workers",
    };

    /// <summary>
    /// What the top model buys and what it risks against the baseline (or, when it is the baseline, against the runner-up):
    /// wages in dollars per worker per year, demands won and worker control where the difference matters (<see cref="MatterRule"/>),
    /// the chance of any firing and the cost per worker per year.
    /// Null with a single model.
    /// </summary>
    public static string? TradeOff(ComparisonResult result)
    {
        var top = result.Ranking[0].ModelId;
        var other = result.Baseline is { } b && b != top && result[b].Applicable ? b : result.Ranking.Skip(1).FirstOrDefault()?.ModelId;
        if (other is null)
        {
            return null;
        }

        var scenario = result.Request.Scenario;
        var a = result[top];
        var o = result[other];
        var gains = new List<string>();
        var losses = new List<string>();
        foreach (var id in new[] { "wageChangePct", "demandsWon", "workerControl" })
        {
            if (OutcomeMetric.All.FirstOrDefault(m => m.Id == id) is not { } metric)
            {
                continue;
            }

            var d = PairedDifference.Of(metric, a.Runs, o.Runs);
            if (!MatterRule.Matters(metric, d, a[id].Mean, o[id].Mean, result.Request.Matter))
            {
                continue;
            }

            var text = id == "wageChangePct"
                ? $"{MetricFormat.Amount(metric, Math.Abs(d.MeanDifference))} of wage rise (about ${Numbers.Whole((long)Math.Round(Math.Abs(d.MeanDifference) / 100 * MeanHourlyWage(scenario) * HoursPerYear))} per worker per year at full-time hours)"
                : id == "demandsWon"
                ? $"{MetricFormat.Amount(metric, Math.Abs(d.MeanDifference))} demands won on average"
                : $"{MetricFormat.Amount(metric, Math.Abs(d.MeanDifference))} of the decisions made by workers";
            (d.MeanDifference > 0 ? gains : losses).Add(text);
        }

        var head = gains.Count == 0 && losses.Count == 0
            ? $"Against {Name(other)}, {Name(top)} does not differ by enough to matter on wages, demands won or worker control"
            : $"Against {Name(other)}, {Name(top)} "
              + string.Join(" but ", new[] { gains.Count > 0 ? "gains " + Join(gains) : null, losses.Count > 0 ? "gives up " + Join(losses) : null }.OfType<string>());
        var parts = new List<string> { head };
        if (OutcomeMetric.All.FirstOrDefault(m => m.Id == "anyFiring") is { } firing)
        {
            parts.Add($"its campaigns see at least one firing {Rate(a[firing.Id])} of the time against {Rate(o[firing.Id])}");
        }

        var costTop = CostPerWorker.Of(result, top);
        var costOther = CostPerWorker.Of(result, other);
        // The difference is taken between the whole dollars shown, so that the sentence's own arithmetic holds.
        var shownTop = (long)Math.Round(costTop.PerYear);
        var shownOther = (long)Math.Round(costOther.PerYear);
        var extra = shownTop - shownOther;
        parts.Add(extra == 0
            ? "and it costs about the same per worker"
            : $"and it costs ${Numbers.Whole(Math.Abs(extra))} {(extra > 0 ? "more" : "less")} per worker per year in dues and conflict hours "
              + $"(${Numbers.Whole(shownTop)} against ${Numbers.Whole(shownOther)})");
        return string.Join("; ", parts) + ".";
    }

    /// <summary>Mean hourly wage of the scenario's workers, dollars: job-class wages weighted by class shares and workplace sizes.</summary>
    public static double MeanHourlyWage(Scenario scenario)
    {
        var workers = scenario.Workplaces.Sum(w => (double)w.Workers);
        return workers <= 0 ? 0 : scenario.Workplaces.Sum(w => w.Workers * w.JobClasses.Sum(c => c.Share * c.HourlyWage)) / workers;
    }

    private static TableBlock AtAGlance(ComparisonResult result)
    {
        var wages = OutcomeMetric.All.FirstOrDefault(m => m.Id == "wageChangePct");
        var firing = OutcomeMetric.All.FirstOrDefault(m => m.Id == "anyFiring");
        var headers = new List<string> { "Model", ">Best in", ">Rank (95% of resamples)" };
        if (wages is not null) headers.Add(">Wage change, % (95% CI)");
        if (firing is not null) headers.Add(">Any firing, % (95% CI)");
        headers.Add(">Cost per worker per year");
        var rows = result.Ranking.Select(r =>
        {
            var m = result[r.ModelId];
            var row = new List<string>
            {
                result.Tied && r.First ? $"{ComparisonReport.Name(r.ModelId)} (tied first)" : ComparisonReport.Name(r.ModelId),
                double.IsNaN(r.PBest) ? "–" : Share(r.PBest),
                RankRange(r),
            };
            if (wages is not null) row.Add(MetricFormat.ValueAndInterval(wages, m[wages.Id].Mean, m[wages.Id].CiLow, m[wages.Id].CiHigh));
            if (firing is not null) row.Add(MetricFormat.ValueAndInterval(firing, m[firing.Id].Mean, m[firing.Id].CiLow, m[firing.Id].CiHigh));
            row.Add("$" + Numbers.Whole((long)Math.Round(CostPerWorker.Of(result, r.ModelId).PerYear)));
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new TableBlock(headers, rows);
    }

    private static string Chart(ComparisonResult result)
    {
        var points = result.Ranking.Select(r => result[r.ModelId]).Select(m =>
        {
            var risk = m["anyFiring"];
            var reward = m["wageChangePct"];
            return new RiskRewardPoint(ComparisonReport.ShortName(m.ModelId), risk.Mean * 100, risk.CiLow * 100, risk.CiHigh * 100, reward.Mean, reward.CiLow, reward.CiHigh,
                SvgCharts.ColorFor(m.ModelId));
        }).ToList();
        return SvgCharts.RiskReward("Risk against reward", "chance of at least one firing (%)", "wage change (%)", points);
    }

    private static string Rate(MetricSummary s) =>
        $"{Numbers.Fixed(s.Mean * 100, 0)}% ({Numbers.Fixed(s.CiLow * 100, 0)}–{Numbers.Fixed(s.CiHigh * 100, 0)}%)";

    /// <summary>The ranks a model takes in 95% of the resamples of the runs, "1–2" or "1" ("–" where it was not ranked).</summary>
    public static string RankRange(RankedModel r) => r.RankLow == 0 ? "–" : r.RankLow == r.RankHigh ? $"{r.RankLow}" : $"{r.RankLow}–{r.RankHigh}";

    /// <summary>
    /// A share of resamples in percent, the one way every table, sentence, chart and the page show it: "71%", "&lt;1%" for a
    /// share above 0 that would round to 0, "&gt;99%" for one below 1 that would round to 100, and exactly "0%" and "100%"
    /// only for none and all. Halves round away from zero on the decimal value (0.845 is 85%, not the 84% its nearest binary
    /// value would give).
    /// </summary>
    public static string Share(double share)
    {
        if (share <= 0) return "0%";
        if (share >= 1) return "100%";
        var percent = Math.Round(Math.Round(share * 100, 9), 0, MidpointRounding.AwayFromZero);
        return percent < 1 ? "<1%" : percent > 99 ? ">99%" : Numbers.Fixed(percent, 0) + "%";
    }

    /// <summary>A model's name in a sentence: lower case, capitalised at the start of one.</summary>
    private static string Name(string modelId, bool start = false)
    {
        var name = ComparisonReport.Name(modelId);
        return start ? char.ToUpperInvariant(name[0]) + name[1..] : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Join(IReadOnlyList<string> items) => items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string JoinNames(IEnumerable<RankedModel> models) => Join(models.Select(r => Name(r.ModelId)).ToList());
}
