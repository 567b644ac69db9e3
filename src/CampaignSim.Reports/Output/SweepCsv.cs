using System.Globalization;
using System.Text;
using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>
/// <c>sweep.csv</c>: one row per point and model: the swept values, the point's label, model, whether it applies, rank,
/// score, pBest and rank interval, then for every metric its mean and 95% interval (<c>id</c>, <c>id_low</c>,
/// <c>id_high</c>) in the units of summary.json and runs.csv. No time or path, so the same inputs give the same bytes.
/// </summary>
public static class SweepCsv
{
    /// <summary>The file names a sweep writes that verify regenerates.</summary>
    public static IReadOnlyList<string> Deterministic { get; } = ["sweep.csv", "sweep-runs.csv"];

    /// <summary>The deterministic files of a sweep.</summary>
    public static IReadOnlyDictionary<string, byte[]> RenderData(SweepResult sweep) => new Dictionary<string, byte[]>
    {
        ["sweep.csv"] = Render(sweep),
        ["sweep-runs.csv"] = RunsCsv.Render(Parts(sweep), sweep.Paths),
    };

    /// <summary>The file a sweep with <c>--worlds K</c> writes beside the others, and verify regenerates.</summary>
    public const string WorldsFileName = "sweep-worlds.csv";

    /// <summary>
    /// The bytes of sweep-worlds.csv: one row per point and model that applies, with how the model fares across the point's
    /// plausible worlds: the worlds it is first in (alone or shared), its share of first places, and its median, worst-tenth
    /// and largest regret on the 0–1 score; then whether the point's ranking is robust.
    /// </summary>
    public static byte[] RenderWorlds(SweepResult sweep, IReadOnlyList<RobustSection> robust)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(robust);
        var text = new StringBuilder();
        text.AppendJoin(',', sweep.Paths.Select(Csv.Field).Concat(["point", "worlds", "model", "firstIn", "aloneFirstIn", "bestShare",
            "medianRegret", "worstTenthRegret", "maxRegret", "robust"]));
        text.Append('\n');
        for (var k = 0; k < sweep.Results.Count; k++)
        {
            var ranking = robust[k].Ranking;
            var lead = string.Join(',', sweep.Paths.Select(p => Csv.Field(ScenarioValues.Read(sweep.Results[k].Request.Scenario, p) ?? "")).Append(SweepResult.Label(k)));
            foreach (var m in ranking.Models)
            {
                text.Append(lead).Append(',').Append(ranking.Worlds.Count.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv.Field(m.ModelId))
                    .Append(',').Append(m.FirstIn.ToString(CultureInfo.InvariantCulture)).Append(',').Append(m.AloneFirstIn.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(Numbers.RoundTrip(m.BestShare)).Append(',').Append(Numbers.RoundTrip(m.MedianRegret))
                    .Append(',').Append(Numbers.RoundTrip(m.WorstTenthRegret)).Append(',').Append(Numbers.RoundTrip(m.MaxRegret))
                    .Append(',').Append(ranking.Robust ? "true" : "false").Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Writes sweep-runs.csv row by row (the bytes <see cref="RenderData"/> gives it).</summary>
    public static void WriteRuns(Stream stream, SweepResult sweep) => RunsCsv.Write(stream, Parts(sweep), sweep.Paths);

    private static DataPart[] Parts(SweepResult sweep) => sweep.Results.Select((r, k) => new DataPart(SweepResult.Label(k), r)).ToArray();

    /// <summary>The bytes of sweep.csv.</summary>
    public static byte[] Render(SweepResult sweep)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', sweep.Paths.Select(Csv.Field).Concat(["point", "model", "applicable", "rank", "score", "pBest", "rankLow", "rankHigh"])
            .Concat(OutcomeMetric.All.SelectMany(m => new[] { m.Id, m.Id + "_low", m.Id + "_high" })));
        text.Append('\n');
        for (var k = 0; k < sweep.Results.Count; k++)
        {
            var result = sweep.Results[k];
            var lead = string.Join(',', sweep.Paths.Select(p => Csv.Field(ScenarioValues.Read(result.Request.Scenario, p) ?? "")).Append(SweepResult.Label(k)));
            foreach (var model in result.Models)
            {
                var ranked = result.Ranking.FirstOrDefault(r => r.ModelId == model.ModelId);
                text.Append(lead).Append(',').Append(Csv.Field(model.ModelId))
                    .Append(',').Append(model.Applicable ? "true" : "false")
                    .Append(',').Append(ranked?.Rank.ToString(CultureInfo.InvariantCulture) ?? "")
                    .Append(',').Append(ranked is null ? "" : Numbers.RoundTrip(ranked.Score))
                    .Append(',').Append(ranked is null || double.IsNaN(ranked.PBest) ? "" : Numbers.RoundTrip(ranked.PBest))
                    .Append(',').Append(ranked?.RankLow.ToString(CultureInfo.InvariantCulture) ?? "")
                    .Append(',').Append(ranked?.RankHigh.ToString(CultureInfo.InvariantCulture) ?? "");
                foreach (var metric in OutcomeMetric.All)
                {
                    if (model.Applicable)
                    {
                        var s = model[metric.Id];
                        text.Append(',').Append(Numbers.RoundTrip(s.Mean)).Append(',').Append(Numbers.RoundTrip(s.CiLow)).Append(',').Append(Numbers.RoundTrip(s.CiHigh));
                    }
                    else
                    {
                        text.Append(",,,");
                    }
                }

                text.Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
