namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// One criterion of a robust comparison, with the user's weight and the smallest difference that matters, in the unit of
/// the values read for it (as <see cref="Comparison.RankingCriterion"/>, from which <see cref="RobustComparison.CriteriaFor"/> builds it).
/// </summary>
/// <param name="Name">wages, demands, safety, control or cost.</param>
/// <param name="HigherIsBetter">Whether a higher value is better.</param>
/// <param name="Weight">The user's weight, 0 or more.</param>
/// <param name="Matter">The smallest difference that matters, in the values' unit.</param>
public sealed record WorldCriterion(string Name, bool HigherIsBetter, double Weight, double Matter);
