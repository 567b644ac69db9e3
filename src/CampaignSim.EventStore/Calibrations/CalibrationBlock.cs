using CampaignSim.Analysis;

namespace CampaignSim.EventStore.Calibrations;

/// <summary>
/// A block of a calibration simulated and read (a Marten document): replications of every case and model of one world,
/// as the targets read them. Its id derives from the calibration, the world and the first replication
/// (<see cref="RunIds.CalibrationBlock"/>), so a block simulated twice is stored once.
/// </summary>
/// <param name="Id">Document id.</param>
/// <param name="CalibrationId">The calibration's id.</param>
/// <param name="World">The world's index in the job.</param>
/// <param name="Samples">What the targets read from the block's runs.</param>
public sealed record CalibrationBlock(Guid Id, Guid CalibrationId, int World, CalibrationSamples Samples);
