namespace CampaignSim.Domain.Events;

/// <summary>Opens every run: what was simulated and by which engine. Always the first event.</summary>
/// <remarks>WorkplaceModels: the model id used in each workplace (the compared model, or the workplace's pinned one).</remarks>
public sealed record CampaignStarted(int Week, string ScenarioHash, string ModelId, ulong Seed, string EngineVersion, CampaignSim.Domain.ScenarioSpecs.Scenario Scenario, IReadOnlyList<string> WorkplaceModels) : CampaignEvent(Week);
