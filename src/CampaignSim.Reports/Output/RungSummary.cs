using System.Text.Json;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Reports.Output;

/// <summary>
/// How far a model's campaigns got on one rung of the ladder: the largest share of the workers in one action on it, over
/// the runs (0 in a run that never used it), and how often it was used at all.
/// </summary>
/// <param name="Id">The rung's id in files: the tactic's name in camelCase (<c>marchOnTheBoss</c>).</param>
/// <param name="Mean">Mean over the runs.</param>
/// <param name="CiLow">Lower end of the 95% interval of the mean (Student's t, never below the smallest value).</param>
/// <param name="CiHigh">Upper end of that interval.</param>
/// <param name="P50">Median run.</param>
/// <param name="P90">90th percentile run.</param>
/// <param name="Used">Share of the runs with at least one action on the rung.</param>
public sealed record RungSummary(string Id, double Mean, double CiLow, double CiHigh, double P50, double P90, double Used)
{
    /// <summary>The rung's id in files: <c>petition</c>, <c>marchOnTheBoss</c>, … <c>strike</c>.</summary>
    public static string IdOf(Tactic rung) => JsonNamingPolicy.CamelCase.ConvertName(rung.ToString());

    /// <summary>The summary of a rung over a model's runs.</summary>
    public static RungSummary Of(RunTable runs, Tactic rung)
    {
        var values = runs.RungValues(rung);
        if (values.Count == 0)
        {
            return new RungSummary(IdOf(rung), 0, 0, 0, 0, 0, 0);
        }

        var mean = Statistics.Mean(values);
        var (low, high) = Statistics.MeanInterval95(values, mean);
        var sorted = values.Order().ToArray();
        return new RungSummary(IdOf(rung), mean, low, high, Statistics.Percentile(sorted, 0.5), Statistics.Percentile(sorted, 0.9),
            values.Count(v => v > 0) / (double)values.Count);
    }
}
