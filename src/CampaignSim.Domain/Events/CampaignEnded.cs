namespace CampaignSim.Domain.Events;

/// <summary>Closes every run.</summary>
public sealed record CampaignEnded(int Week) : CampaignEvent(Week);
