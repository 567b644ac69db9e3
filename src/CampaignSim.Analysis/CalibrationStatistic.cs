namespace CampaignSim.Analysis;

/// <summary>
/// How a target's samples are summarised into the figure compared with the published one. Published figures are not all
/// shares: a median waiting time and an effect of one event on another's chance need their own estimator, or the
/// comparison would be with the wrong quantity.
/// </summary>
public enum CalibrationStatistic
{
    /// <summary>The mean of the samples (a share when the samples are 0 or 1).</summary>
    Mean,

    /// <summary>The median of the samples, with a distribution-free interval from order statistics.</summary>
    Median,

    /// <summary>
    /// The relative difference of the mean between runs the target marks as exposed and the others, m₁ / m₀ − 1: how much
    /// an event (a charge filed during the drive) changes the chance of an outcome (a first contract).
    /// </summary>
    RelativeDifference,
}
