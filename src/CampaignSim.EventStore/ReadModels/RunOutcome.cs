using CampaignSim.Domain.Outcomes;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>Read model: the outcome of one run with the ids that place it (document id = run stream id).</summary>
public sealed record RunOutcome
{
    /// <summary>Run stream id.</summary>
    public Guid Id { get; init; }
    /// <summary>Comparison stream id.</summary>
    public Guid ComparisonId { get; init; }
    /// <summary>Comparison name.</summary>
    public string Comparison { get; init; } = "";
    /// <summary>Model.</summary>
    public string ModelId { get; init; } = "";
    /// <summary>Replication index, from 0.</summary>
    public int Replication { get; init; }
    /// <summary>Seed.</summary>
    public ulong Seed { get; init; }
    /// <summary>Hash of the scenario.</summary>
    public string ScenarioHash { get; init; } = "";
    /// <summary>Engine that produced the run.</summary>
    public string EngineVersion { get; init; } = "";
    /// <summary>Events in the run's stream.</summary>
    public int EventCount { get; init; }
    /// <summary>SHA-256 of the run's serialized stream.</summary>
    public string StreamHash { get; init; } = "";
    /// <summary>Whether the full stream is stored.</summary>
    public bool StreamStored { get; init; }
    /// <summary>The outcome.</summary>
    public CampaignOutcome Outcome { get; init; } = new();
}
