using System.Globalization;
using System.Text;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>Writes calibration results as the Markdown page <c>docs/calibration.md</c>.</summary>
public static class CalibrationReport
{
    /// <summary>
    /// The command that regenerates the page. <c>--out</c> names a folder as for every command; <c>--force</c> because
    /// docs/ holds other pages, which it keeps: it replaces only the files docs/campaignsim-files.sha256 lists as
    /// campaignsim's, this page (docs/cli.md, "Output folders").
    /// </summary>
    public const string Command = "campaignsim calibrate --out docs --force";

    /// <summary>The whole page: how it was produced, a summary table, then each target with its mapping and, when missed, why.</summary>
    /// <param name="results">Results of <see cref="Calibration.Run(IReadOnlyDictionary{string, Domain.Scenarios.Scenario}, int, ulong, int?)"/>.</param>
    public static string ToMarkdown(IReadOnlyList<CalibrationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var replications = results.Count == 0 ? 0 : results[0].Replications;
        var seed = results.Count == 0 ? 0 : results[0].Seed;
        var sb = new StringBuilder();
        sb.Append("# Calibration\n\n");
        sb.Append("Simulated figures against published ones. Each target runs a defined situation with the model's defaults: only the\n");
        sb.Append("situation is set (workforce, union, employer hostility, contract calendar), never a behaviour or mechanics parameter.\n");
        sb.Append("A target passes when the mean of its samples lies within the tolerance of the published figure. The interval is the\n");
        sb.Append("95% confidence interval of that mean (1.96 standard errors, samples treated as independent). Sources are sections of\n");
        sb.Append("[sources.md](sources.md); the parameters and their sources are in [ODD.md](ODD.md).\n\n");
        sb.Append(Invariant($"Regenerate this page with `{Command}`. The numbers below come from {replications} replications per model "));
        sb.Append(Invariant($"from seed {seed} (run k of a target uses seed {seed} + k, so no two runs share draws) on engine version {EngineInfo.Version}. "));
        sb.Append("The page is written by `CalibrationReport.ToMarkdown` from `Calibration.Run` in `src/CampaignSim.Analysis`; ");
        sb.Append("the tests in `tests/CampaignSim.Analysis.Tests` run every target with the same replications and seed and fail ");
        sb.Append("when a pass or fail here no longer matches the engine.\n\n");

        sb.Append("| Target | Source | Published | Simulated mean (95% CI) | Accepted | Samples | Result |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            var t = r.Target;
            sb.Append(Invariant($"| [{t.Name}](#{t.Id}) | {ShortSource(t.Source)} | {Value(t.Published, t.Unit)} | "));
            sb.Append(Invariant($"{Value(r.Mean, t.Unit)} ({Value(r.CiLow, t.Unit)} – {Value(r.CiHigh, t.Unit)}) | "));
            sb.Append(Invariant($"{Value(t.Low, t.Unit)} – {Value(t.High, t.Unit)} | {r.Samples} in {r.Runs} runs | {(r.Pass ? "pass" : "**fail**")} |\n"));
        }

        var missed = results.Where(r => !r.Pass).ToArray();
        sb.Append('\n');
        sb.Append(missed.Length == 0
            ? "Every target passes.\n"
            : Invariant($"{results.Count - missed.Length} of {results.Count} targets pass. The model misses ")
              + string.Join("; ", missed.Select(m => $"*{m.Target.Name}*"))
              + " with its documented defaults; each section below says why. No parameter was moved to make a target pass.\n");

        foreach (var r in results)
        {
            var t = r.Target;
            sb.Append(Invariant($"\n<a id=\"{t.Id}\"></a>\n\n## {t.Name}\n\n"));
            sb.Append(Invariant($"- **Published:** {Value(t.Published, t.Unit)}. {t.Source}.\n"));
            sb.Append(Invariant($"- **Situation:** `scenarios/cases/{t.Case}.yaml`: {r.Scenario.Description.Trim()} {r.Scenario.Weeks} weeks; models: {string.Join(", ", t.Models.Select(m => $"`{m}`"))}.\n"));
            sb.Append(Invariant($"- **Measure:** {t.Measure}\n"));
            sb.Append(Invariant($"- **Tolerance:** ±{Distance(t.Tolerance, t.Unit)}, because {t.ToleranceReason}.\n"));
            sb.Append(Invariant($"- **Simulated:** {Value(r.Mean, t.Unit)} (95% CI {Value(r.CiLow, t.Unit)} – {Value(r.CiHigh, t.Unit)}) from {r.Samples} samples in {r.Runs} runs: "));
            sb.Append(r.Pass ? "**pass**.\n" : "**fail**.\n");
            if (!r.Pass && t.WhenMissed.Length > 0)
            {
                sb.Append(Invariant($"- **Why it misses:** {t.WhenMissed}\n"));
            }
        }

        return sb.ToString();
    }

    private static string ShortSource(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        var section = source.LastIndexOf("(sources", StringComparison.Ordinal);
        var who = colon > 0 ? source[..colon] : source;
        return section >= 0 ? $"{who} {source[section..].Split(';')[0].TrimEnd(')')})" : who;
    }

    private static string Value(double v, string unit) =>
        unit == "share" ? Invariant($"{v * 100:F1}%") : Invariant($"{v:F1}{unit}");

    private static string Distance(double v, string unit) =>
        unit == "share" ? Invariant($"{v * 100:0.#} points") : Invariant($"{v:0.#} {(unit == "%" ? "points" : unit)}");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
