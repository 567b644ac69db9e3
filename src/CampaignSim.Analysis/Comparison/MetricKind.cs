using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Analysis.Comparison;

/// <summary>What kind of number a metric is, read from its unit: this decides its interval and how reports show it.</summary>
public static class MetricKind
{
    /// <summary>Unit of a yes/no outcome recorded as 0 or 1 per run, whose mean is a probability.</summary>
    public const string ProbabilityUnit = "probability";

    /// <summary>Whether the metric is a yes/no outcome (0 or 1 per run): its mean is a rate with a Wilson interval.</summary>
    public static bool IsProportion(OutcomeMetric metric) => metric.Unit == ProbabilityUnit;
}
