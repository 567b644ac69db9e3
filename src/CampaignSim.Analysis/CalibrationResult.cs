using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Analysis;

/// <summary>A calibration target against its simulated figure.</summary>
/// <param name="Target">The target.</param>
/// <param name="Scenario">The case scenario it ran.</param>
/// <param name="Replications">Replications per model.</param>
/// <param name="Seed">First seed (see <see cref="Calibration.SeedOf"/>).</param>
/// <param name="Estimate">The simulated figure, its 95% interval, standard error, samples and runs.</param>
/// <param name="Diagnostics">The target's diagnostics by key, computed in the same run.</param>
public sealed record CalibrationResult(CalibrationTarget Target, Scenario Scenario, int Replications, ulong Seed,
    CalibrationEstimate Estimate, IReadOnlyDictionary<string, CalibrationEstimate> Diagnostics)
{
    /// <summary>The simulated figure (a mean, median or relative difference).</summary>
    public double Value => Estimate.Value;

    /// <summary>Lower end of its 95% interval.</summary>
    public double CiLow => Estimate.CiLow;

    /// <summary>Upper end of its 95% interval.</summary>
    public double CiHigh => Estimate.CiHigh;

    /// <summary>Runs simulated (models × replications).</summary>
    public int Runs => Estimate.Runs;

    /// <summary>Samples read from them (drives that reached an election, strike votes, contracts…).</summary>
    public int Samples => Estimate.Samples;

    /// <summary>Whether there was at least one sample and the estimate lies within the target's tolerance of the published figure.</summary>
    public bool Pass => Estimate.HasValue && Math.Abs(Value - Target.Published) <= Target.Tolerance + 1e-12;

    /// <summary>
    /// The history-matching implausibility |simulated − published| / √(uncertainty² + standard error²): how many standard
    /// deviations the simulated figure lies from the published one, counting both the published figure's stated
    /// uncertainty and the simulation's own. Infinite without a sample.
    /// </summary>
    public double Implausibility => Estimate.HasValue
        ? Math.Abs(Value - Target.Published) / Math.Sqrt(Target.Uncertainty * Target.Uncertainty + Estimate.StandardError * Estimate.StandardError)
        : double.PositiveInfinity;
}
