namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// How much one of a model's outcomes moves across plausible worlds beside how much it moves from run to run: the first
/// is what the model does not know, the second its dice. A committee told only the second is told the smaller
/// uncertainty.
/// </summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="BetweenWorlds">Standard deviation of the model's world means across worlds.</param>
/// <param name="WithinWorlds">Pooled standard deviation of single runs within a world (the root of the mean within-world variance).</param>
/// <param name="BetweenWorldsBeyondNoise">The between-world standard deviation with the part the runs' own noise adds to a world mean
/// taken out (√max(0, variance of the world means − mean within-world variance / runs), as in a one-way analysis of variance):
/// the spread the assumptions alone cause.</param>
public sealed record CriterionSpread(string Criterion, double BetweenWorlds, double WithinWorlds, double BetweenWorldsBeyondNoise);
