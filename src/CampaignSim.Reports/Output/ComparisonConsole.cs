using CampaignSim.Reports;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>The comparison summary printed on stdout: ranking with the key metrics, skipped models, differences from the baseline.</summary>
public static class ComparisonConsole
{
    /// <summary>Writes the summary.</summary>
    public static void Write(TextWriter output, ComparisonResult result)
    {
        var request = result.Request;
        var applicable = result.Models.Count(m => m.Applicable);
        output.WriteLine(request.Scenario.Name);
        output.WriteLine(ScenarioDescription.Brief(request.Scenario));
        output.WriteLine($"{applicable} model{(applicable == 1 ? "" : "s")} × {Numbers.Whole(request.Replications)} runs, seed {request.BaseSeed} "
            + $"(run i uses seed {request.BaseSeed}+i for every model), baseline {result.Baseline ?? "none"}");
        output.WriteLine($"Weights: {request.Weights}");
        output.WriteLine($"Smallest differences that matter: {request.Matter}");
        output.WriteLine();

        var keys = KeyMetrics.All;
        var headers = new List<string> { ">Rank", "Model", ">Best in", ">Rank range", ">Score" };
        headers.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
        var table = new TextTable(headers.ToArray());
        foreach (var r in result.Ranking)
        {
            var model = result[r.ModelId];
            var cells = new List<string>
            {
                r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ModelId,
                double.IsNaN(r.PBest) ? "–" : BottomLine.Share(r.PBest),
                BottomLine.RankRange(r),
                Numbers.Fixed(r.Score, 2),
            };
            cells.AddRange(keys.Select(k => Cell(k, model[k.Id])));
            table.Add(cells.ToArray());
        }

        output.Write(table.ToString());
        output.WriteLine("  [a, b] = 95% confidence interval of the mean; best in = share of resamples of the runs in which the model ranks first");
        output.WriteLine("  (a first place shared by k models counts 1/k to each); rank 1 goes to every model tied for first: one that no weighted");
        output.WriteLine("  criterion separates from the leader by more than the smallest difference that matters");
        if (result.Ranking.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(BottomLine.Answer(result));
            output.WriteLine(BottomLine.AssumptionsCaveat);
            if (BottomLine.TradeOff(result) is { } tradeOff)
            {
                output.WriteLine(tradeOff);
            }
        }

        var skipped = result.Models.Where(m => !m.Applicable).ToList();
        if (skipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not applicable here (skipped):");
            foreach (var m in skipped)
            {
                output.WriteLine($"  {m.ModelId}: {m.NotApplicableReason}");
            }
        }

        if (result.Baseline is { } baseline && result.Differences.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Differences from {baseline} (model minus baseline, paired by seed; [95% CI]; * = the interval excludes 0):");
            var diffHeaders = new List<string> { "Model" };
            diffHeaders.AddRange(keys.Select(k => ">" + MetricFormat.Header(k)));
            var diffTable = new TextTable(diffHeaders.ToArray());
            foreach (var (modelId, differences) in result.Differences)
            {
                var cells = new List<string> { modelId };
                foreach (var k in keys)
                {
                    var d = differences.First(x => x.Metric == k.Id);
                    cells.Add(MetricFormat.DifferenceCell(k, d) + (d.Clear ? "" : " "));
                }

                diffTable.Add(cells.ToArray());
            }

            output.Write(diffTable.ToString());
        }
    }

    private static string Cell(OutcomeMetric metric, MetricSummary s) =>
        KeyMetrics.WithInterval.Contains(metric.Id)
            ? $"{MetricFormat.Value(metric, s.Mean)} [{MetricFormat.Value(metric, s.CiLow)}, {MetricFormat.Value(metric, s.CiHigh)}]"
            : MetricFormat.Value(metric, s.Mean);
}
