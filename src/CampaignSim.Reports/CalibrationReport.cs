using System.Globalization;
using System.Text;
using CampaignSim.Analysis;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Reports;

/// <summary>Writes calibration results as the Markdown page <c>docs/calibration.md</c>.</summary>
public static class CalibrationReport
{
    /// <summary>
    /// The command that regenerates the page. <c>--out</c> names a folder as for every command; <c>--force</c> because
    /// docs/ holds other pages, which it keeps: it replaces only the files docs/campaignsim-files.sha256 lists as
    /// campaignsim's, this page (docs/cli.md, "Output folders").
    /// </summary>
    public const string Command = "campaignsim calibrate --out docs --force";

    /// <summary>The sentence that reports one set's passes, as the page and the command print it.</summary>
    public static string SetSummary(CalibrationSet set, IReadOnlyList<CalibrationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var inSet = results.Where(r => r.Target.Set == set).ToArray();
        var undecided = inSet.Count(r => r.Verdict == CalibrationVerdict.Undecided);
        return Invariant($"{SetName(set)} set: {inSet.Count(r => r.Pass)} of {inSet.Length} targets within tolerance")
            + (undecided == 0 ? "." : Invariant($", {undecided} undecided."));
    }

    /// <summary>A verdict as the tables show it.</summary>
    public static string VerdictWord(CalibrationVerdict verdict) => verdict switch
    {
        CalibrationVerdict.Pass => "pass",
        CalibrationVerdict.Undecided => "undecided",
        _ => "fail",
    };

    /// <summary>
    /// The whole page: how it was produced, the two sets and their pass counts, a table per set, each target with its
    /// mapping, uncertainty and diagnostics (and, when missed, why), the review of inputs, and how to run another world.
    /// </summary>
    /// <param name="results">Results of <see cref="Calibration.Run(IReadOnlyDictionary{string, Domain.ScenarioSpecs.Scenario}, int, ulong, int?)"/>.</param>
    public static string ToMarkdown(IReadOnlyList<CalibrationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var replications = results.Count == 0 ? 0 : results[0].Replications;
        var seed = results.Count == 0 ? 0 : results[0].Seed;
        var sb = new StringBuilder();
        sb.Append("# Calibration\n\n");
        sb.Append("Simulated figures against published ones. Each target runs a defined situation with the model's defaults: only the\n");
        sb.Append("situation is set (workforce, union, employer hostility, contract calendar), never a behaviour or mechanics parameter\n");
        sb.Append("(a diagnostic that shows what another coefficient would give says which one it sets, and runs on the same seeds).\n");
        sb.Append("A target passes when its simulated figure (a mean, or where the published figure is a median or an effect, that\n");
        sb.Append("statistic) and the figure's whole 95% confidence interval lie within the tolerance of the published figure, and\n");
        sb.Append("fails when the whole interval lies outside it; a target whose interval crosses an edge of the accepted range is\n");
        sb.Append("**undecided**, because the replications run cannot tell on which side of the edge the model's figure lies, and is\n");
        sb.Append("counted as neither. The interval treats each run as a cluster of samples. Sources are sections of [sources.md](sources.md); the\n");
        sb.Append("parameters and their sources are in [ODD.md](ODD.md). Every simulated number on this page, in the prose under a\n");
        sb.Append("missed target too, is computed by the run that wrote it.\n\n");
        sb.Append(Invariant($"Regenerate this page with `{Command}`. The numbers below come from {replications} replications per model "));
        sb.Append(Invariant($"from seed {seed} (replication r of the model at place m in the catalogue uses seed {seed} + m × {replications} + r, "));
        sb.Append(Invariant($"so no two runs of a case share draws) on engine version {EngineInfo.Version}. "));
        sb.Append("The page is written by `CalibrationReport.ToMarkdown` in `src/CampaignSim.Reports` from `Calibration.Run` in `src/CampaignSim.Analysis`; ");
        sb.Append("the tests in `tests/CampaignSim.Analysis.Tests` run every target with the same replications and seed and fail ");
        sb.Append("when a pass or fail here no longer matches the engine.\n\n");

        AppendSets(sb, results);
        foreach (var set in new[] { CalibrationSet.Fitting, CalibrationSet.Validation })
        {
            AppendTable(sb, set, results.Where(r => r.Target.Set == set).ToArray());
        }

        foreach (var r in results)
        {
            AppendTarget(sb, r);
        }

        AppendInputReview(sb, results);
        AppendHistoryMatching(sb);
        return sb.ToString();
    }

    private static void AppendSets(StringBuilder sb, IReadOnlyList<CalibrationResult> results)
    {
        sb.Append("## Fitting and validation sets\n\n");
        sb.Append("The targets are split in two. The **fitting set** may be used to choose the engine's defaults: each of its targets\n");
        sb.Append(Invariant($"says which parameters it informs. The **validation set** was chosen before any fitting, at engine {CalibrationTargets.SplitEngineVersion}, and is never\n"));
        sb.Append("used to choose anything: each of its targets tests a prediction that the fitting set does not directly constrain\n");
        sb.Append("(the fitting set holds the one-year first-contract figure, the validation set the two-year one and the median wait;\n");
        sb.Append("the fitting set the overall win rate, the validation set that of large units; the fitting set strike-vote support\n");
        sb.Append("among all members, the validation set how it splits into turnout and yes votes). Its pass rate is the honest\n");
        sb.Append("measure of what the model predicts. The tests pin the validation set, so a target cannot move to the fitting set\n");
        sb.Append(Invariant($"unnoticed. Defaults chosen before the split (engine {CalibrationTargets.SplitEngineVersion}) cite some validation figures among their sources, such as\n"));
        sb.Append("the two-year first-contract figure behind `mechanics.bargaining.firstContractPace`; from the split on they are held out.\n");
        sb.Append(Invariant($"Two targets joined the validation set at engine {CalibrationTargets.RatificationTargetsEngineVersion}, with the change to ratification votes they test (a contract\n"));
        sb.Append("short of its ask no longer passed with every vote cast): the yes shares that ratified the contracts after the CTU 2012\n");
        sb.Append("and UTLA 2019 strikes. Their tolerance follows the spread of the same unions' votes on other contracts, and no\n");
        sb.Append("parameter was chosen on them.\n\n");
        sb.Append(SetSummary(CalibrationSet.Fitting, results)).Append(' ');
        sb.Append(SetSummary(CalibrationSet.Validation, results)).Append('\n');
        var missed = results.Where(r => r.Fail).ToArray();
        var undecided = results.Where(r => r.Verdict == CalibrationVerdict.Undecided).ToArray();
        sb.Append(missed.Length == 0 && undecided.Length == 0
            ? "\nEvery target passes.\n"
            : missed.Length == 0
                ? "\nNo target fails.\n"
                : "\nThe model misses " + string.Join("; ", missed.Select(m => $"*{m.Target.Name}*"))
                  + " with its documented defaults; each section below says why where the mechanics explain it. No parameter was moved to make a target pass.\n");
        if (undecided.Length > 0)
        {
            sb.Append("\nUndecided at these replications: " + string.Join("; ", undecided.Select(u =>
                Invariant($"*{u.Target.Name}* ({Value(u.Value, u.Target.Unit)}, interval {Value(u.CiLow, u.Target.Unit)} – {Value(u.CiHigh, u.Target.Unit)} across the edge at {Value(u.CrossedEdge, u.Target.Unit)})")))
                + ".\n");
        }
        sb.Append('\n');
    }

    private static void AppendTable(StringBuilder sb, CalibrationSet set, IReadOnlyList<CalibrationResult> results)
    {
        sb.Append(Invariant($"### {SetName(set)} set\n\n"));
        sb.Append("| Target | Source | Published | Simulated (95% CI) | Accepted | Uncertainty (SD) | Implausibility | Samples | Result |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            var t = r.Target;
            sb.Append(Invariant($"| [{t.Name}](#{t.Id}) | {ShortSource(t.Source)} | {Value(t.Published, t.Unit)} | "));
            sb.Append(Invariant($"{Value(r.Value, t.Unit)} ({Value(r.CiLow, t.Unit)} – {Value(r.CiHigh, t.Unit)}) | "));
            sb.Append(Invariant($"{Value(t.Low, t.Unit)} – {Value(t.High, t.Unit)} | ±{Distance(t.Uncertainty, t.Unit)} | {Implausibility(r)} | "));
            sb.Append(Invariant($"{r.Samples} in {r.Runs} runs | {TableVerdict(r.Verdict)} |\n"));
        }

        sb.Append('\n');
    }

    private static void AppendTarget(StringBuilder sb, CalibrationResult r)
    {
        var t = r.Target;
        sb.Append(Invariant($"<a id=\"{t.Id}\"></a>\n\n## {t.Name}\n\n"));
        sb.Append(Invariant($"- **Published:** {Value(t.Published, t.Unit)}. {t.Source}.\n"));
        sb.Append(Invariant($"- **Set:** {SetName(t.Set).ToLowerInvariant()}; {t.SetReason}.\n"));
        sb.Append(Invariant($"- **Situation:** `scenarios/cases/{t.Case}.yaml`: {r.Scenario.Description.Trim()} {r.Scenario.Weeks} weeks; models: {string.Join(", ", t.Models.Select(m => $"`{m}`"))}.\n"));
        sb.Append(Invariant($"- **Measure:** {t.Measure}{StatisticNote(t.Statistic)}\n"));
        sb.Append(Invariant($"- **Tolerance:** ±{Distance(t.Tolerance, t.Unit)}, because {t.ToleranceReason}.\n"));
        sb.Append(Invariant($"- **Uncertainty:** a standard deviation of {Distance(t.Uncertainty, t.Unit)}: {t.UncertaintyReason}.\n"));
        sb.Append(Invariant($"- **Simulated:** {Value(r.Value, t.Unit)} (95% CI {Value(r.CiLow, t.Unit)} – {Value(r.CiHigh, t.Unit)}) from {r.Samples} samples in {r.Runs} runs; "));
        sb.Append(Invariant($"implausibility {Implausibility(r)}: "));
        sb.Append(r.Verdict switch
        {
            CalibrationVerdict.Pass => "**pass**.\n",
            CalibrationVerdict.Undecided => Invariant($"**undecided**: the interval crosses the edge of the accepted range at {Value(r.CrossedEdge, t.Unit)}")
                + ToDecide(r, more => $"about {more} replications per model would decide it if the figure held (`--runs {more}`)") + "\n",
            _ => "**fail**.\n",
        });
        if (t.Diagnostics.Count > 0)
        {
            sb.Append("- **Also measured:** ");
            sb.Append(string.Join("; ", t.Diagnostics.Select(d =>
                Invariant($"{d.Description}{(d.Settings.Count > 0 ? $" ({CalibrationText.Settings(d)}{(d.Case is null ? "" : $", `{d.Case}`")})" : d.Case is null ? "" : $" (`{d.Case}`)")}: {Value(r.Diagnostics[d.Key].Value, d.Unit)}"))));
            sb.Append(".\n");
        }

        if (!r.FigureWithinTolerance && t.WhenMissed.Length > 0)
        {
            sb.Append(Invariant($"- **Why it misses:** {CalibrationText.Render(t.WhenMissed, r)}.\n"));
        }

        sb.Append('\n');
    }

    /// <summary>
    /// What would decide an undecided target, as "; …." (or "." when nothing can be said): <paramref name="runs"/> given
    /// the replications per model, or that the figure sits too near the edge for the most the command line runs.
    /// </summary>
    public static string ToDecide(CalibrationResult r, Func<int, string> runs)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(runs);
        if (r.ReplicationsToDecide is not { } more) return ".";
        return more <= ComparisonRequest.MaxReplications
            ? "; " + runs(more) + "."
            : Invariant($"; the figure sits so near the edge that even {ComparisonRequest.MaxReplications:N0} replications per model would not decide it.");
    }

    /// <summary>A verdict in a table row: a failure stands out.</summary>
    public static string TableVerdict(CalibrationVerdict verdict) => verdict == CalibrationVerdict.Fail ? "**fail**" : VerdictWord(verdict);

    private static void AppendInputReview(StringBuilder sb, IReadOnlyList<CalibrationResult> results)
    {
        sb.Append("## Inputs a target must not echo\n\n");
        sb.Append("A target whose published figure is a parameter's value checks only that the parameter is applied. Each target\n");
        sb.Append("lists the parameters that the events it reads are drawn with; the tests fail when one of them equals its published\n");
        sb.Append("figure (as it is, as a percentage, or for days as weeks, within half a percent), and when any other parameter that\n");
        sb.Append("looks taken from a published figure does without a reviewed reason: one whose source cites a section the target\n");
        sb.Append("cites, or whose value is not a round assumption (neither a multiple of 0.05 nor a single significant digit, as 0.94\n");
        sb.Append("is not). The values are those of each target's case.\n\n");
        sb.Append("| Target | Published | Parameters its events are drawn with (value in the case) | Other parameters equal to the figure |\n");
        sb.Append("|---|---|---|---|\n");
        foreach (var r in results)
        {
            var t = r.Target;
            var inputs = t.Inputs.Count == 0
                ? "none a single parameter sets"
                : string.Join(", ", t.Inputs.Select(p => $"`{p}` ({Plain(ScenarioParameter.Find(p)?.GetNumber(r.Scenario))})"));
            var coincidences = t.Coincidences.Count == 0
                ? "none"
                : string.Join("; ", t.Coincidences.Select(c => $"`{c.Key}`: {c.Value}"));
            sb.Append(Invariant($"| [{t.Name}](#{t.Id}) | {Value(t.Published, t.Unit)} | {inputs} | {coincidences} |\n"));
        }

        sb.Append("\n### Published figures used as inputs, not targets\n\n");
        sb.Append("These figures set parameters directly. They stay cited in [sources.md](sources.md) and documented here, but a target\n");
        sb.Append("on them would restate the input, so none is a target.\n\n");
        sb.Append("| Parameter | Default | Published figure | Why it is not a target |\n|---|---|---|---|\n");
        foreach (var input in Calibration.PublishedInputs)
        {
            var parameter = ScenarioParameter.Find(input.Path);
            sb.Append(Invariant($"| `{input.Path}` | {Plain(parameter is null ? null : Convert.ToDouble(parameter.Default is bool b ? (b ? 1 : 0) : parameter.Default, CultureInfo.InvariantCulture))} | {input.Figure} | {input.Why} |\n"));
        }

        sb.Append('\n');
    }

    private static void AppendHistoryMatching(StringBuilder sb)
    {
        sb.Append("## Running the targets for another parameter world\n\n");
        sb.Append("Each case is simulated once per model and replication, and every target and diagnostic on it reads the same runs,\n");
        sb.Append("so running all targets costs about as much as running each case once. `Calibration.Run(targets, cases, replications,\n");
        sb.Append("seed)` runs all targets or any subset (one set, say); `Calibration.WithMechanics(cases, mechanics)` replaces every\n");
        sb.Append("case's mechanics with one variant, and `Calibration.WithParameters(cases, world)` sets coefficients by path, outside\n");
        sb.Append("`mechanics` too, refusing any fact of the situation, which each case sets for itself. `calibrate --set\n");
        sb.Append("mechanics.PATH=VALUE` does the same from the command line. Each result carries its implausibility, the distance\n");
        sb.Append("|simulated − published| / √(uncertainty² + standard error²) in standard deviations, which a history match compares\n");
        sb.Append("with a cut-off (3 is usual) to rule a parameter world out; the uncertainty of each target is its published figure's\n");
        sb.Append("standard deviation as stated above, and the standard error is the simulation's own.\n");
    }

    private static string StatisticNote(CalibrationStatistic statistic) => statistic switch
    {
        CalibrationStatistic.Median => " The figure is the median of the samples, with a distribution-free interval from order statistics.",
        CalibrationStatistic.RelativeDifference => " The interval is the delta-method interval of the log ratio.",
        _ => "",
    };

    private static string SetName(CalibrationSet set) => set == CalibrationSet.Fitting ? "Fitting" : "Validation";

    private static string Implausibility(CalibrationResult r) =>
        double.IsFinite(r.Implausibility) ? Invariant($"{r.Implausibility:F1}") : "no sample";

    private static string ShortSource(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        var section = source.LastIndexOf("(sources", StringComparison.Ordinal);
        var who = colon > 0 ? source[..colon] : source;
        return section >= 0 ? $"{who} {source[section..].Split(';')[0].TrimEnd(')')})" : who;
    }

    private static string Plain(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "not a parameter";

    private static string Value(double v, string unit) => CalibrationText.Value(v, unit);

    private static string Distance(double v, string unit) => CalibrationText.Distance(v, unit);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
