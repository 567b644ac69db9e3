using CampaignSim.EventStore.ReadModels;

namespace CampaignSim.EventStore.Runs;

/// <summary>A run rebuilt from its stored events alone (no simulation).</summary>
/// <param name="Outcome">The outcome, folded from the stored events.</param>
/// <param name="Timeline">The weekly timeline, folded from the stored events.</param>
public sealed record RunReplay(RunOutcome Outcome, RunTimeline Timeline);
