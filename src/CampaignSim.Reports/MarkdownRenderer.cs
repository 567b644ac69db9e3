using System.Text;

namespace CampaignSim.Reports;

/// <summary>Renders a report as Markdown for pasting into a document; charts are left to the HTML version.</summary>
public static class MarkdownRenderer
{
    /// <summary>The report as Markdown text.</summary>
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(report.Title)).Append("\n\n");
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    text.Append(new string('#', h.Level)).Append(' ').Append(Escape(h.Text)).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    text.Append(Escape(p.Text)).Append("\n\n");
                    break;
                case BulletListBlock l:
                    foreach (var item in l.Items)
                    {
                        text.Append("- ").Append(Escape(item)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case TableBlock t:
                    Table(text, t);
                    break;
                case ChartBlock:
                    break;
                default:
                    throw new InvalidOperationException($"No Markdown for {block.GetType().Name}.");
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Escapes Markdown punctuation in plain text so that user text cannot change the layout.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void Table(StringBuilder text, TableBlock t)
    {
        text.Append('|');
        for (var c = 0; c < t.Headers.Count; c++)
        {
            text.Append(' ').Append(Escape(t.HeaderText(c))).Append(" |");
        }

        text.Append("\n|");
        for (var c = 0; c < t.Headers.Count; c++)
        {
            text.Append(t.RightAligned(c) ? "---:|" : "---|");
        }

        text.Append('\n');
        foreach (var row in t.Rows)
        {
            text.Append('|');
            for (var c = 0; c < t.Headers.Count; c++)
            {
                text.Append(' ').Append(Escape(c < row.Count ? row[c] : "")).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }
}
