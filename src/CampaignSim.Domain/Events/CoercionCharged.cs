namespace CampaignSim.Domain.Events;

/// <summary>
/// A charge over the employer's threats or coercion was filed with the labour board. Unlike a charge over a firing it
/// names no worker and brings no reinstatement: what it changes is the board's record of the campaign.
/// </summary>
public sealed record CoercionCharged(int Week, int Workplace) : CampaignEvent(Week), IWorkplaceEvent;
