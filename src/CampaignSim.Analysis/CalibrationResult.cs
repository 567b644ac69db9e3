using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Analysis;

/// <summary>A calibration target against its simulated figure.</summary>
/// <param name="Target">The target.</param>
/// <param name="Scenario">The case scenario it ran.</param>
/// <param name="Replications">Replications per model.</param>
/// <param name="Seed">First seed; run k of the target used <c>Seed + k</c>.</param>
/// <param name="Runs">Runs simulated (models × replications).</param>
/// <param name="Samples">Samples read from them (drives that reached an election, strike votes, contracts…).</param>
/// <param name="Mean">Mean of the samples.</param>
/// <param name="CiLow">Lower end of the 95% confidence interval of the mean (1.96 standard errors).</param>
/// <param name="CiHigh">Upper end of that interval.</param>
public sealed record CalibrationResult(CalibrationTarget Target, Scenario Scenario, int Replications, ulong Seed, int Runs, int Samples, double Mean, double CiLow, double CiHigh)
{
    /// <summary>Whether there was at least one sample and the mean lies within the target's tolerance of the published figure.</summary>
    public bool Pass => Samples > 0 && Math.Abs(Mean - Target.Published) <= Target.Tolerance + 1e-12;
}
