namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// One model across the plausible worlds: how often it is best, how far it falls short of the best when it is not (its
/// regret), and how its outcomes spread across worlds beside across runs.
/// </summary>
/// <param name="ModelId">The model.</param>
/// <param name="BestShare">Share of worlds in which it is first, a first place shared by k models counting 1/k.</param>
/// <param name="FirstIn">Worlds in which it is first, alone or tied.</param>
/// <param name="AloneFirstIn">Worlds in which it is first alone.</param>
/// <param name="Regrets">Its regret in each world, in world order: the best model's score minus its own, on the comparison's
/// shared 0–1 scale (<see cref="RobustRanking"/>); 0 where it is first, alone or tied.</param>
/// <param name="MedianRegret">The median regret.</param>
/// <param name="WorstTenthRegret">The 90th percentile of regret: in nine worlds of ten it falls short by no more than this.</param>
/// <param name="MaxRegret">The largest regret.</param>
/// <param name="MeanScore">Its mean score over the worlds, on the shared scale.</param>
/// <param name="Spreads">Per criterion, the spread of its outcomes across worlds and across runs.</param>
public sealed record RobustModel(
    string ModelId,
    double BestShare,
    int FirstIn,
    int AloneFirstIn,
    IReadOnlyList<double> Regrets,
    double MedianRegret,
    double WorstTenthRegret,
    double MaxRegret,
    double MeanScore,
    IReadOnlyList<CriterionSpread> Spreads);
