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

    /// <summary>The models first on all the runs: the leader and every model tied with it (docs/cli.md § How the ranking works).</summary>
    public IReadOnlyList<RankedModel> FirstPlace => Ranking.Where(r => r.First).ToArray();

    /// <summary>Whether more than one model is first on all the runs: no weighted criterion separates them from the leader by enough to matter.</summary>
    public bool Tied => Ranking.Count(r => r.First) > 1;

    /// <summary>
    /// The model alone in first place on all the runs and first in a clear majority of resamples
    /// (<see cref="Ranking.ClearMajority"/>), or null when there is a tie or no clear winner.
    /// </summary>
    public RankedModel? ClearWinner => !Tied && Ranking.FirstOrDefault(r => r.First) is { } first && first.PBest >= Comparison.Ranking.ClearMajority
        ? first
        : null;

    /// <summary>
    /// The winner an early answer may name while runs are still to come: the <see cref="ClearWinner"/> when it is first in at
    /// least <see cref="Ranking.DecisiveShare"/> of the resamples after at least <see cref="Ranking.FewestRunsForAnEarlyAnswer"/>
    /// runs per model; otherwise null.
    /// </summary>
    public RankedModel? DecisiveWinner => Request.Replications >= Comparison.Ranking.FewestRunsForAnEarlyAnswer
        && ClearWinner is { } winner && winner.PBest >= Comparison.Ranking.DecisiveShare
            ? winner
            : null;

    /// <summary>The baseline actually used (the requested one, else the first applicable model).</summary>
    public string? Baseline => Request.Baseline is { } b && Models.Any(m => m.ModelId == b && m.Applicable)
        ? b
        : Models.FirstOrDefault(m => m.Applicable)?.ModelId;
}
