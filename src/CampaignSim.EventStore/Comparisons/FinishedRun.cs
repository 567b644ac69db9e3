using CampaignSim.Domain.Outcomes;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>A run as the simulation handler finished it, before it is recorded in its block.</summary>
/// <param name="Outcome">Its outcome.</param>
/// <param name="Timeline">Its weekly timeline.</param>
/// <param name="EventCount">Events in its stream.</param>
/// <param name="StreamHash">Hash of its stream when kept; empty otherwise.</param>
internal sealed record FinishedRun(CampaignOutcome Outcome, CampaignTimeline Timeline, int EventCount, string StreamHash);
