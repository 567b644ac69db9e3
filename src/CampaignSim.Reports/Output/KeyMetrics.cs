using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>The metrics a committee asks about first, shown in the summary tables and charts.</summary>
public static class KeyMetrics
{
    /// <summary>Key metric ids, in table order.</summary>
    public static IReadOnlyList<string> Ids { get; } =
        ["wageChangePct", "demandsWon", "anyFiring", "peakParticipationAbovePetition", "duesPerWorker", "workerControl"];

    /// <summary>Key metrics whose 95% interval the console table shows.</summary>
    public static IReadOnlyList<string> WithInterval { get; } = ["wageChangePct", "demandsWon", "anyFiring"];

    /// <summary>The key metrics that exist in this engine's metric list.</summary>
    public static IReadOnlyList<OutcomeMetric> All => Ids
        .Select(id => OutcomeMetric.All.FirstOrDefault(m => m.Id == id))
        .OfType<OutcomeMetric>()
        .ToArray();
}
