namespace CampaignSim.Analysis;

/// <summary>
/// Morris statistics of one parameter on one metric: the elementary effects over the trajectories, in the metric's unit
/// per full screened range of the parameter.
/// </summary>
/// <param name="Metric">Outcome metric id (<c>wageChangePct</c>).</param>
/// <param name="Parameter">Parameter path.</param>
/// <param name="ModelId">The model the metric is read from, or null for the mean over the applicable models.</param>
/// <param name="Mu">Mean elementary effect μ (signed: effects of opposite sign cancel).</param>
/// <param name="MuStar">Mean absolute elementary effect μ* (Campolongo et al. 2007): the overall importance.</param>
/// <param name="Sigma">Standard deviation σ of the elementary effects: interactions and non-linearity.</param>
public sealed record ParameterEffect(string Metric, string Parameter, string? ModelId, double Mu, double MuStar, double Sigma);
