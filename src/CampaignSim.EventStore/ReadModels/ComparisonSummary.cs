using CampaignSim.Analysis.Comparison;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// Read model: the report of a finished comparison (document id = comparison stream id): per-model distributions
/// of every metric, paired differences with the baseline and the ranking, computed from the recorded run outcomes
/// with the domain's <see cref="MetricSummary"/> and <see cref="Ranking"/>.
/// </summary>
public sealed record ComparisonSummary
{
    /// <summary>Comparison stream id.</summary>
    public Guid Id { get; init; }
    /// <summary>Comparison name.</summary>
    public string Name { get; init; } = "";
    /// <summary>Hash of the scenario.</summary>
    public string ScenarioHash { get; init; } = "";
    /// <summary>Engine that produced the runs.</summary>
    public string EngineVersion { get; init; } = "";
    /// <summary>Replications per model.</summary>
    public int Replications { get; init; }
    /// <summary>First seed.</summary>
    public ulong BaseSeed { get; init; }
    /// <summary>Runs recorded.</summary>
    public int Runs { get; init; }
    /// <summary>Runs whose full stream is stored.</summary>
    public int StreamsStored { get; init; }
    /// <summary>Baseline used for the paired differences.</summary>
    public string? Baseline { get; init; }
    /// <summary>Per model, in the order requested.</summary>
    public IReadOnlyList<ModelSummary> Models { get; init; } = [];
    /// <summary>Paired differences of each model with the baseline.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<PairedDifference>>> Differences { get; init; } = [];
    /// <summary>Applicable models, best first.</summary>
    public IReadOnlyList<RankedModel> Ranking { get; init; } = [];

    /// <summary>The summary of a comparison result.</summary>
    public static ComparisonSummary From(Guid id, string name, string engineVersion, int streamsStored, ComparisonResult result) => new()
    {
        Id = id,
        Name = name,
        ScenarioHash = result.ScenarioHash,
        EngineVersion = engineVersion,
        Replications = result.Request.Replications,
        BaseSeed = result.Request.BaseSeed,
        Runs = result.Models.Sum(m => m.Runs.Count),
        StreamsStored = streamsStored,
        Baseline = result.Baseline,
        Models = result.Models.Select(m => new ModelSummary(m.ModelId, m.Applicable, m.NotApplicableReason, m.Runs.Count, m.Outcomes, m.Weekly)).ToArray(),
        Differences = result.Differences,
        Ranking = result.Ranking,
    };
}

/// <summary>One model in a <see cref="ComparisonSummary"/>.</summary>
/// <param name="ModelId">Model.</param>
/// <param name="Applicable">False when the model cannot be used in the scenario.</param>
/// <param name="NotApplicableReason">Why not.</param>
/// <param name="Runs">Runs summarised.</param>
/// <param name="Outcomes">Distribution of each metric, in report order.</param>
/// <param name="Weekly">Mean timeline.</param>
public sealed record ModelSummary(
    string ModelId,
    bool Applicable,
    string? NotApplicableReason,
    int Runs,
    IReadOnlyList<KeyValuePair<string, MetricSummary>> Outcomes,
    WeeklyMeans Weekly);
