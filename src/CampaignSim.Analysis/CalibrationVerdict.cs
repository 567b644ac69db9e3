namespace CampaignSim.Analysis;

/// <summary>What a calibration run says of a target (<see cref="CalibrationResult.Verdict"/>).</summary>
public enum CalibrationVerdict
{
    /// <summary>The simulated figure and its whole 95% interval are within the tolerance of the published figure.</summary>
    Pass,

    /// <summary>The 95% interval crosses an edge of the accepted range: more replications would decide it.</summary>
    Undecided,

    /// <summary>The whole 95% interval is outside the accepted range, or nothing was measured.</summary>
    Fail,
}
