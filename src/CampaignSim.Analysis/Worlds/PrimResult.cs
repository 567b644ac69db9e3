namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// What PRIM found: the peeling trajectory (each box from all worlds down to the smallest, the coverage–density trade-off
/// a report can show), the box chosen from it, and that box after pasting.
/// </summary>
/// <param name="Trajectory">The boxes peeling passed through, the first holding every world.</param>
/// <param name="Chosen">The position in <paramref name="Trajectory"/> of the box chosen: the one with the largest coverage × density.</param>
/// <param name="Box">The chosen box after pasting (the same box when no paste raised its density).</param>
public sealed record PrimResult(IReadOnlyList<ScenarioBox> Trajectory, int Chosen, ScenarioBox Box);
