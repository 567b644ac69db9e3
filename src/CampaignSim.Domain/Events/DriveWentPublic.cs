namespace CampaignSim.Domain.Events;

/// <summary>A recognition drive that had organized quietly went public: it reached the share of signed cards it planned to go public with.</summary>
/// <remarks>Carded: unit workers with signed cards. Unit: employed unit workers.</remarks>
public sealed record DriveWentPublic(int Week, int Workplace, int Carded, int Unit) : CampaignEvent(Week), IWorkplaceEvent;
