using System.Globalization;
using System.Text;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Reports.Output;

/// <summary>
/// <c>weekly-runs.csv</c> (<c>--weekly per-run</c>): every run week by week, long format, one row per run and week, written
/// to disk while the runs go. Runs finish on several threads; each is turned into its rows on its own thread and the rows
/// are written in job order (models as requested, then replications), so the file is the same at any thread count and
/// only the runs finished ahead of the next one to write wait in memory.
/// </summary>
public sealed class WeeklyRunsCsv : IDisposable
{
    /// <summary>File name in an output folder.</summary>
    public const string FileName = "weekly-runs.csv";

    /// <summary>The header line.</summary>
    public const string Header = "scenario,variant,run,model,replication,seed,week,committee,participation,firingsToDate,grievanceMean,commitmentMean";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Stream _stream;
    private readonly string _lead;
    private readonly Dictionary<int, byte[]> _waiting = [];
    private readonly Lock _gate = new();
    private int _next;

    /// <summary>Starts the file on <paramref name="stream"/> (which it closes when disposed) and writes the header.</summary>
    public WeeklyRunsCsv(Stream stream, string scenarioName, string variant)
    {
        _stream = stream;
        _lead = Csv.Field(scenarioName) + "," + Csv.Field(variant) + ",";
        var header = Utf8.GetBytes(Header + "\n");
        _stream.Write(header);
    }

    /// <summary>Takes one finished run (from any thread): renders its rows, then writes every run now next in order.</summary>
    public void Accept(int job, RunSummary run, RunResult result)
    {
        var rows = Rows(job, run, RunWeeks.From(result));
        lock (_gate)
        {
            _waiting[job] = rows;
            while (_waiting.Remove(_next, out var ready))
            {
                _stream.Write(ready);
                _next++;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private byte[] Rows(int job, RunSummary run, RunWeeks weeks)
    {
        var text = new StringBuilder();
        var id = _lead + job.ToString(CultureInfo.InvariantCulture) + "," + Csv.Field(run.ModelId) + ","
            + run.Replication.ToString(CultureInfo.InvariantCulture) + "," + run.Seed.ToString(CultureInfo.InvariantCulture) + ",";
        var t = weeks.Timeline;
        for (var week = 0; week < t.Committee.Length; week++)
        {
            text.Append(id).Append(week.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(t.Committee[week].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Numbers.RoundTrip(t.Participation[week])).Append(',')
                .Append(t.FiringsToDate[week].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Numbers.RoundTrip(weeks.GrievanceMean[week])).Append(',')
                .Append(Numbers.RoundTrip(weeks.CommitmentMean[week])).Append('\n');
        }

        return Utf8.GetBytes(text.ToString());
    }
}
