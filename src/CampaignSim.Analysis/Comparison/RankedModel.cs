namespace CampaignSim.Analysis.Comparison;

/// <summary>A model's place in the ranking under the user's weights, and how sure that place is.</summary>
/// <param name="Rank">Position in the ranking, 1 = best: every model in first place (<paramref name="First"/>) is 1; the others
/// follow at their position in the list. Each group is listed by <paramref name="PBest"/> to the whole percent, then by
/// <paramref name="Score"/>, then as requested.</param>
/// <param name="ModelId">Model id.</param>
/// <param name="Score">Weighted score, 0–1: each criterion placed on the spread of the models' 95% intervals, then averaged by weight.</param>
/// <param name="Criteria">Scaled value per criterion (wages, demands, safety, control, cost), 0–1.</param>
/// <param name="PBest">Share of bootstrap resamples in which the model is first (a first place shared by k models counts 1/k to each); NaN when no resamples were drawn.</param>
/// <param name="RankLow">Best rank in the central 95% of resamples (0 when no resamples were drawn).</param>
/// <param name="RankHigh">Worst rank in the central 95% of resamples (0 when no resamples were drawn).</param>
/// <param name="First">Whether the model is first on all the runs: the leader, or tied with it because no weighted criterion
/// separates the two by more than its smallest difference that matters.</param>
public sealed record RankedModel(
    int Rank,
    string ModelId,
    double Score,
    IReadOnlyList<KeyValuePair<string, double>> Criteria,
    double PBest,
    int RankLow,
    int RankHigh,
    bool First);
