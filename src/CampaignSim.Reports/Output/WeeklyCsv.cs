using System.Text;
using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Reports.Output;

/// <summary><c>weekly.csv</c>: per model and week, the mean committee size, action participation and firings so far.</summary>
public static class WeeklyCsv
{
    /// <summary>The file's bytes: UTF-8, '\n' line ends, numbers in round-trip form.</summary>
    public static byte[] Render(ComparisonResult result)
    {
        var text = new StringBuilder("model,week,committee,participation,firingsToDate\n");
        foreach (var model in result.Models.Where(m => m.Applicable))
        {
            var weekly = model.Weekly;
            for (var week = 0; week < weekly.Committee.Length; week++)
            {
                text.Append(Csv.Field(model.ModelId)).Append(',')
                    .Append(Numbers.RoundTrip(week)).Append(',')
                    .Append(Numbers.RoundTrip(weekly.Committee[week])).Append(',')
                    .Append(Numbers.RoundTrip(weekly.Participation[week])).Append(',')
                    .Append(Numbers.RoundTrip(weekly.FiringsToDate[week])).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
