using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>
/// A published figure the model should reproduce: the situation that is simulated, how each run is read into
/// samples of the simulated figure, the tolerance within which the estimate counts as a match, the uncertainty a
/// history match weighs it with, and the set (fitting or validation) it belongs to.
/// </summary>
public sealed record CalibrationTarget
{
    /// <summary>Stable id (<c>drive-firings</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What is compared, in plain words.</summary>
    public required string Name { get; init; }

    /// <summary>Where the published figure comes from, with its section of docs/sources.md.</summary>
    public required string Source { get; init; }

    /// <summary>The published figure, in <see cref="Unit"/>.</summary>
    public required double Published { get; init; }

    /// <summary>Largest distance between the simulated estimate and <see cref="Published"/> that still counts as a match.</summary>
    public required double Tolerance { get; init; }

    /// <summary>Why the tolerance is that wide.</summary>
    public required string ToleranceReason { get; init; }

    /// <summary>
    /// Standard deviation of the published figure as a statement of what the model should produce, in <see cref="Unit"/>:
    /// the figure's own sampling error where its sample is known, widened by the spread between related published figures
    /// or periods. A history match uses its square as the observation-and-discrepancy variance; it is at most the
    /// tolerance, which is a band of one to two of these.
    /// </summary>
    public required double Uncertainty { get; init; }

    /// <summary>How <see cref="Uncertainty"/> was derived.</summary>
    public required string UncertaintyReason { get; init; }

    /// <summary>
    /// Model discrepancy stated for history matching, as a standard deviation in the target's unit: how far the model may
    /// miss the record even at its best parameters, because of a mechanism it documents it lacks (Vernon, Goldstein and
    /// Bower 2010). Zero for a target the defaults meet; a stated value needs <see cref="DiscrepancyReason"/>. It widens only
    /// the implausibility of plausible worlds (docs/robustness.md), never the pass or miss of the calibration page.
    /// </summary>
    public double DiscrepancySd { get; init; }

    /// <summary>Why <see cref="DiscrepancySd"/> is not zero, in one sentence; empty when it is.</summary>
    public string DiscrepancyReason { get; init; } = "";

    /// <summary>Unit of the figure: <c>share</c> (0–1), <c>%</c> or <c>days</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>How the simulated figure is read from the runs, and why that maps onto the published one.</summary>
    public required string Measure { get; init; }

    /// <summary>The case scenario it runs: a file <c>scenarios/cases/NAME.yaml</c> whose header names the case and its sources.</summary>
    public required string Case { get; init; }

    /// <summary>Organizing models run on it.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>Reads one run into zero or more samples (a run with no election gives no sample of a win rate).</summary>
    public required Func<RunResult, IEnumerable<double>> Read { get; init; }

    /// <summary>Whether it is used to choose the engine's defaults or kept back to test a prediction.</summary>
    public required CalibrationSet Set { get; init; }

    /// <summary>
    /// Why it is in its set: for a fitting target, which parameters it informs; for a validation target, what prediction
    /// it tests that the fitting set does not directly constrain.
    /// </summary>
    public required string SetReason { get; init; }

    /// <summary>How the samples are summarised (a mean unless said otherwise).</summary>
    public CalibrationStatistic Statistic { get; init; } = CalibrationStatistic.Mean;

    /// <summary>
    /// For <see cref="CalibrationStatistic.RelativeDifference"/>: whether a run is exposed (a charge was filed during its
    /// drive). Its samples are compared with those of the runs that are not.
    /// </summary>
    public Func<RunResult, bool>? Exposed { get; init; }

    /// <summary>
    /// Paths of the parameters that the events this measure reads are drawn with directly (the retaliation rate behind
    /// firings, the strike-vote inclination behind yes votes). The published figure must not equal any of them in the
    /// case: a target whose figure is set by a parameter checks only that the parameter is applied, not that the model
    /// produces the figure.
    /// </summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>
    /// Parameters (outside <see cref="Inputs"/>) whose value in the case happens to equal the published figure, each with
    /// the reason the measure does not read it back. The review is checked: an equality found and not listed here, or
    /// listed here and no longer found, fails the calibration tests.
    /// </summary>
    public IReadOnlyDictionary<string, string> Coincidences { get; init; } = new Dictionary<string, string>();

    /// <summary>Figures measured beside the target, quoted by <see cref="WhenMissed"/> through their keys.</summary>
    public IReadOnlyList<CalibrationDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// What in the mechanics keeps the simulated figure away from the published one, shown when the target is missed.
    /// A template: <c>{key}</c> is a diagnostic's value, <c>{param:PATH}</c> a parameter's value in the case and
    /// <c>{set:key}</c> the settings of a counterfactual diagnostic. A number typed in it must be a published figure the
    /// target cites (in <see cref="Source"/>, <see cref="ToleranceReason"/> or <see cref="Measure"/>); every simulated
    /// number comes from the run (<see cref="CalibrationText"/>).
    /// </summary>
    public string WhenMissed { get; init; } = "";

    /// <summary>Lower end of the accepted band.</summary>
    public double Low => Published - Tolerance;

    /// <summary>Upper end of the accepted band.</summary>
    public double High => Published + Tolerance;
}
