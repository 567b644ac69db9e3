using System.Text;

namespace CampaignSim.Reports.Output;

/// <summary>A plain-text table for the terminal: padded columns, numbers right-aligned.</summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _right;
    private readonly List<string[]> _rows = [];

    /// <summary>A table with these columns; a header starting with '>' is right-aligned (the '>' is dropped).</summary>
    public TextTable(params string[] headers)
    {
        _right = headers.Select(h => h.StartsWith('>')).ToArray();
        _headers = headers.Select(h => h.TrimStart('>')).ToArray();
    }

    /// <summary>Adds a row; missing cells are blank.</summary>
    public void Add(params string[] cells) =>
        _rows.Add(Enumerable.Range(0, _headers.Length).Select(i => i < cells.Length ? cells[i] : "").ToArray());

    /// <summary>The table as lines of text.</summary>
    public override string ToString()
    {
        var widths = Enumerable.Range(0, _headers.Length)
            .Select(i => _rows.Select(r => r[i].Length).Append(_headers[i].Length).Max())
            .ToArray();
        var text = new StringBuilder();
        Line(text, _headers, widths);
        Line(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(_right[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
