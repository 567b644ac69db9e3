namespace CampaignSim.Analysis.Worlds;

/// <summary>The models in one plausible world: their scores on the shared scale, the leader, and who is first.</summary>
/// <param name="World">The world's position, from 0.</param>
/// <param name="Values">The world's parameter values.</param>
/// <param name="Leader">The model with the highest score.</param>
/// <param name="First">The models first in this world: the leader and every model no weighted criterion separates from it by more than its smallest difference that matters.</param>
/// <param name="Scores">Each model's score, in the comparison's model order.</param>
/// <param name="Means">Each model's mean on each criterion: [model][criterion].</param>
public sealed record WorldRanking(int World, IReadOnlyList<double> Values, string Leader, IReadOnlyList<string> First,
    IReadOnlyList<double> Scores, IReadOnlyList<IReadOnlyList<double>> Means);
