namespace CampaignSim.Domain.Events;

/// <summary>The union petitioned for a certification election.</summary>
public sealed record RecognitionPetitionFiled(int Week, int Workplace, int ElectionWeek) : CampaignEvent(Week), IWorkplaceEvent;
