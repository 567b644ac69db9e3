using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CampaignSim.EventStore.Comparisons;
using Marten;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// A comparison's name and scenario hash by stream id, read once per process: the run projections need them for
/// every run recorded without its stream, and loading the comparison document for each would cost a query per run.
/// Both never change once the comparison is started. Kept per document store (one per database), for as long as the
/// store lives.
/// </summary>
internal static class ComparisonNames
{
    private static readonly ConditionalWeakTable<IDocumentStore, ConcurrentDictionary<Guid, Entry>> Stores = new();

    /// <summary>The name and scenario hash of a comparison.</summary>
    public sealed record Entry(string Name, string ScenarioHash);

    /// <summary>The comparison's entry, or null when there is no such comparison.</summary>
    public static async ValueTask<Entry?> OfAsync(IQuerySession session, Guid comparisonId, CancellationToken cancellation)
    {
        var known = Stores.GetValue(session.DocumentStore, _ => new ConcurrentDictionary<Guid, Entry>());
        if (known.TryGetValue(comparisonId, out var entry)) return entry;
        var comparison = await session.LoadAsync<Comparison>(comparisonId, cancellation);
        return comparison is null ? null : known.GetOrAdd(comparisonId, new Entry(comparison.Started.Name, comparison.Started.ScenarioHash));
    }
}
