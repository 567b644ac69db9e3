using System.Globalization;
using System.Text;
using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>
/// <c>runs.csv</c> and <c>sweep-runs.csv</c>: one row per run, long format: scenario, variant, every varied parameter,
/// model, replication, seed, every metric, every job class's outcomes, then the largest share in one action on each rung. Stacking the files of several comparisons
/// keeps every row's origin.
/// </summary>
public static class RunsCsv
{
    /// <summary>
    /// The column after <c>variant</c> in a robust comparison's file (<c>compare --worlds</c>): empty for the runs at the
    /// scenario's own values, else the number of the plausible world (1 to K, the worlds file's first K) the run was in.
    /// </summary>
    public const string WorldColumn = "world";

    /// <summary>The columns before the parameters.</summary>
    public static IReadOnlyList<string> Leading { get; } = ["scenario", "variant"];

    /// <summary>The file's bytes for one comparison: UTF-8, '\n' line ends, numbers in round-trip form.</summary>
    public static byte[] Render(ComparisonResult result, string variant = "", IReadOnlyList<string>? parameters = null) =>
        Render([new DataPart(variant, result)], parameters ?? []);

    /// <summary>The file's bytes for several comparisons (the points of a sweep), in order.</summary>
    /// <param name="parts">Each comparison with its variant label.</param>
    /// <param name="parameters">The varied <c>--set</c> paths; each gets a column holding the value the comparison's scenario has.</param>
    public static byte[] Render(IReadOnlyList<DataPart> parts, IReadOnlyList<string> parameters)
    {
        using var bytes = new MemoryStream();
        Write(bytes, parts, parameters);
        return bytes.ToArray();
    }

    /// <summary>
    /// Writes the file to <paramref name="stream"/> row by row (the same bytes as <see cref="Render(IReadOnlyList{DataPart}, IReadOnlyList{string})"/>),
    /// so that a comparison of any number of runs never holds the whole file in memory.
    /// </summary>
    public static void Write(Stream stream, IReadOnlyList<DataPart> parts, IReadOnlyList<string> parameters)
    {
        using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var row = new StringBuilder();
        var classes = parts.SelectMany(p => JobClassColumns.Classes(p.Result)).Distinct().ToArray();
        var worlds = parts.Any(p => p.World is not null);
        row.AppendJoin(',', Leading.Concat(worlds ? [WorldColumn] : []).Concat(parameters.Select(Csv.Field)).Concat(["model", "replication", "seed"])
            .Concat(OutcomeMetric.All.Select(m => m.Id))
            .Concat(classes.SelectMany(c => JobClassColumns.Measures.Select(m => Csv.Field(JobClassColumns.Column(c, m.Id)))))
            .Concat(RunTable.Rungs.Select(RungColumn)));
        row.Append('\n');
        writer.Write(row);
        foreach (var part in parts)
        {
            var lead = string.Join(',', new[] { part.Result.Request.Scenario.Name, part.Variant }
                .Concat(worlds ? [part.World ?? ""] : [])
                .Concat(parameters.Select(p => ScenarioValues.Read(part.Result.Request.Scenario, p) ?? ""))
                .Select(Csv.Field));
            foreach (var model in part.Result.Models.Where(m => m.Applicable))
            {
                var runs = model.Runs;
                for (var run = 0; run < runs.Count; run++)
                {
                    row.Clear();
                    row.Append(lead).Append(',').Append(Csv.Field(model.ModelId)).Append(',')
                        .Append(Numbers.RoundTrip(run)).Append(',')
                        .Append(runs.Seed(run).ToString(CultureInfo.InvariantCulture));
                    foreach (var metric in OutcomeMetric.All)
                    {
                        row.Append(',').Append(Numbers.RoundTrip(runs.Value(metric, run)));
                    }

                    foreach (var jobClass in classes)
                    {
                        for (var measure = 0; measure < JobClassColumns.Measures.Count; measure++)
                        {
                            row.Append(',').Append(Numbers.RoundTrip(runs.ClassValue(jobClass, measure, run)));
                        }
                    }

                    foreach (var rung in RunTable.Rungs)
                    {
                        row.Append(',').Append(Numbers.RoundTrip(runs.RungValue(rung, run)));
                    }

                    row.Append('\n');
                    writer.Write(row);
                }
            }
        }
    }

    /// <summary>A rung's column: <c>rung[marchOnTheBoss].peakParticipation</c>, the largest share of the workers in one action on it.</summary>
    public static string RungColumn(Domain.Tactics.Tactic rung) => $"rung[{RungSummary.IdOf(rung)}].peakParticipation";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
