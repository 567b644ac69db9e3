namespace CampaignSim.Analysis.Comparison;

/// <summary>The result of a comparison: per-model distributions, paired differences and the ranking.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="ScenarioHash">Hash of the scenario.</param>
/// <param name="Models">Per model, in the order requested.</param>
/// <param name="Differences">For each applicable model other than the baseline, its paired differences.</param>
/// <param name="Ranking">Applicable models, best first.</param>
public sealed record ComparisonResult(
    ComparisonRequest Request,
    string ScenarioHash,
    IReadOnlyList<ModelResult> Models,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<PairedDifference>>> Differences,
    IReadOnlyList<RankedModel> Ranking)
{
    /// <summary>The result of one model.</summary>
    public ModelResult this[string modelId] => Models.First(m => m.ModelId == modelId);

    /// <summary>The model first in a clear majority of resamples (<see cref="Ranking.ClearMajority"/>), or null when there is no clear winner.</summary>
    public RankedModel? ClearWinner => Ranking.FirstOrDefault(r => r.PBest >= Comparison.Ranking.ClearMajority);

    /// <summary>The baseline actually used (the requested one, else the first applicable model).</summary>
    public string? Baseline => Request.Baseline is { } b && Models.Any(m => m.ModelId == b && m.Applicable)
        ? b
        : Models.FirstOrDefault(m => m.Applicable)?.ModelId;
}
