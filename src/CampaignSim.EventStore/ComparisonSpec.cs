using CampaignSim.Analysis.Comparison;

namespace CampaignSim.EventStore;

/// <summary>One comparison of a batch run through the store: a scenario variant, its models and replications, and its id.</summary>
/// <param name="ComparisonId">The comparison's name; its run and stream ids derive from it.</param>
/// <param name="Request">What to compare.</param>
public sealed record ComparisonSpec(string ComparisonId, ComparisonRequest Request);
