namespace CampaignSim.Analysis;

/// <summary>
/// Which of the two sets a calibration target belongs to. The split keeps a prediction test honest: the fitting set may
/// be used to choose the engine's defaults, the validation set was fixed before any fitting and is never used to choose
/// anything, so its pass rate measures what the model predicts rather than what it was tuned to (docs/calibration.md).
/// </summary>
public enum CalibrationSet
{
    /// <summary>Used to choose the engine's defaults.</summary>
    Fitting,

    /// <summary>Chosen before any fitting and never used to choose anything: a test of what the fitted model predicts.</summary>
    Validation,
}
