using System.Text;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Cli.Output;

/// <summary><c>runs.csv</c>: one row per run (model, replication, seed, every metric, then every job class's outcomes), for analysis elsewhere.</summary>
public static class RunsCsv
{
    /// <summary>The file's bytes: UTF-8, '\n' line ends, numbers in round-trip form.</summary>
    public static byte[] Render(ComparisonResult result)
    {
        var text = new StringBuilder();
        var classes = JobClassColumns.Classes(result);
        text.Append("model,replication,seed");
        foreach (var metric in OutcomeMetric.All)
        {
            text.Append(',').Append(metric.Id);
        }

        foreach (var jobClass in classes)
        {
            foreach (var (measure, _) in JobClassColumns.Measures)
            {
                text.Append(',').Append(Csv.Field(JobClassColumns.Column(jobClass, measure)));
            }
        }

        text.Append('\n');
        foreach (var model in result.Models.Where(m => m.Applicable))
        {
            foreach (var run in model.Runs)
            {
                text.Append(Csv.Field(model.ModelId)).Append(',')
                    .Append(Numbers.RoundTrip(run.Replication)).Append(',')
                    .Append(run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var metric in OutcomeMetric.All)
                {
                    text.Append(',').Append(Numbers.RoundTrip(metric.Read(run.Outcome)));
                }

                foreach (var jobClass in classes)
                {
                    foreach (var (_, read) in JobClassColumns.Measures)
                    {
                        text.Append(',').Append(Numbers.RoundTrip(JobClassColumns.Value(run.Outcome, jobClass, read)));
                    }
                }

                text.Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
