namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The models ranked across plausible worlds (Lempert, Popper and Bankes 2003: a choice is robust when it performs well
/// across the futures the evidence cannot tell apart, not best in one of them). Every score is on one scale shared by all
/// worlds, so that regrets from different worlds can be set side by side: on each criterion, 0 is the worst world mean any
/// model had in any world and 1 the best; a model's score in a world is the weighted average of its places. A regret of
/// 0.05 is five points on that 0–100 scale.
/// </summary>
/// <param name="Criteria">The criteria, with weights and smallest differences that matter.</param>
/// <param name="ScaleLow">Per criterion, the lowest world mean of any model in any world.</param>
/// <param name="ScaleHigh">Per criterion, the highest.</param>
/// <param name="ModelIds">The models in the order they were given (the order of <see cref="WorldRanking.Scores"/>).</param>
/// <param name="Models">The models, most often best first (then by median regret, then as given).</param>
/// <param name="Worlds">Each world's ranking.</param>
/// <param name="RobustShare">The share of worlds in which a model must be first for the ranking to be called robust.</param>
public sealed record RobustRanking(
    IReadOnlyList<WorldCriterion> Criteria,
    IReadOnlyList<double> ScaleLow,
    IReadOnlyList<double> ScaleHigh,
    IReadOnlyList<string> ModelIds,
    IReadOnlyList<RobustModel> Models,
    IReadOnlyList<WorldRanking> Worlds,
    double RobustShare)
{
    /// <summary>The model first in the most worlds (null without worlds or models).</summary>
    public RobustModel? Leading => Worlds.Count == 0 ? null : Models.FirstOrDefault();

    /// <summary>Whether one model is first (alone or tied) in at least <see cref="RobustShare"/> of the worlds.</summary>
    public bool Robust => Leading is { } leading && leading.FirstIn >= Math.Ceiling(RobustShare * Worlds.Count - 1e-9);

    /// <summary>Whether the model first in the most worlds is not first in every one: there is a change of winner to explain.</summary>
    public bool WinnerChanges => Leading is { } leading && leading.FirstIn < Worlds.Count;

    /// <summary>A model's entry.</summary>
    public RobustModel this[string modelId] => Models.First(m => m.ModelId == modelId);
}
