namespace CampaignSim.EventStore.Comparisons;

/// <summary>Every run of the comparison is recorded.</summary>
/// <param name="Runs">Runs recorded.</param>
/// <param name="StreamsStored">Runs whose full stream is kept.</param>
public sealed record ComparisonCompleted(int Runs, int StreamsStored);
