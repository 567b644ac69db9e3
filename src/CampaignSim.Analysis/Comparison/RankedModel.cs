namespace CampaignSim.Analysis.Comparison;

/// <summary>A model's place in the ranking under the user's weights.</summary>
/// <param name="Rank">1 = best.</param>
/// <param name="ModelId">Model id.</param>
/// <param name="Score">Weighted score, 0–1: each criterion scaled between the worst and best model, then averaged by weight.</param>
/// <param name="Criteria">Scaled value per criterion (wages, demands, safety, control, cost), 0–1.</param>
public sealed record RankedModel(int Rank, string ModelId, double Score, IReadOnlyList<KeyValuePair<string, double>> Criteria);
