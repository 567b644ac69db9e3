namespace CampaignSim.Analysis;

/// <summary>
/// One block of a calibration's runs, read: replications <paramref name="FirstReplication"/> to
/// <paramref name="FirstReplication"/> + <paramref name="Count"/> − 1 of every case, settings and model its targets run
/// (<see cref="Calibration.Simulate"/>), as every target and diagnostic read them.
/// </summary>
/// <param name="FirstReplication">The block's first replication.</param>
/// <param name="Count">Its replications.</param>
/// <param name="Samples">Per reader (each target, then its diagnostics, in the targets' order), the samples of each run:
/// slot <c>position × Count + i</c> holds replication <c>FirstReplication + i</c> of the reader's model at
/// <c>position</c>.</param>
/// <param name="Exposed">Per reader, whether each run was exposed (for a relative difference), in the same slots.</param>
public sealed record CalibrationSamples(int FirstReplication, int Count, IReadOnlyList<IReadOnlyList<double[]>> Samples,
    IReadOnlyList<IReadOnlyList<bool>> Exposed);
