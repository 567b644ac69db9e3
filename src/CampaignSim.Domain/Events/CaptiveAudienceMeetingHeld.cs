namespace CampaignSim.Domain.Events;

/// <summary>
/// The employer held a mandatory anti-union meeting; <paramref name="Threatened"/> when managers in it crossed the line
/// the law draws, threatening to close the workplace or to cut pay or benefits if the workers organize.
/// </summary>
public sealed record CaptiveAudienceMeetingHeld(int Week, int Workplace, bool Threatened = false) : CampaignEvent(Week), IWorkplaceEvent;
