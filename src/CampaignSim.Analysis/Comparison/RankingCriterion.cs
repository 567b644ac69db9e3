namespace CampaignSim.Analysis.Comparison;

/// <summary>One criterion of the ranking, read from every run.</summary>
/// <param name="Name">Key used in <c>--weights</c> and files: wages, demands, safety, control or cost.</param>
/// <param name="HigherIsBetter">Whether a higher value is better (wages) or worse (cost).</param>
/// <param name="Read">The criterion's value in one run (a replication of a model's runs), in its own unit (percent, demands,
/// firings, share, dollars per worker).</param>
public sealed record RankingCriterion(string Name, bool HigherIsBetter, Func<RunTable, int, double> Read);
