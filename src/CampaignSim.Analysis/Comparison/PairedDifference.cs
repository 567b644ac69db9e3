namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// A model minus the baseline on one metric, replication by replication (the same seed for both), with the
/// 95% confidence interval of the mean difference.
/// </summary>
/// <param name="Metric">Metric id.</param>
/// <param name="MeanDifference">Mean of (model − baseline).</param>
/// <param name="CiLow">Lower end of the interval.</param>
/// <param name="CiHigh">Upper end.</param>
public sealed record PairedDifference(string Metric, double MeanDifference, double CiLow, double CiHigh)
{
    /// <summary>Whether the interval excludes zero.</summary>
    public bool Clear => CiLow > 0 || CiHigh < 0;
}
