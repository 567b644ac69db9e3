using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace CampaignSim.Cli.Tests;

/// <summary>The tables a researcher reads: the per-run weekly series, Parquet, and pandas reading them.</summary>
public class ResearcherOutputTests(ResearcherOutputTests.Written written) : IClassFixture<ResearcherOutputTests.Written>
{
    private const int Runs = 6;

    /// <summary>One comparison with every table, written once for the tests of the class and removed after them.</summary>
    public sealed class Written : IDisposable
    {
        /// <summary>Runs the comparison.</summary>
        public Written()
        {
            var result = Cli.Run(Temp.Path, "compare", "nursing-home-militant", "--runs", $"{Runs}", "--weekly", "per-run", "--format", "parquet", "--out", "out");
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        /// <summary>The folder holding out/.</summary>
        public TempFolder Temp { get; } = new();

        /// <inheritdoc />
        public void Dispose() => Temp.Dispose();
    }

    private string File(string name) => written.Temp[$"out/{name}"];

    [Fact]
    public void the_per_run_weekly_file_has_a_row_per_run_and_week_and_its_means_are_weekly_csv()
    {
        var weekly = System.IO.File.ReadAllLines(File("weekly.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var perRun = System.IO.File.ReadAllLines(File("weekly-runs.csv"));
        Assert.Equal("scenario,variant,run,model,replication,seed,week,committee,participation,firingsToDate,grievanceMean,commitmentMean", perRun[0]);
        var rows = perRun.Skip(1).Select(l => l.Split(',')).ToArray();
        var runs = System.IO.File.ReadAllLines(File("runs.csv")).Length - 1;
        var weeks = weekly.Select(w => w[1]).Distinct().Count();
        Assert.Equal(runs * weeks, rows.Length);

        foreach (var w in weekly)
        {
            var same = rows.Where(r => r[3] == w[0] && r[6] == w[1]).ToArray();
            Assert.Equal(Runs, same.Length);
            for (var (column, perRunColumn) = (2, 7); column <= 4; column++, perRunColumn++)
            {
                var mean = same.Select(r => double.Parse(r[perRunColumn], CultureInfo.InvariantCulture)).Sum() / same.Length;
                Assert.Equal(double.Parse(w[column], CultureInfo.InvariantCulture), mean, 1e-12);
            }
        }

        Assert.All(rows, r => Assert.InRange(double.Parse(r[10], CultureInfo.InvariantCulture), 0, 1));
        Assert.Contains(rows, r => r[6] != "0" && r[11] != rows[0][11]);
    }

    [Fact]
    public void every_parquet_table_reads_back_to_its_csv()
    {
        foreach (var table in new[] { "runs", "weekly", "weekly-runs" })
        {
            var csv = System.IO.File.ReadAllLines(File(table + ".csv")).Select(l => l.Split(',')).ToArray();
            var columns = ReadParquet(File(table + ".parquet"));
            Assert.Equal(csv[0], columns.Select(c => c.Name));
            Assert.All(columns, c => Assert.Equal(csv.Length - 1, c.Values.Count));
            for (var i = 1; i < csv.Length; i += Math.Max(1, csv.Length / 50))
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = columns[c].Values[i - 1];
                    var text = value switch
                    {
                        double d => d == 0 ? "0" : d.ToString("R", CultureInfo.InvariantCulture),
                        long l => l.ToString(CultureInfo.InvariantCulture),
                        null => "",
                        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                    };
                    Assert.Equal(csv[i][c], text);
                }
            }
        }
    }

    [Fact]
    public void pandas_reads_every_table_and_its_numbers_agree_with_summary_json()
    {
        var python = Python();
        using var summary = JsonDocument.Parse(System.IO.File.ReadAllText(File("summary.json")));
        var wages = summary.RootElement.GetProperty("models").EnumerateArray()
            .Where(m => m.GetProperty("applicable").GetBoolean())
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("outcomes").GetProperty("wageChangePct").GetProperty("mean").GetDouble());
        var script = """
            import sys, pandas as pd
            folder = sys.argv[1]
            for name in ["runs.csv", "weekly.csv", "weekly-runs.csv"]:
                frame = pd.read_csv(f"{folder}/{name}")
                print(name, len(frame))
            runs = pd.read_csv(f"{folder}/runs.csv")
            for model, mean in runs.groupby("model", sort=True)["wageChangePct"].mean().items():
                print("mean", model, repr(float(mean)))
            """;
        var output = Run(python, ["-c", script, written.Temp["out"]]);
        foreach (var (model, mean) in wages)
        {
            var line = output.Split('\n').Single(l => l.StartsWith($"mean {model} ", StringComparison.Ordinal));
            Assert.Equal(mean, double.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture), 1e-9);
        }

        Assert.Contains($"runs.csv {wages.Count * Runs}", output);
    }

    /// <summary>A Python with pandas: CAMPAIGNSIM_PYTHON, else the system python3 (scripts/test.sh installs Debian's python3-pandas as root).</summary>
    private static string Python()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CAMPAIGNSIM_PYTHON"), "/usr/bin/python3", "python3" }.OfType<string>().Where(p => p.Length > 0);
        foreach (var candidate in candidates)
        {
            try
            {
                Run(candidate, ["-c", "import pandas"]);
                return candidate;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Try the next one.
            }
        }

        throw new InvalidOperationException("pandas is needed to check that the CSV tables read in pandas: run the tests with 'bash scripts/test.sh' "
            + "(it installs Debian's python3-pandas as root), apt-get install python3-pandas, or set CAMPAIGNSIM_PYTHON to a Python with pandas.");
    }

    private static string Run(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in two minutes");
        }

        return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"{program} failed: {stderr.Result}");
    }

    private static List<(string Name, List<object?> Values)> ReadParquet(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return ReadAsync(stream).GetAwaiter().GetResult();
    }

    private static async Task<List<(string Name, List<object?> Values)>> ReadAsync(Stream stream)
    {
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var columns = fields.Select(f => (f.Name, Values: new List<object?>())).ToList();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c].Values.AddRange(await Read(group, fields[c], n));
            }
        }

        return columns;
    }

    private static async Task<IEnumerable<object?>> Read(ParquetRowGroupReader group, DataField field, int n)
    {
        if (field.ClrType == typeof(double))
        {
            var values = new double?[n];
            await group.ReadAsync<double>(field, values.AsMemory());
            return values.Select(v => (object?)v);
        }

        if (field.ClrType == typeof(long))
        {
            var values = new long?[n];
            await group.ReadAsync<long>(field, values.AsMemory());
            return values.Select(v => (object?)v);
        }

        var text = new string?[n];
        await group.ReadAsync(field, text.AsMemory());
        return text;
    }
}
