using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>
/// A figure a target measures beside its own, so that the prose explaining a miss quotes numbers the calibration run
/// computed rather than numbers typed once and left to go stale: its <see cref="Key"/> is a placeholder in the target's
/// <see cref="CalibrationTarget.WhenMissed"/> text. It reads the runs of the target's case and models unless it names
/// others, and it may set mechanics parameters to show what a different coefficient would give (a counterfactual run on
/// the same seeds as the defaults).
/// </summary>
public sealed record CalibrationDiagnostic
{
    /// <summary>Placeholder name, unique within the target (<c>firings-business</c>).</summary>
    public required string Key { get; init; }

    /// <summary>What it measures, in plain words; shown beside its value on the page.</summary>
    public required string Description { get; init; }

    /// <summary>Unit, as for targets: <c>share</c>, <c>%</c>, <c>days</c> or <c>weeks</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Reads one run into zero or more samples; the diagnostic is their mean.</summary>
    public required Func<RunResult, IEnumerable<double>> Read { get; init; }

    /// <summary>The case it runs, when not the target's own.</summary>
    public string? Case { get; init; }

    /// <summary>The models it runs, when not the target's own.</summary>
    public IReadOnlyList<string>? Models { get; init; }

    /// <summary>
    /// Parameters set for a counterfactual, by path (<c>mechanics.participation.loyaltyWeight</c>); empty for the
    /// defaults. Only mechanics coefficients and policies may be set: a case's situation is the case.
    /// </summary>
    public IReadOnlyDictionary<string, double> Settings { get; init; } = new Dictionary<string, double>();
}
