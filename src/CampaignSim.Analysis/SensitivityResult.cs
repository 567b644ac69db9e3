using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Analysis;

/// <summary>What a Morris screening found.</summary>
/// <param name="ScenarioName">Name of the scenario screened.</param>
/// <param name="Models">Models that were applicable and compared at every point.</param>
/// <param name="Parameters">Parameters moved, in the order given.</param>
/// <param name="Metrics">Metrics read, in the order given.</param>
/// <param name="Trajectories">Trajectories (r).</param>
/// <param name="Levels">Levels of the grid (p); the step is Δ = p / (2(p − 1)).</param>
/// <param name="ReplicationsPerPoint">Replications per model at every point (the same seeds at every point).</param>
/// <param name="Seed">Seed of the trajectories and first seed of the replications.</param>
/// <param name="Weights">Ranking weights used to rank the models at each point.</param>
/// <param name="Effects">μ, μ*, σ per metric and parameter for the mean over models, then per metric, parameter and model.</param>
/// <param name="RankingChanges">Per parameter, how often moving it changed the ranking.</param>
/// <param name="BaseTopModels">The model ranked first at the starting point of each trajectory.</param>
public sealed record SensitivityResult(
    string ScenarioName,
    IReadOnlyList<string> Models,
    IReadOnlyList<SensitivityParameter> Parameters,
    IReadOnlyList<string> Metrics,
    int Trajectories,
    int Levels,
    int ReplicationsPerPoint,
    ulong Seed,
    RankingWeights Weights,
    IReadOnlyList<ParameterEffect> Effects,
    IReadOnlyList<RankingSensitivity> RankingChanges,
    IReadOnlyList<string> BaseTopModels)
{
    /// <summary>Effects on a metric for the mean over models (or one model), most important first (by μ*, then parameter order).</summary>
    public IReadOnlyList<ParameterEffect> For(string metric, string? modelId = null) =>
        Effects.Where(e => e.Metric == metric && e.ModelId == modelId)
            .Select((e, i) => (e, i))
            .OrderByDescending(x => x.e.MuStar).ThenBy(x => x.i)
            .Select(x => x.e)
            .ToArray();

    /// <summary>The effect of one parameter on one metric (mean over models, or one model).</summary>
    public ParameterEffect Effect(string metric, string parameter, string? modelId = null) =>
        Effects.First(e => e.Metric == metric && e.Parameter == parameter && e.ModelId == modelId);
}
