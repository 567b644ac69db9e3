namespace CampaignSim.Domain.Events;

/// <summary>A week went by: grievance, fear and commitment drift, probation runs down, dues are paid.</summary>
public sealed record WeekPassed(int Week) : CampaignEvent(Week);
