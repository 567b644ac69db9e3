namespace CampaignSim.EventStore.Calibrations;

/// <summary>Command: store a calibration and queue every block of it.</summary>
/// <param name="Calibration">The calibration.</param>
public sealed record StartCalibration(StoredCalibration Calibration);
