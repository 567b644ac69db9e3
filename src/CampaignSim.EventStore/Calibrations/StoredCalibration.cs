using CampaignSim.Analysis;

namespace CampaignSim.EventStore.Calibrations;

/// <summary>
/// A calibration handed to the store (a Marten document): what to run, split into blocks of replications per world, each
/// simulated by whichever process takes its <see cref="SimulateCalibration"/> message and stored as a
/// <see cref="CalibrationBlock"/>. Its id derives from the engine version and the job (<see cref="RunIds.Calibration"/>),
/// so the same calibration asked again finds what is stored and runs only the missing blocks.
/// </summary>
/// <param name="Id">Document id.</param>
/// <param name="EngineVersion">Engine that runs it; a process of another engine refuses its blocks.</param>
/// <param name="Job">What to run.</param>
/// <param name="BlockSize">Replications per block (the last block of a world may be smaller).</param>
/// <param name="Shared">Whether its blocks go to the shared queue that worker processes take from.</param>
public sealed record StoredCalibration(Guid Id, string EngineVersion, CalibrationJob Job, int BlockSize, bool Shared)
{
    /// <summary>Every block, world by world: its world, first replication and replications.</summary>
    public IEnumerable<SimulateCalibration> Blocks()
    {
        for (var world = 0; world < Job.Worlds.Count; world++)
            for (var first = 0; first < Job.Replications; first += BlockSize)
                yield return new SimulateCalibration(Id, world, first, Math.Min(BlockSize, Job.Replications - first));
    }
}
