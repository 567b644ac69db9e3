using Marten;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Appends <see cref="ComparisonCompleted"/> to a comparison's stream once every block of its runs is recorded.
/// </summary>
/// <remarks>
/// Blocks are recorded on streams of their own, side by side, so no block's transaction can tell whether it is the
/// last: two last blocks committing at once would each miss the other. Each block therefore sends this message, which
/// is handled after the block's transaction commits and so sees every block committed before it; the check after the
/// last commit sees them all. The append is checked against the stream's version (optimistic concurrency), so two
/// processes completing the same comparison at once append one <see cref="ComparisonCompleted"/>: the other fails,
/// is retried and finds it complete. The summary projection then reads the blocks (docs/event-store.md).
/// </remarks>
public static class CompleteComparisonHandler
{
    /// <summary>Handles the message.</summary>
    public static async Task Handle(CompleteComparison message, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Comparison>(message.ComparisonId, cancellation);
        if (stream.Aggregate is not { Completed: false } comparison || comparison.Started.BlockSize is null) return;
        var started = comparison.Started;
        var blocks = started.Blocks();
        if (!await RecordedBlocks.AllPresentAsync(session, blocks, cancellation)) return;
        stream.AppendOne(new ComparisonCompleted(started.ExpectedRuns, blocks.Sum(b => b.Kept)));
    }
}
