namespace CampaignSim.Domain.Events;

/// <summary>
/// The union withdrew its petition before the certification election: its last count of the workers it could rely on
/// (<paramref name="Counted"/> of <paramref name="Unit"/> employed in the unit) did not show a majority.
/// </summary>
public sealed record RecognitionPetitionWithdrawn(int Week, int Workplace, int Counted, int Unit) : CampaignEvent(Week), IWorkplaceEvent;
