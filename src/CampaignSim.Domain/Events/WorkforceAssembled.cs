namespace CampaignSim.Domain.Events;

/// <summary>The workforce of a workplace as drawn at the start: every worker's profile and ties.</summary>
/// <remarks>Ties: for each worker the indices of her ties; null for a complete network.</remarks>
public sealed record WorkforceAssembled(int Week, int Workplace, IReadOnlyList<WorkerProfile> Workers, IReadOnlyList<int[]>? Ties) : CampaignEvent(Week), IWorkplaceEvent;
