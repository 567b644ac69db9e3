using System.Net;
using System.Text;

namespace CampaignSim.Reports;

/// <summary>
/// Renders a report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts and no links to the
/// network. Every piece of text is HTML-escaped.
/// </summary>
public static class HtmlRenderer
{
    private const string Style = """
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; margin: 0; }
        main { max-width: 960px; margin: 0 auto; padding: 24px 20px 60px; }
        h1 { font-size: 26px; margin: 0 0 12px; }
        h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
        th, td { border: 1px solid #d0d0d0; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 12px 0 20px; }
        figcaption { font-size: 13px; color: #555; }
        svg { max-width: 100%; height: auto; }
        svg text { font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; fill: #333; }
        @media print { h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
        """;

    /// <summary>The report as an HTML document.</summary>
    public static string Render(Report report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(report.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(report.Title)).Append("</h1>\n");
        AppendBlocks(html, report.Blocks);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Blocks as an HTML fragment, exactly as <see cref="Render"/> writes them inside the document (for pages that show part of a report).</summary>
    public static string RenderBlocks(IEnumerable<ReportBlock> blocks)
    {
        var html = new StringBuilder();
        AppendBlocks(html, blocks);
        return html.ToString();
    }

    private static void AppendBlocks(StringBuilder html, IEnumerable<ReportBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var level = Math.Clamp(h.Level, 2, 6);
                    html.Append($"<h{level}>").Append(Encode(h.Text)).Append($"</h{level}>\n");
                    break;
                case ParagraphBlock p:
                    html.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case BulletListBlock l:
                    html.Append("<ul>\n");
                    foreach (var item in l.Items)
                    {
                        html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case TableBlock t:
                    Table(html, t);
                    break;
                case ChartBlock c:
                    html.Append("<figure>\n").Append(c.Svg).Append("\n<figcaption>").Append(Encode(c.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                default:
                    throw new InvalidOperationException($"No HTML for {block.GetType().Name}.");
            }
        }
    }

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void Table(StringBuilder html, TableBlock t)
    {
        html.Append("<table>\n<thead><tr>");
        for (var c = 0; c < t.Headers.Count; c++)
        {
            html.Append(t.RightAligned(c) ? "<th class=\"num\">" : "<th>").Append(Encode(t.HeaderText(c))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < t.Headers.Count; c++)
            {
                html.Append(t.RightAligned(c) ? "<td class=\"num\">" : "<td>").Append(Encode(c < row.Count ? row[c] : "")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
