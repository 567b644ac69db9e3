using System.Globalization;
using System.Net;
using System.Text;
using CampaignSim.Analysis;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>Writes a Morris screening as Markdown tables and as an inline SVG bar chart of μ* for one metric.</summary>
public static class SensitivityReport
{
    private const int Width = 720;

    /// <summary>
    /// The screening as Markdown: the setup, the parameters and their ranges, how often each parameter changed the
    /// ranking of the models, and per metric μ*, μ and σ of every parameter (most important first).
    /// </summary>
    public static string ToMarkdown(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var k = result.Parameters.Count;
        var delta = result.Levels / (2.0 * (result.Levels - 1));
        sb.Append(Invariant($"## Morris screening: {result.ScenarioName}\n\n"));
        sb.Append(Invariant($"{result.Trajectories} trajectories × {k + 1} points on a {result.Levels}-level grid (step Δ = {delta:0.###} of each range), "));
        sb.Append(Invariant($"{result.ReplicationsPerPoint} replications per model at every point on the same seeds, seed {result.Seed}: "));
        sb.Append(Invariant($"{result.Trajectories * (k + 1) * result.Models.Count * result.ReplicationsPerPoint} runs. "));
        sb.Append(Invariant($"Models: {string.Join(", ", result.Models.Select(m => $"`{m}`"))}; ranking weights {result.Weights}.\n\n"));
        sb.Append("Effects are in the metric's unit per move across the parameter's whole screened range, for the mean over the models. ");
        sb.Append("μ* (mean absolute effect) ranks importance; σ large against μ* means the effect depends on the other parameters ");
        sb.Append("(interactions or non-linearity); μ much smaller than μ* means the effect changes sign.\n\n");

        sb.Append("### Parameters\n\n| Parameter | Path | Screened range | Why this range |\n|---|---|---|---|\n");
        foreach (var p in result.Parameters)
        {
            sb.Append(Invariant($"| {ParameterLabels.For(p.Path)} | `{p.Path}` | {p.Min:0.###}–{p.Max:0.###} | {p.Reason} |\n"));
        }

        var tops = result.BaseTopModels.GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Invariant($"`{g.Key}` in {g.Count()}"));
        sb.Append(Invariant($"\n### Ranking of the models\n\nAt the trajectories' starting points the top-ranked model was {string.Join(", ", tops)} of {result.Trajectories}. "));
        sb.Append("The table counts the steps (one per trajectory) after which moving the parameter alone put another model first, ");
        sb.Append("or changed the order anywhere.\n\n");
        sb.Append("| Parameter | Top model changed | Order changed |\n|---|---|---|\n");
        foreach (var r in result.RankingChanges.Select((r, i) => (r, i)).OrderByDescending(x => x.r.TopModelChanges)
                     .ThenByDescending(x => x.r.OrderChanges).ThenBy(x => x.i).Select(x => x.r))
        {
            sb.Append(Invariant($"| {ParameterLabels.For(r.Parameter)} | {r.TopModelChanges} of {r.Steps} | {r.OrderChanges} of {r.Steps} |\n"));
        }

        foreach (var metric in result.Metrics)
        {
            var m = OutcomeMetric.Get(metric);
            sb.Append(Invariant($"\n### {m.Label} (`{metric}`, {m.Unit})\n\n| Parameter | μ* | μ | σ |\n|---|---|---|---|\n"));
            foreach (var e in result.For(metric))
            {
                sb.Append(Invariant($"| {ParameterLabels.For(e.Parameter)} | {Number(e.MuStar)} | {Number(e.Mu)} | {Number(e.Sigma)} |\n"));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A horizontal bar chart of μ* per parameter for one metric (mean over models), most important first, with σ as a
    /// thin line: inline SVG with every label HTML-escaped, no script and no external resource. Workplace keys are labelled
    /// without their <c>workplaces[].</c> prefix.
    /// </summary>
    /// <param name="result">The screening.</param>
    /// <param name="metric">A metric id of <see cref="SensitivityResult.Metrics"/>.</param>
    public static string ToSvgChart(SensitivityResult result, string metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Metrics.Contains(metric))
        {
            throw new ArgumentException($"The screening did not read '{metric}'. It read: {string.Join(", ", result.Metrics)}.", nameof(metric));
        }

        const int left = 250, right = 70, top = 34, barHeight = 16, gap = 6, axis = 26;
        var effects = result.For(metric);
        var label = OutcomeMetric.Get(metric);
        var title = $"μ* of {label.Label} ({label.Unit} per range) by parameter: {result.ScenarioName}";
        var height = top + effects.Count * (barHeight + gap) + axis;
        var high = Math.Max(1e-12, effects.Select(e => Math.Max(e.MuStar, e.Sigma)).DefaultIfEmpty(0).Max());
        var plot = Width - left - right;
        double X(double v) => left + v / high * plot;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{Encode(title)}\">"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{height}\" fill=\"#fff\"/>"));
        svg.Append(Text(8, 20, title, "start", bold: true));
        var bottom = top + effects.Count * (barHeight + gap);
        svg.Append(Line(X(0), top - 4, X(0), bottom, "#888"));
        for (var i = 0; i < effects.Count; i++)
        {
            var e = effects[i];
            var y = top + i * (barHeight + gap);
            svg.Append(Text(left - 8, y + barHeight * 0.75, Shorten(ParameterLabels.For(e.Parameter)), "end"));
            svg.Append(Invariant($"<rect x=\"{F(X(0))}\" y=\"{F(y)}\" width=\"{F(Math.Max(0, X(e.MuStar) - X(0)))}\" height=\"{barHeight}\" fill=\"#4e79a7\" fill-opacity=\"0.85\"/>"));
            svg.Append(Line(X(0), y + barHeight / 2.0, X(e.Sigma), y + barHeight / 2.0, "#222"));
            svg.Append(Text(Width - right + 6, y + barHeight * 0.75, Number(e.MuStar), "start"));
        }

        svg.Append(Text(left, bottom + 17, "bar: μ*, line: σ; the paths are in the parameter table", "start"));
        return svg.Append("</svg>").ToString();
    }

    private static string Text(double x, double y, string text, string anchor, bool bold = false) =>
        Invariant($"<text x=\"{F(x)}\" y=\"{F(y)}\" font-family=\"sans-serif\" font-size=\"12\" text-anchor=\"{anchor}\"{(bold ? " font-weight=\"bold\"" : "")}>{Encode(text)}</text>");

    private static string Line(double x1, double y1, double x2, double y2, string color) =>
        Invariant($"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{color}\" stroke-width=\"1\"/>");

    /// <summary>Longest label that fits left of the bars at 12 px.</summary>
    private const int MaxLabel = 40;

    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(double v) => Math.Abs(v) < 0.0005 ? "0" : v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
