using CampaignSim.Domain.Events;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Domain.Simulation;

/// <summary>A finished run: its events, the state they fold to, and the outcome read from that state.</summary>
public sealed record RunResult(IReadOnlyList<CampaignEvent> Events, CampaignState State, CampaignOutcome Outcome);
