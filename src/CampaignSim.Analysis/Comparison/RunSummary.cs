using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Analysis.Comparison;

/// <summary>One run of a comparison as it finishes (a comparison keeps its numbers in a <see cref="RunTable"/>, not this).</summary>
/// <param name="ModelId">Model compared.</param>
/// <param name="Replication">Replication index, from 0.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="Outcome">Its outcomes.</param>
/// <param name="EventCount">Events in its stream.</param>
/// <param name="StreamHash">SHA-256 of its serialized stream, when requested; else empty.</param>
public sealed record RunSummary(string ModelId, int Replication, ulong Seed, CampaignOutcome Outcome, int EventCount, string StreamHash);
