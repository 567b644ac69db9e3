namespace CampaignSim.Domain.Outcomes;

/// <summary>What one job class got from a run: "what do the aides and housekeepers outside the nurses' unit get?"</summary>
/// <param name="JobClass">The class id, prefixed <c>workplace-id:</c> when the scenario has several workplaces.</param>
/// <param name="WageChangePct">Mean wage change of the class's workers employed at the end, percent.</param>
/// <param name="DemandsWon">The scenario's demands won that concern the class.</param>
/// <param name="PeakParticipation">Largest share of the class's employed workers in one action, petitions included, 0–1.</param>
/// <param name="Firings">Workers of the class fired.</param>
/// <param name="PeakParticipationAbovePetition">Largest share of the class's employed workers in one action above a petition
/// (a march on the boss or higher), 0–1; 0 in an outcome stored before it was recorded.</param>
public sealed record ClassOutcome(string JobClass, double WageChangePct, double DemandsWon, double PeakParticipation, double Firings,
    double PeakParticipationAbovePetition = 0);
