namespace CampaignSim.Analysis.Worlds;

/// <summary>One model's runs in one world: for each criterion, the value of every run (replication r of each model shares its seeds, so models are compared on common random numbers).</summary>
/// <param name="ModelId">The model.</param>
/// <param name="Criteria">Per criterion (in the order of the comparison's criteria), the value of each run.</param>
public sealed record ModelRuns(string ModelId, IReadOnlyList<IReadOnlyList<double>> Criteria);
