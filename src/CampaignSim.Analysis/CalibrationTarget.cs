using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>
/// A published figure the model should reproduce: the situation that is simulated, how each run is read into
/// samples of the simulated figure, and the tolerance within which the sample mean counts as a match.
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

    /// <summary>Largest distance between the simulated mean and <see cref="Published"/> that still counts as a match.</summary>
    public required double Tolerance { get; init; }

    /// <summary>Why the tolerance is that wide.</summary>
    public required string ToleranceReason { get; init; }

    /// <summary>Unit of the figure: <c>share</c> (0–1) or <c>%</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>How the simulated figure is read from the runs, and why that maps onto the published one.</summary>
    public required string Measure { get; init; }

    /// <summary>The case scenario it runs: a file <c>scenarios/cases/NAME.yaml</c> whose header names the case and its sources.</summary>
    public required string Case { get; init; }

    /// <summary>Organizing models run on it.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>Reads one run into zero or more samples (a run with no election gives no sample of a win rate).</summary>
    public required Func<RunResult, IEnumerable<double>> Read { get; init; }

    /// <summary>What in the mechanics keeps the simulated figure away from the published one, shown when the target is missed.</summary>
    public string WhenMissed { get; init; } = "";

    /// <summary>Lower end of the accepted band.</summary>
    public double Low => Published - Tolerance;

    /// <summary>Upper end of the accepted band.</summary>
    public double High => Published + Tolerance;
}
