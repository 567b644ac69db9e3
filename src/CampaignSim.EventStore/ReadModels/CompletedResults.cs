using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CampaignSim.Analysis.Comparison;
using Marten;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// The results that the summary projection reads when it completes a comparison this process is waiting for, handed to
/// the waiting caller so that it does not read every block a second time (docs/performance.md). The projection builds
/// the result from the stored blocks exactly as <see cref="CampaignStore.ReplayComparisonAsync"/> does; a comparison
/// completed elsewhere (by a worker process) leaves nothing here, and the caller reads it back as before.
/// </summary>
/// <remarks>
/// Kept per document store (per database and schema), since two stores in one process may hold comparisons of the same
/// name; only comparisons a caller announced (<see cref="Expect"/>) are kept, so a worker completing others' comparisons
/// keeps nothing, and a caller announces only a batch of one, so a large batch never holds every result at once.
/// </remarks>
internal static class CompletedResults
{
    private static readonly ConditionalWeakTable<IDocumentStore, ConcurrentDictionary<Guid, ComparisonResult?>> Waiting = new();

    /// <summary>A caller of this process is about to wait for the comparison.</summary>
    public static void Expect(IDocumentStore store, Guid comparison) => Waiting.GetOrCreateValue(store).TryAdd(comparison, null);

    /// <summary>The projection read the comparison's result: kept if a caller expects it.</summary>
    public static void Offer(IDocumentStore store, Guid comparison, ComparisonResult result)
    {
        if (Waiting.TryGetValue(store, out var waiting)) waiting.TryUpdate(comparison, result, null);
    }

    /// <summary>The result offered for the comparison, or null; either way the caller no longer expects it.</summary>
    public static ComparisonResult? Take(IDocumentStore store, Guid comparison) =>
        Waiting.TryGetValue(store, out var waiting) && waiting.TryRemove(comparison, out var result) ? result : null;
}
