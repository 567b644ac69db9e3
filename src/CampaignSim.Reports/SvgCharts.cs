using System.Text;
using CampaignSim.Reports.Output;
using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Reports;

/// <summary>Bar and line charts drawn as inline SVG, with no script and no external resource.</summary>
public static class SvgCharts
{
    private const int Width = 720;
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"];

    /// <summary>A fixed colour per model, the same in every chart.</summary>
    public static string ColorFor(string modelId)
    {
        var index = ModelCatalog.Ids.ToList().IndexOf(modelId);
        return index >= 0 ? Palette[index % Palette.Length] : "#7f7f7f";
    }

    /// <summary>Horizontal bars with 95% interval whiskers, one per model.</summary>
    public static string Bars(string title, IReadOnlyList<ChartBar> bars, Func<double, string> format)
    {
        const int left = 200, right = 80, top = 34, barHeight = 20, gap = 10, axis = 28;
        var height = top + bars.Count * (barHeight + gap) + axis;
        var low = Math.Min(0, bars.Select(b => Math.Min(b.Low, b.Mean)).DefaultIfEmpty(0).Min());
        var high = Math.Max(0, bars.Select(b => Math.Max(b.High, b.Mean)).DefaultIfEmpty(1).Max());
        var ticks = NiceTicks(low, high);
        low = ticks[0];
        high = ticks[^1];
        var plot = Width - left - right;
        double X(double v) => left + (v - low) / (high - low) * plot;

        var svg = Open(title, height);
        svg.Append(Text(8, 20, title, "start", bold: true));
        var bottom = top + bars.Count * (barHeight + gap);
        foreach (var t in ticks)
        {
            svg.Append(Line(X(t), top - 4, X(t), bottom, "#e3e3e3"));
            svg.Append(Text(X(t), bottom + 16, TickLabel(t, ticks), "middle"));
        }

        svg.Append(Line(X(0), top - 4, X(0), bottom, "#888"));
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = top + i * (barHeight + gap);
            var x0 = Math.Min(X(0), X(b.Mean));
            var w = Math.Max(1, Math.Abs(X(b.Mean) - X(0)));
            svg.Append(Text(left - 8, y + barHeight * 0.7, b.Label, "end"));
            svg.Append($"<rect x=\"{F(x0)}\" y=\"{F(y)}\" width=\"{F(w)}\" height=\"{barHeight}\" fill=\"{b.Color}\" fill-opacity=\"0.85\"/>");
            var mid = y + barHeight / 2.0;
            svg.Append(Line(X(b.Low), mid, X(b.High), mid, "#222"));
            svg.Append(Line(X(b.Low), mid - 5, X(b.Low), mid + 5, "#222"));
            svg.Append(Line(X(b.High), mid - 5, X(b.High), mid + 5, "#222"));
            svg.Append(Text(Width - right + 8, y + barHeight * 0.7, format(b.Mean), "start"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Lines over the weeks, one per model, with a legend below. <paramref name="whole"/> marks a count (workers fired,
    /// committee members): its ticks are whole numbers, and a line that stays at 0 still gets a scale from 0 to 1 rather than
    /// ticks that all read 0.
    /// </summary>
    public static string Lines(string title, string yLabel, IReadOnlyList<ChartSeries> series, bool whole = false)
    {
        const int left = 64, right = 20, top = 34, plotHeight = 220, legendRow = 20;
        var weeks = series.Select(s => s.Values.Count).DefaultIfEmpty(1).Max() - 1;
        var legendRows = (series.Count + 2) / 3;
        var height = top + plotHeight + 44 + legendRows * legendRow + 8;
        var highest = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var ticks = NiceTicks(0, highest > 0 ? highest : 1, whole ? 1 : 0);
        var high = ticks[^1];
        var plot = Width - left - right;
        double X(double week) => left + (weeks <= 0 ? 0 : week / weeks * plot);
        double Y(double v) => top + plotHeight - v / high * plotHeight;

        var svg = Open(title, height);
        svg.Append(Text(8, 20, title, "start", bold: true));
        foreach (var t in ticks)
        {
            svg.Append(Line(left, Y(t), Width - right, Y(t), "#e3e3e3"));
            svg.Append(Text(left - 6, Y(t) + 4, TickLabel(t, ticks), "end"));
        }

        foreach (var w in NiceTicks(0, Math.Max(weeks, 1)).Where(w => w <= weeks))
        {
            svg.Append(Line(X(w), top + plotHeight, X(w), top + plotHeight + 4, "#888"));
            svg.Append(Text(X(w), top + plotHeight + 17, Numbers.Fixed(w, 0), "middle"));
        }

        svg.Append(Line(left, top + plotHeight, Width - right, top + plotHeight, "#888"));
        svg.Append(Text(left + plot / 2.0, top + plotHeight + 32, "week", "middle"));
        svg.Append(VerticalLabel(top + plotHeight / 2.0, yLabel));
        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, k) => $"{F(X(k))},{F(Y(v))}"));
            svg.Append($"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"{points}\"/>");
        }

        svg.Append(Legend(series.Select(x => (x.Label, x.Color)).ToArray(), left, top + plotHeight + 44, plot, legendRow));

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Risk against reward: one mark per model at (chance of any firing, wage change) with a cross of 95% intervals; up and
    /// to the left is better. Labels sit beside their marks, nudged apart when they would overlap.
    /// </summary>
    public static string RiskReward(string title, string xLabel, string yLabel, IReadOnlyList<RiskRewardPoint> points)
    {
        const int left = 64, right = 190, top = 34, plotHeight = 300, bottomMargin = 44;
        var height = top + plotHeight + bottomMargin;
        var xTicks = NiceTicks(Math.Min(0, points.Select(p => p.RiskLow).DefaultIfEmpty(0).Min()), Math.Max(1, points.Select(p => p.RiskHigh).DefaultIfEmpty(1).Max()));
        var yLow = points.Select(p => p.RewardLow).DefaultIfEmpty(0).Min();
        var yHigh = points.Select(p => p.RewardHigh).DefaultIfEmpty(1).Max();
        var pad = Math.Max(1e-6, (yHigh - yLow) * 0.1);
        var yTicks = NiceTicks(yLow - pad, yHigh + pad);
        var plot = Width - left - right;
        double X(double v) => left + (v - xTicks[0]) / (xTicks[^1] - xTicks[0]) * plot;
        double Y(double v) => top + plotHeight - (v - yTicks[0]) / (yTicks[^1] - yTicks[0]) * plotHeight;

        var svg = Open(title, height);
        svg.Append(Text(8, 20, title, "start", bold: true));
        foreach (var t in xTicks)
        {
            svg.Append(Line(X(t), top, X(t), top + plotHeight, "#e3e3e3"));
            svg.Append(Text(X(t), top + plotHeight + 16, TickLabel(t, xTicks), "middle"));
        }

        foreach (var t in yTicks)
        {
            svg.Append(Line(left, Y(t), left + plot, Y(t), "#e3e3e3"));
            svg.Append(Text(left - 6, Y(t) + 4, TickLabel(t, yTicks), "end"));
        }

        svg.Append(Line(left, top + plotHeight, left + plot, top + plotHeight, "#888"));
        svg.Append(Line(left, top, left, top + plotHeight, "#888"));
        svg.Append(Text(left + plot / 2.0, top + plotHeight + 34, xLabel, "middle"));
        svg.Append(VerticalLabel(top + plotHeight / 2.0, yLabel));
        svg.Append(Text(left + 6, top + 14, "better: up and to the left", "start"));
        var labelY = new List<double>();
        foreach (var p in points.OrderBy(p => Y(p.Reward)))
        {
            var (x, y) = (X(p.Risk), Y(p.Reward));
            svg.Append(Line(X(p.RiskLow), y, X(p.RiskHigh), y, p.Color, 3));
            svg.Append(Line(x, Y(p.RewardLow), x, Y(p.RewardHigh), p.Color, 3));
            svg.Append($"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"8\" fill=\"{p.Color}\" stroke=\"#222\" stroke-width=\"1\"/>");
            var ly = y + 4;
            while (labelY.Any(other => Math.Abs(other - ly) < 14))
            {
                ly += 14;
            }

            labelY.Add(ly);
            svg.Append(Line(x + 7, y, left + plot + 6, ly - 4, "#bbb"));
            svg.Append(Text(left + plot + 10, ly, p.Label, "start"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Values across the points of a sweep (evenly spaced, labelled below), one line per model with a mark and a 95%
    /// interval whisker at every point; <paramref name="fixedHigh"/> pins the top of the scale (100 for shares in percent).
    /// </summary>
    public static string AcrossPoints(string title, string yLabel, IReadOnlyList<string> xLabels, IReadOnlyList<PointSeries> series, double? fixedHigh = null)
    {
        const int left = 64, right = 20, top = 34, plotHeight = 220, legendRow = 20;
        var legendRows = (series.Count + 2) / 3;
        var height = top + plotHeight + 50 + legendRows * legendRow + 8;
        var low = Math.Min(0, series.SelectMany(s => s.Low).DefaultIfEmpty(0).Min());
        var ticks = NiceTicks(low, fixedHigh ?? Math.Max(series.SelectMany(s => s.High).DefaultIfEmpty(0).Max(), 1e-9));
        var plot = Width - left - right;
        var n = Math.Max(1, xLabels.Count);
        double X(int k) => left + (k + 0.5) * plot / n;
        double Y(double v) => top + plotHeight - (v - ticks[0]) / (ticks[^1] - ticks[0]) * plotHeight;

        var svg = Open(title, height);
        svg.Append(Text(8, 20, title, "start", bold: true));
        foreach (var t in ticks)
        {
            svg.Append(Line(left, Y(t), Width - right, Y(t), "#e3e3e3"));
            svg.Append(Text(left - 6, Y(t) + 4, TickLabel(t, ticks), "end"));
        }

        var every = Math.Max(1, (int)Math.Ceiling(n / 12.0));
        for (var k = 0; k < xLabels.Count; k += every)
        {
            svg.Append(Text(X(k), top + plotHeight + 17, xLabels[k], "middle"));
        }

        svg.Append(Line(left, top + plotHeight, Width - right, top + plotHeight, "#888"));
        svg.Append(VerticalLabel(top + plotHeight / 2.0, yLabel));
        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, k) => $"{F(X(k))},{F(Y(v))}"));
            svg.Append($"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"{points}\"/>");
            for (var k = 0; k < s.Values.Count; k++)
            {
                svg.Append(Line(X(k), Y(s.Low[k]), X(k), Y(s.High[k]), s.Color, 1.5));
                svg.Append($"<circle cx=\"{F(X(k))}\" cy=\"{F(Y(s.Values[k]))}\" r=\"3.5\" fill=\"{s.Color}\"/>");
            }
        }

        svg.Append(Legend(series.Select(x => (x.Label, x.Color)).ToArray(), left, top + plotHeight + 50, plot, legendRow));

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Round tick values covering [low, high], about five of them, at least <paramref name="smallestStep"/> apart.</summary>
    public static double[] NiceTicks(double low, double high, double smallestStep = 0)
    {
        if (!(high > low))
        {
            high = low + 1;
        }

        var raw = Math.Max((high - low) / 5, smallestStep);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var start = Math.Floor(low / step) * step;
        var ticks = new List<double>();
        for (var t = start; t < high + step * 0.999; t += step)
        {
            ticks.Add(Math.Round(t / step) * step);
        }

        return ticks.ToArray();
    }

    /// <summary>A tick value with as many decimals as the tick step needs.</summary>
    private static string TickLabel(double value, double[] ticks)
    {
        var step = ticks.Length > 1 ? ticks[1] - ticks[0] : 1;
        var decimals = 0;
        while (decimals < 4 && Math.Abs(step * Math.Pow(10, decimals) - Math.Round(step * Math.Pow(10, decimals))) > 1e-9)
        {
            decimals++;
        }

        return Numbers.Fixed(value, decimals);
    }

    /// <summary>A legend below a plot: a colour swatch and a label per series, three to a row.</summary>
    private static string Legend(IReadOnlyList<(string Label, string Color)> items, int left, int top, int plot, int rowHeight)
    {
        var legend = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            var x = left + i % 3 * (plot / 3.0);
            var y = top + i / 3 * rowHeight;
            legend.Append($"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"14\" height=\"4\" fill=\"{items[i].Color}\"/>");
            legend.Append(Text(x + 20, y + 6, items[i].Label, "start"));
        }

        return legend.ToString();
    }

    /// <summary>An axis title turned to run up the left edge, centred at height <paramref name="y"/>.</summary>
    private static string VerticalLabel(double y, string text) =>
        $"<text x=\"14\" y=\"{F(y)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {F(y)})\">{HtmlRenderer.Encode(text)}</text>";

    private static StringBuilder Open(string title, int height) =>
        new StringBuilder()
            .Append($"<svg viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{HtmlRenderer.Encode(title)}\">")
            .Append($"<rect width=\"{Width}\" height=\"{height}\" fill=\"#fff\"/>");

    private static string Line(double x1, double y1, double x2, double y2, string color, double width = 1) =>
        $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{color}\" stroke-width=\"{Numbers.RoundTrip(width)}\"/>";

    private static string Text(double x, double y, string text, string anchor, bool bold = false) =>
        $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\"{(bold ? " font-weight=\"bold\"" : "")}>{HtmlRenderer.Encode(text)}</text>";

    private static string F(double v) => Numbers.Fixed(v, 1);
}
