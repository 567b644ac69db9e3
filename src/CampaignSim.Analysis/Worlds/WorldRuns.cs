namespace CampaignSim.Analysis.Worlds;

/// <summary>Every model's runs in one plausible world, with the world's parameter values (for scenario discovery).</summary>
/// <param name="Values">The varied parameters' values in this world, in the order of the worlds file's parameters.</param>
/// <param name="Models">Each model's runs, in the same model order in every world.</param>
public sealed record WorldRuns(IReadOnlyList<double> Values, IReadOnlyList<ModelRuns> Models);
