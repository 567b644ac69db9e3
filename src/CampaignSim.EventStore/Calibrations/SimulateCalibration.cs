namespace CampaignSim.EventStore.Calibrations;

/// <summary>Message: simulate a block of a calibration's replications under one of its worlds.</summary>
/// <param name="CalibrationId">The calibration's id (<see cref="StoredCalibration"/>).</param>
/// <param name="World">The world's index in the job.</param>
/// <param name="FirstReplication">First replication of the block.</param>
/// <param name="Count">Replications in the block.</param>
public sealed record SimulateCalibration(Guid CalibrationId, int World, int FirstReplication, int Count);
