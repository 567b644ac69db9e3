using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace CampaignSim.Cli.Output;

/// <summary>
/// Writes a CSV table campaignsim produced as the same table in Parquet (<c>--format parquet</c>), for pandas, R's arrow
/// and DuckDB. Each column gets the narrowest type that holds every value: whole numbers as 64-bit integers, other numbers
/// as doubles (read from the round-trip text, so the values are bit for bit those of the CSV), <c>true</c>/<c>false</c>
/// as booleans, anything else as text; an empty cell is null. Rows go out in groups of <see cref="RowGroupRows"/>, so a
/// large per-run table is never held in memory whole. Snappy compression, no timestamps: the same CSV gives the same bytes.
/// </summary>
public static class ParquetTable
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 65_536;

    /// <summary>Converts a CSV file already written into <paramref name="folder"/>'s staging folder, writing its Parquet twin beside it.</summary>
    public static void Convert(OutputFolder folder, string relativeCsv)
    {
        var csv = Path.Combine(folder.Staging, relativeCsv);
        using var output = folder.OpenWrite(ComparisonFiles.ParquetNameFor(relativeCsv));
        Write(csv, output);
    }

    /// <summary>Converts the CSV file at <paramref name="csvPath"/> into <paramref name="output"/>.</summary>
    public static void Write(string csvPath, Stream output)
    {
        var header = ReadRows(csvPath).First();
        var kinds = new Kind[header.Length];
        foreach (var row in ReadRows(csvPath).Skip(1))
        {
            for (var c = 0; c < kinds.Length; c++)
            {
                kinds[c] = Widen(kinds[c], c < row.Length ? row[c] : "");
            }
        }

        var fields = header.Select((name, c) => Field(name, kinds[c])).ToArray();
        WriteAsync(csvPath, output, fields, kinds).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(string csvPath, Stream output, DataField[] fields, Kind[] kinds)
    {
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy });
        var batch = new List<string[]>(RowGroupRows);
        foreach (var row in ReadRows(csvPath).Skip(1))
        {
            batch.Add(row);
            if (batch.Count == RowGroupRows)
            {
                await WriteGroup(writer, fields, kinds, batch);
                batch.Clear();
            }
        }

        if (batch.Count > 0 || fields.Length > 0)
        {
            await WriteGroup(writer, fields, kinds, batch);
        }
    }

    private static async Task WriteGroup(ParquetWriter writer, DataField[] fields, Kind[] kinds, List<string[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            string Cell(string[] row) => c < row.Length ? row[c] : "";
            switch (kinds[c])
            {
                case Kind.Integer:
                    await group.WriteAsync<long>(fields[c], rows.Select(r => Cell(r) is { Length: > 0 } t ? long.Parse(t, CultureInfo.InvariantCulture) : (long?)null).ToArray());
                    break;
                case Kind.Number:
                    await group.WriteAsync<double>(fields[c], rows.Select(r => Cell(r) is { Length: > 0 } t ? double.Parse(t, CultureInfo.InvariantCulture) : (double?)null).ToArray());
                    break;
                case Kind.Boolean:
                    await group.WriteAsync<bool>(fields[c], rows.Select(r => Cell(r) is { Length: > 0 } t ? t == "true" : (bool?)null).ToArray());
                    break;
                default:
                    await group.WriteAsync(fields[c], rows.Select(r => Cell(r) is { Length: > 0 } t ? t : null).ToArray()!);
                    break;
            }
        }
    }

    private static DataField Field(string name, Kind kind) => kind switch
    {
        Kind.Integer => new DataField<long?>(name),
        Kind.Number => new DataField<double?>(name),
        Kind.Boolean => new DataField<bool?>(name),
        _ => new DataField<string>(name, true),
    };

    /// <summary>The narrowest kind that holds both what a column held so far and <paramref name="cell"/>.</summary>
    private static Kind Widen(Kind kind, string cell)
    {
        if (cell.Length == 0 || kind == Kind.Text)
        {
            return kind;
        }

        var cellKind = long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? Kind.Integer
            : cell.All(ch => char.IsAsciiDigit(ch) || ch == '-') ? Kind.Text // a whole number too large for 64 bits (a seed): kept exact as text
            : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? Kind.Number
            : cell is "true" or "false" ? Kind.Boolean
            : Kind.Text;
        return (kind, cellKind) switch
        {
            (Kind.Empty, _) => cellKind,
            _ when kind == cellKind => kind,
            (Kind.Integer, Kind.Number) or (Kind.Number, Kind.Integer) => Kind.Number,
            _ => Kind.Text,
        };
    }

    /// <summary>The rows of a CSV file campaignsim wrote (RFC 4180 quoting, '\n' line ends, no line breaks inside fields).</summary>
    private static IEnumerable<string[]> ReadRows(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            yield return Split(line);
        }
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    private enum Kind
    {
        Empty,
        Integer,
        Number,
        Boolean,
        Text,
    }
}
