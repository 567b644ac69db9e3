namespace CampaignSim.EventStore.Calibrations;

/// <summary>Command: store a calibration (unless it is stored already) and queue the blocks not yet simulated.</summary>
/// <param name="Calibration">The calibration.</param>
/// <param name="Blocks">The blocks to queue.</param>
/// <param name="IsNew">Whether the calibration is to be stored (false: it is stored, and only missing blocks are queued again).</param>
public sealed record StartCalibration(StoredCalibration Calibration, IReadOnlyList<SimulateCalibration> Blocks, bool IsNew);
