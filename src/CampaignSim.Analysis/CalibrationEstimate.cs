namespace CampaignSim.Analysis;

/// <summary>A simulated figure with its 95% interval and the standard error behind it.</summary>
/// <param name="Value">The estimate (a mean, a median or a relative difference, as the statistic says).</param>
/// <param name="CiLow">Lower end of the 95% interval.</param>
/// <param name="CiHigh">Upper end of the 95% interval.</param>
/// <param name="StandardError">Standard error of <paramref name="Value"/> from the runs (the simulation's own uncertainty).</param>
/// <param name="Samples">Samples read from the runs.</param>
/// <param name="Runs">Runs simulated for it.</param>
public sealed record CalibrationEstimate(double Value, double CiLow, double CiHigh, double StandardError, int Samples, int Runs)
{
    /// <summary>Whether the estimate rests on at least one sample and is a number.</summary>
    public bool HasValue => Samples > 0 && double.IsFinite(Value);
}
