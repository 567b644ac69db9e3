namespace CampaignSim.Analysis.Comparison;

/// <summary>One criterion of the ranking, read from every run.</summary>
/// <param name="Name">Key used in <c>--weights</c>, <c>--matter</c> and files: wages, demands, safety, control or cost.</param>
/// <param name="HigherIsBetter">Whether a higher value is better (wages) or worse (cost).</param>
/// <param name="Read">The criterion's value in one run (a replication of a model's runs), in its own unit (percent, demands,
/// a firing or none as 1 or 0, share, dollars per worker over the campaign).</param>
/// <param name="Matter">The smallest difference that matters (<see cref="DifferencesThatMatter"/>), converted to the unit of
/// <paramref name="Read"/>.</param>
public sealed record RankingCriterion(string Name, bool HigherIsBetter, Func<RunTable, int, double> Read, double Matter);
