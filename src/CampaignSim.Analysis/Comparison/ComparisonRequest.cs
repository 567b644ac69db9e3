using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Comparison;

/// <summary>A comparison: every selected model, <see cref="Replications"/> times, on one scenario.</summary>
public sealed record ComparisonRequest
{
    /// <summary>The scenario.</summary>
    public required Scenario Scenario { get; init; }
    /// <summary>Models to compare (ids); inapplicable ones are reported and skipped.</summary>
    public required IReadOnlyList<string> Models { get; init; }
    /// <summary>Replications per model, 1–<see cref="MaxReplications"/>.</summary>
    public int Replications { get; init; } = 200;

    /// <summary>The most replications per model that a comparison, a calibration or a command runs.</summary>
    public const int MaxReplications = 100_000;
    /// <summary>First seed; replication i uses seed <c>BaseSeed + i</c> for every model (common random numbers).</summary>
    public ulong BaseSeed { get; init; } = 1;
    /// <summary>Model the others are compared with, pair by pair.</summary>
    public string? Baseline { get; init; }
    /// <summary>Weights for the ranking.</summary>
    public RankingWeights Weights { get; init; } = new();
    /// <summary>The smallest difference that matters on each ranking criterion: within them, models are tied.</summary>
    public DifferencesThatMatter Matter { get; init; } = new();
    /// <summary>Whether to compute each run's event-stream hash (costs about 1.7 times the run itself; docs/performance.md).</summary>
    public bool HashStreams { get; init; }
    /// <summary>Bootstrap resamples behind the ranking's uncertainty (<see cref="Ranking"/>); 0 skips it.</summary>
    public int Resamples { get; init; } = Ranking.DefaultResamples;
    /// <summary>Largest number of runs at once; null uses every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Seed of replication <paramref name="replication"/>.</summary>
    public ulong SeedFor(int replication) => unchecked(BaseSeed + (ulong)replication);
}
