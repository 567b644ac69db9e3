using System.Globalization;
using System.Text;
using CampaignSim.Analysis;
using CampaignSim.Analysis.Worlds;

namespace CampaignSim.Reports;

/// <summary>
/// The page beside a worlds file (<c>worlds.md</c>, written by <c>calibrate --worlds</c>): how the plausible worlds were
/// found, each parameter's range before and after, which targets constrain which parameters, the candidates each wave
/// kept, and how the kept worlds predict the validation targets they never saw (docs/robustness.md). It holds no time or
/// date, so the same inputs write the same bytes.
/// </summary>
public static class WorldsReport
{
    /// <summary>Target–parameter pairs listed under "which targets constrain which parameters".</summary>
    public const int StrongestPairs = 20;

    /// <summary>The page.</summary>
    /// <param name="result">The history match.</param>
    /// <param name="fitting">The fitting targets matched, in the order of <see cref="HistoryMatchingResult.Targets"/>.</param>
    /// <param name="validation">The validation targets, in the order of <paramref name="checks"/>.</param>
    /// <param name="checks">The kept worlds against the validation targets (empty without worlds).</param>
    /// <param name="echoes">Per validation target, the worlds in which an input restates its figure.</param>
    /// <param name="runs">Replications per model and target behind each candidate.</param>
    /// <param name="command">The command that wrote the page.</param>
    /// <param name="engineVersion">The engine version.</param>
    public static string ToMarkdown(HistoryMatchingResult result, IReadOnlyList<CalibrationTarget> fitting, IReadOnlyList<CalibrationTarget> validation,
        IReadOnlyList<ValidationCheck> checks, IReadOnlyDictionary<string, int> echoes, int runs, string command, string engineVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(fitting);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(echoes);
        var s = new StringBuilder();
        var o = result.Options;
        var worlds = result.Worlds.Count;
        s.Append("# Plausible worlds\n\n");
        s.Append(Invariant($"Written by `{command}` on engine version {engineVersion}; the worlds are in `worlds.json` beside this page. "));
        s.Append("The method, its sources and what a committee should and should not conclude from it are in docs/robustness.md; ");
        s.Append("the targets, their sources and their stated uncertainties in docs/calibration.md.\n\n");
        s.Append(Invariant($"History matching varied {result.Parameters.Count} coefficients (the active parameters listed below; every other coefficient at its default) over their documented plausible ranges against the "));
        s.Append(Invariant($"{fitting.Count} fitting targets, {o.CandidatesPerWave:N0} candidates per wave (a Latin hypercube from design seed {o.DesignSeed}), "));
        s.Append(Invariant($"{runs} runs per model and target for each candidate from seed {o.RunSeed} (the same seeds for every candidate). "));
        s.Append(Invariant($"It ran {result.Waves.Count} wave{(result.Waves.Count == 1 ? "" : "s")} ({result.Simulated:N0} candidates simulated) and stopped because {StopText(result.StopReason)}. "));
        if (o.Emulator)
        {
            var screened = result.Waves.Where(w => w.Wave > 1).ToArray();
            s.Append(Invariant($"After the first wave a quadratic emulator per target, fitted to every candidate simulated so far, screened the proposals: of {screened.Sum(w => w.Proposed):N0} proposed, "));
            s.Append(Invariant($"{screened.Sum(w => w.ScreenedOut):N0} were ruled out by the emulator and not simulated (every kept world was simulated). "));
        }

        if (o.Recombine)
        {
            var recombined = result.Waves.Sum(w => w.Recombined);
            s.Append(Invariant($"After the first wave each candidate was built around one of the candidates that met every target (or, while too few had, missed the fewest), "));
            s.Append(Invariant($"block by block: a block of coefficients whose targets that candidate missed was copied from another candidate that met them, and moved a little along the spread of those that did "));
            s.Append(Invariant($"(the blocks are the coefficients each fitting target constrains, listed below; {recombined:N0} candidates were built this way, and every one was simulated whole). "));
        }

        s.Append(worlds == 0
            ? "**No candidate met every fitting target: there is no plausible world.** "
            : Invariant($"**{worlds} plausible world{(worlds == 1 ? "" : "s")}** met every fitting target in the last wave. "));
        s.Append(Invariant($"A candidate is kept when |simulated − published| / √(published variance + simulation variance + model discrepancy) is below {Fmt(o.Cutoff)} on every fitting target.\n\n"));
        if (worlds == 0) AppendNoWorld(s, result, fitting);

        AppendActive(s, result);
        AppendVariances(s, fitting, result.Targets);
        AppendWaves(s, result);
        AppendRulings(s, result, fitting);
        AppendConstraints(s, result);
        AppendRanges(s, result);
        AppendValidation(s, validation, checks, echoes, worlds);
        return s.ToString();
    }

    private static void AppendNoWorld(StringBuilder s, HistoryMatchingResult result, IReadOnlyList<CalibrationTarget> fitting)
    {
        var last = result.Waves[^1];
        var blocking = last.Rulings.Where(r => r.RuledOut > 0).OrderByDescending(r => r.RuledOut).ThenBy(r => r.TargetId, StringComparer.Ordinal).ToArray();
        var names = fitting.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        s.Append("Which targets rule every candidate out in the last wave (the thresholds were not loosened and no parameter left its documented range):\n\n");
        foreach (var r in blocking)
        {
            s.Append(Invariant($"- *{names.GetValueOrDefault(r.TargetId, r.TargetId)}* (`{r.TargetId}`): rules out {r.RuledOut} of {last.Simulated} candidates ({WorldsText.Percent(r.Share)}), {r.RuledOutAlone} of them alone.\n"));
        }

        s.Append('\n');
    }

    private static void AppendActive(StringBuilder s, HistoryMatchingResult result)
    {
        s.Append("## The parameters varied\n\n");
        s.Append("Only the active parameters are varied, each over its documented plausible range; every other coefficient stays at its\n");
        s.Append("default in every world (Vernon, Goldstein and Bower 2010 vary the inputs active for each output). A parameter is active\n");
        s.Append("when a fitting target says it informs it, when the first wave of the full-space match over all 291 coefficients (engine\n");
        s.Append("2.3.0) linked it strongly to a fitting target, or when docs/sensitivity.md found it to drive the outcomes compared\n");
        s.Append("(`CalibrationWorlds.ActiveReasons` in src/CampaignSim.Analysis/Worlds/CalibrationWorlds.cs). A workplace's own\n");
        s.Append("parameters (`workplaces[].*`) are not varied: each scenario states its own employer and union.\n\n");
        s.Append("| Parameter | Range | Why it is varied |\n|---|---|---|\n");
        foreach (var p in result.Parameters)
        {
            var reason = CalibrationWorlds.ActiveReason(p.Path);
            s.Append(Invariant($"| {p.Label} (`{p.Path}`) | {Fmt(p.Min)} – {Fmt(p.Max)} | {(reason.Length == 0 ? "not among the active parameters" : reason)} |\n"));
        }

        s.Append('\n');
    }

    private static void AppendVariances(StringBuilder s, IReadOnlyList<CalibrationTarget> fitting, IReadOnlyList<HistoryTarget> targets)
    {
        s.Append("## The fitting targets and their variances\n\n");
        s.Append("The published variance is the square of each target's stated uncertainty (docs/calibration.md), which widens the\n");
        s.Append("figure's own sampling error by the spread between related figures or periods. The model discrepancy is stated beside\n");
        s.Append("each target in the code (`DiscrepancySd` in src/CampaignSim.Analysis/CalibrationTargets.cs): zero where the defaults\n");
        s.Append("meet the target, and where they miss it for a documented structural reason, the gap the missing mechanism could\n");
        s.Append("account for read as three standard deviations, with the reason below. The simulation variance is the squared\n");
        s.Append("standard error of the simulated figure, or for a target that is one event (one case) the spread of one run.\n\n");
        s.Append("| Target | Published | Uncertainty (SD) | Model discrepancy (SD) | One case |\n|---|---|---|---|---|\n");
        foreach (var (t, h) in fitting.Zip(targets))
        {
            s.Append(Invariant($"| {t.Name} (`{t.Id}`) | {Fmt(t.Published)} | {Fmt(Math.Sqrt(h.PublishedVariance))} | {Fmt(Math.Sqrt(h.DiscrepancyVariance))} | {(h.OneCase ? "yes" : "no")} |\n"));
        }

        s.Append('\n');
        foreach (var (t, h) in fitting.Zip(targets).Where(x => x.Second.DiscrepancyVariance > 0))
        {
            var reason = string.IsNullOrEmpty(t.DiscrepancyReason) ? "no reason stated" : t.DiscrepancyReason;
            s.Append(Invariant($"- `{t.Id}`, discrepancy {Fmt(Math.Sqrt(h.DiscrepancyVariance))}: {reason}.\n"));
        }

        if (fitting.Zip(targets).Any(x => x.Second.DiscrepancyVariance > 0)) s.Append('\n');
    }

    private static void AppendWaves(StringBuilder s, HistoryMatchingResult result)
    {
        s.Append("## Candidates kept in each wave\n\n");
        s.Append("Each wave samples the box the previous one drew; the next box is the kept candidates' ranges widened by the margin, or,\n");
        s.Append("when fewer than the minimum were kept, the ranges of the least implausible candidates (their largest implausibility is\n");
        s.Append("shown: above the cutoff, the box was drawn from candidates that do not meet every target).\n\n");
        var recombine = result.Options.Recombine;
        if (recombine)
        {
            s.Append("With recombination, the box matters only for the coefficients no fitting target constrains and for blocks no\n");
            s.Append("candidate has met yet; the other coefficients come from the candidates that met their blocks' targets.\n\n");
        }

        s.Append("From the third wave, the kept set is compared with the one two waves before: the change in the share kept as a\n");
        s.Append(Invariant($"z statistic (settled within ±{Fmt(KeptSetShift.ShareZLimit)}, 5% two-sided), and the largest Kolmogorov–Smirnov distance between the\n"));
        s.Append("two kept sets' values of any coefficient (settled at or under the limit: 5% over all the coefficients together).\n\n");
        s.Append(recombine
            ? "| Wave | Simulated | Recombined | Kept | Next box drawn from | Their largest implausibility | Share kept against two waves before (z) | Largest distance (limit) |\n|---|---|---|---|---|---|---|---|\n"
            : "| Wave | Simulated | Kept | Next box drawn from | Their largest implausibility | Share kept against two waves before (z) | Largest distance (limit) |\n|---|---|---|---|---|---|---|\n");
        foreach (var w in result.Waves)
        {
            var cutoff = double.IsFinite(w.RefocusCutoff) ? Fmt(w.RefocusCutoff) : "none (no box)";
            var (share, distance) = w.Shift is { } h
                ? (Invariant($"{WorldsText.Percent((double)h.KeptAfter / h.SimulatedAfter)} against {WorldsText.Percent((double)h.KeptBefore / h.SimulatedBefore)} ({h.ShareZ:+0.00;−0.00;0.00})"),
                    Invariant($"{h.LargestDistance:0.000} ({h.DistanceLimit:0.000})"))
                : ("", "");
            s.Append(recombine
                ? Invariant($"| {w.Wave} | {w.Simulated:N0} | {w.Recombined:N0} | {w.Kept:N0} | {w.Refocused:N0} | {cutoff} | {share} | {distance} |\n")
                : Invariant($"| {w.Wave} | {w.Simulated:N0} | {w.Kept:N0} | {w.Refocused:N0} | {cutoff} | {share} | {distance} |\n"));
        }

        s.Append('\n');
    }

    private static void AppendRulings(StringBuilder s, HistoryMatchingResult result, IReadOnlyList<CalibrationTarget> fitting)
    {
        s.Append("## Which targets rule candidates out\n\n");
        s.Append("Candidates each fitting target ruled out in each wave (alone: no other target did).\n\n");
        s.Append("| Target |" + string.Concat(result.Waves.Select(w => Invariant($" Wave {w.Wave} |"))) + "\n|---|" + string.Concat(result.Waves.Select(_ => "---|")) + "\n");
        for (var k = 0; k < fitting.Count; k++)
        {
            s.Append(Invariant($"| `{fitting[k].Id}` |"));
            foreach (var w in result.Waves)
            {
                var r = w.Rulings[k];
                s.Append(Invariant($" {r.RuledOut} ({WorldsText.Percent(r.Share)}), {r.RuledOutAlone} alone |"));
            }

            s.Append('\n');
        }

        s.Append('\n');
    }

    private static void AppendConstraints(StringBuilder s, HistoryMatchingResult result)
    {
        s.Append("## Which targets constrain which parameters\n\n");
        s.Append(Invariant($"The {StrongestPairs} strongest links in the first wave, over the whole plausible ranges: the contrast is the largest minus the smallest\n"));
        s.Append("share of candidates the target rules out across the tenths of the parameter's range (1: all at one end, none at the\n");
        s.Append("other); the correlation is Spearman's, between the parameter and the target's implausibility (positive: higher values\n");
        s.Append("are less plausible). A target with a flat profile says nothing about the parameter.\n\n");
        s.Append("| Target | Parameter | Contrast | Correlation | Ruled out by tenth of the range |\n|---|---|---|---|---|\n");
        foreach (var c in result.Waves[0].Strongest(StrongestPairs))
        {
            var deciles = string.Join(" ", c.RuledOutByDecile.Select(x => double.IsNaN(x) ? "–" : WorldsText.Percent(x)));
            s.Append(Invariant($"| `{c.TargetId}` | {ParameterLabels.For(c.Path)} (`{c.Path}`) | {Fixed(c.Contrast, 2)} | {Fixed(c.Correlation, 2)} | {deciles} |\n"));
        }

        s.Append('\n');
    }

    private static void AppendRanges(StringBuilder s, HistoryMatchingResult result)
    {
        s.Append("## Each parameter's range before and after\n\n");
        s.Append("Before: the documented plausible range sampled by the first wave. Last box: the range the last wave sampled. After: the\n");
        s.Append("range among the plausible worlds (the last box when there are none). Sorted by how much of the range the worlds keep,\n");
        s.Append("narrowest first. No parameter leaves its documented range.\n\n");
        s.Append("| Parameter | Before | Last box | After | Kept share of the range |\n|---|---|---|---|---|\n");
        var last = result.Waves[^1].Box;
        var kept = result.KeptRanges;
        var rows = result.Parameters.Select((p, j) => (p, j, Share: p.Max > p.Min ? kept[j].Width / (p.Max - p.Min) : 1))
            .OrderBy(x => Math.Round(x.Share, 9)).ThenBy(x => x.p.Path, StringComparer.Ordinal);
        foreach (var (p, j, share) in rows)
        {
            s.Append(Invariant($"| {p.Label} (`{p.Path}`) | {Range(p.Min, p.Max)} | {Range(last[j].Low, last[j].High)} | {Range(kept[j].Low, kept[j].High)} | {WorldsText.Percent(share)} |\n"));
        }

        s.Append('\n');
    }

    private static void AppendValidation(StringBuilder s, IReadOnlyList<CalibrationTarget> validation, IReadOnlyList<ValidationCheck> checks,
        IReadOnlyDictionary<string, int> echoes, int worlds)
    {
        s.Append("## How the worlds predict the validation targets\n\n");
        if (worlds == 0)
        {
            s.Append("There is no plausible world to check against the validation targets.\n");
            return;
        }

        s.Append("Each plausible world simulated on the validation targets it was never matched to, with the same runs per candidate: the\n");
        s.Append("share of worlds the target would not rule out (implausibility below the cutoff), the range and median of the worlds'\n");
        s.Append("simulated figures beside the published one, and the median implausibility. A target most worlds meet is predicted;\n");
        s.Append("one few meet shows what the fitting targets leave unconstrained or the model gets wrong. Echoes: worlds in which a\n");
        s.Append("parameter the target's measure reads back (its declared inputs) restates the published figure (there should be none).\n\n");
        s.Append("| Target | Published | Worlds not ruling it out | Simulated: lowest – median – highest | Median implausibility | Echoes |\n|---|---|---|---|---|---|\n");
        var met = 0;
        foreach (var (t, c) in validation.Zip(checks))
        {
            if (c.Share >= 0.5) met++;
            var sim = double.IsNaN(c.Median) ? "no sample" : $"{Fmt(c.Low)} – {Fmt(c.Median)} – {Fmt(c.High)}";
            s.Append(Invariant($"| {t.Name} (`{t.Id}`) | {Fmt(t.Published)} | {c.NotRuledOut} of {c.Worlds} ({WorldsText.Percent(c.Share)}) | {sim} | {Fmt(c.MedianImplausibility)} | {echoes.GetValueOrDefault(t.Id)} |\n"));
        }

        s.Append(Invariant($"\nIn all, {met} of {validation.Count} validation targets are not ruled out by at least half of the plausible worlds.\n"));
    }

    private static string StopText(WaveStopReason reason) => reason switch
    {
        WaveStopReason.Settled => "the kept set had settled (neither the share of a wave kept nor any coefficient's values among the kept differed from two waves before by more than sampling explains)",
        WaveStopReason.Stable => "the ranges were stable (no end of any range moved by more than the stability tolerance)",
        WaveStopReason.TooFewKept => "too few candidates met every target to narrow the ranges from",
        _ => "it reached the largest number of waves before the ranges settled",
    };

    private static string Range(double low, double high) => low == high ? Fmt(low) : $"{Fmt(low)} – {Fmt(high)}";

    private static string Fmt(double value) => double.IsPositiveInfinity(value) ? "∞" : WorldsText.Number(value);

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
