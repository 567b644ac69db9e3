namespace CampaignSim.Domain.Events;

/// <summary>A new demand came up during the campaign (e.g. reinstate a fired coworker).</summary>
/// <remarks>Worker: the worker a reinstatement demand is about, else −1.</remarks>
public sealed record DemandRaised(int Week, int Workplace, string DemandId, double Cost, int Worker) : CampaignEvent(Week), IWorkplaceEvent;
