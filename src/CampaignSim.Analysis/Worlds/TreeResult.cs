namespace CampaignSim.Analysis.Worlds;

/// <summary>What the classification tree found: its leaves as boxes, and the leaf that best describes the cases of interest.</summary>
/// <param name="Leaves">Every leaf, as the box its conditions describe, left to right.</param>
/// <param name="Best">The leaf with the largest coverage × density among those where cases are the majority (null when there is none).</param>
public sealed record TreeResult(IReadOnlyList<ScenarioBox> Leaves, ScenarioBox? Best);
