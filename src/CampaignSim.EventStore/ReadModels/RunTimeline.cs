using CampaignSim.Domain.Outcomes;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>Read model: one run week by week (document id = run stream id).</summary>
public sealed record RunTimeline
{
    /// <summary>Run stream id.</summary>
    public Guid Id { get; init; }
    /// <summary>Comparison stream id.</summary>
    public Guid ComparisonId { get; init; }
    /// <summary>Model.</summary>
    public string ModelId { get; init; } = "";
    /// <summary>Replication index, from 0.</summary>
    public int Replication { get; init; }
    /// <summary>The timeline (index = week, 0 = start).</summary>
    public CampaignTimeline Timeline { get; init; } = new([], [], []);
}
