using System.Text.Json;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Reports.Output;

/// <summary>
/// <c>summary.json</c>: the comparison's distributions, paired differences and ranking. It holds no time, path or
/// machine detail, so the same inputs give byte-identical files anywhere and at any thread count.
/// </summary>
public static class SummaryJson
{
    /// <summary>
    /// Format version of the file; bump when fields change meaning. 3: ties by the smallest differences that matter
    /// (<c>matter</c>, <c>firstPlace</c>, <c>ranking[].first</c>), safety read as the chance of any firing, and participation
    /// above a petition and by rung (docs/cli.md § summary.json).
    /// </summary>
    public const int FormatVersion = 3;

    /// <summary>The file's bytes; with <paramref name="robust"/>, a <c>robust</c> object after the ranking (<c>compare --worlds</c>).</summary>
    public static byte[] Render(ComparisonResult result, RobustSection? robust = null) => JsonText.Render(w =>
    {
        var request = result.Request;
        w.WriteStartObject();
        w.WriteNumber("format", FormatVersion);
        w.WriteStartObject("scenario");
        w.WriteString("name", request.Scenario.Name);
        w.WriteString("hash", result.ScenarioHash);
        w.WriteNumber("weeks", request.Scenario.Weeks);
        w.WriteEndObject();
        w.WriteString("engineVersion", EngineInfo.Version);
        w.WriteNumber("runs", request.Replications);
        w.WriteNumber("seed", request.BaseSeed);
        if (result.Baseline is { } baseline)
        {
            w.WriteString("baseline", baseline);
        }
        else
        {
            w.WriteNull("baseline");
        }

        w.WriteStartObject("weights");
        JsonText.Number(w, "wages", request.Weights.Wages);
        JsonText.Number(w, "demands", request.Weights.Demands);
        JsonText.Number(w, "safety", request.Weights.Safety);
        JsonText.Number(w, "control", request.Weights.Control);
        JsonText.Number(w, "cost", request.Weights.Cost);
        w.WriteEndObject();

        w.WriteStartObject("matter");
        JsonText.Number(w, "wages", request.Matter.Wages);
        JsonText.Number(w, "demands", request.Matter.Demands);
        JsonText.Number(w, "safety", request.Matter.Safety);
        JsonText.Number(w, "control", request.Matter.Control);
        JsonText.Number(w, "cost", request.Matter.Cost);
        w.WriteEndObject();

        w.WriteStartArray("metrics");
        foreach (var metric in OutcomeMetric.All)
        {
            w.WriteStartObject();
            w.WriteString("id", metric.Id);
            w.WriteString("label", metric.Label);
            w.WriteString("unit", metric.Unit);
            w.WriteString("description", metric.Description);
            w.WriteString("interval", MetricKind.IsProportion(metric) ? "wilson" : "t");
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("models");
        foreach (var model in result.Models)
        {
            WriteModel(w, model);
        }

        w.WriteEndArray();

        w.WriteStartObject("differences");
        foreach (var (modelId, differences) in result.Differences)
        {
            w.WriteStartObject(modelId);
            foreach (var d in differences)
            {
                w.WriteStartObject(d.Metric);
                JsonText.Number(w, "mean", d.MeanDifference);
                JsonText.Interval(w, d.CiLow, d.CiHigh);
                w.WriteBoolean("clear", d.Clear);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartObject("rankingMethod");
        w.WriteNumber("resamples", request.Resamples);
        JsonText.Number(w, "clearMajority", Ranking.ClearMajority);
        JsonText.Number(w, "hourValue", Ranking.HourValue);
        w.WriteNumber("workers", Ranking.Workers(request.Scenario));
        w.WriteEndObject();
        if (result.ClearWinner is { } winner)
        {
            w.WriteString("winner", winner.ModelId);
        }
        else
        {
            w.WriteNull("winner");
        }

        w.WriteStartArray("firstPlace");
        foreach (var first in result.FirstPlace)
        {
            w.WriteStringValue(first.ModelId);
        }

        w.WriteEndArray();

        w.WriteStartArray("ranking");
        foreach (var r in result.Ranking)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", r.Rank);
            w.WriteString("id", r.ModelId);
            JsonText.Number(w, "score", r.Score);
            w.WriteBoolean("first", r.First);
            JsonText.Number(w, "pBest", r.PBest);
            w.WriteString("bestIn", double.IsNaN(r.PBest) ? "" : BottomLine.Share(r.PBest));
            w.WritePropertyName("rankInterval95");
            w.WriteStartArray();
            w.WriteNumberValue(r.RankLow);
            w.WriteNumberValue(r.RankHigh);
            w.WriteEndArray();
            var cost = CostPerWorker.Of(result, r.ModelId);
            w.WriteStartObject("costPerWorker");
            JsonText.Number(w, "dues", cost.Dues);
            JsonText.Number(w, "conflictHours", cost.ConflictHours);
            JsonText.Number(w, "conflict", cost.Conflict);
            JsonText.Number(w, "total", cost.Total);
            w.WriteEndObject();
            w.WriteStartObject("criteria");
            foreach (var (name, value) in r.Criteria)
            {
                JsonText.Number(w, name, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        robust?.WriteJson(w);
        w.WriteEndObject();
    });

    private static void WriteModel(Utf8JsonWriter w, ModelResult model)
    {
        w.WriteStartObject();
        w.WriteString("id", model.ModelId);
        w.WriteBoolean("applicable", model.Applicable);
        if (!model.Applicable)
        {
            w.WriteString("reason", model.NotApplicableReason ?? "");
        }

        w.WriteNumber("runs", model.Runs.Count);
        w.WriteStartObject("outcomes");
        foreach (var (metricId, s) in model.Outcomes)
        {
            w.WriteStartObject(metricId);
            JsonText.Number(w, "mean", s.Mean);
            JsonText.Number(w, "p5", s.P5);
            JsonText.Number(w, "p50", s.P50);
            JsonText.Number(w, "p95", s.P95);
            JsonText.Interval(w, s.CiLow, s.CiHigh);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (model.Applicable && model.Runs.Count > 0)
        {
            WritePeakHistogram(w, model);
            WriteByRung(w, model);
            WriteByClass(w, model);
        }

        w.WriteEndObject();
    }

    /// <summary>How the largest action above a petition spreads over the runs (<see cref="PeakHistogram"/>).</summary>
    private static void WritePeakHistogram(Utf8JsonWriter w, ModelResult model)
    {
        w.WriteStartArray("peakParticipationAbovePetitionHistogram");
        foreach (var c in PeakHistogram.Counts(model))
        {
            w.WriteNumberValue(c);
        }

        w.WriteEndArray();
    }

    /// <summary>The largest share of the workers in one action on each rung of the ladder (<see cref="RungSummary"/>), lowest rung first.</summary>
    private static void WriteByRung(Utf8JsonWriter w, ModelResult model)
    {
        w.WriteStartObject("byRung");
        foreach (var rung in RunTable.Rungs)
        {
            var s = RungSummary.Of(model.Runs, rung);
            w.WriteStartObject(s.Id);
            JsonText.Number(w, "mean", s.Mean);
            JsonText.Interval(w, s.CiLow, s.CiHigh);
            JsonText.Number(w, "p50", s.P50);
            JsonText.Number(w, "p90", s.P90);
            JsonText.Number(w, "used", s.Used);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Outcomes per job class: the mean over runs and its 95% interval, for each class and measure.</summary>
    private static void WriteByClass(Utf8JsonWriter w, ModelResult model)
    {
        w.WriteStartObject("byClass");
        foreach (var jobClass in model.Runs.JobClasses)
        {
            w.WriteStartObject(jobClass);
            for (var k = 0; k < JobClassColumns.Measures.Count; k++)
            {
                var measure = JobClassColumns.Measures[k].Id;
                var values = model.Runs.ClassValues(jobClass, k);
                var mean = Statistics.Mean(values);
                var half = Statistics.HalfWidth95(values, mean);
                w.WriteStartObject(measure);
                JsonText.Number(w, "mean", mean);
                JsonText.Interval(w, mean - half, mean + half);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
