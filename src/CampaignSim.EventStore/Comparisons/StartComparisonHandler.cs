using CampaignSim.EventStore.Hosting;
using Wolverine;
using Wolverine.Marten;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Opens the comparison's stream and queues its runs, one message per block, in one transaction: the stream start and the queued
/// <see cref="SimulateRuns"/> messages (Wolverine's durable inbox in the same PostgreSQL database) commit together,
/// so a failed start leaves neither. A distributed comparison's blocks go to the shared queue on PostgreSQL that
/// every worker process takes them from; the others to this process's local queue.
/// </summary>
public static class StartComparisonHandler
{
    /// <summary>Handles the command.</summary>
    public static (IStartStream, OutgoingMessages) Handle(StartComparison command)
    {
        var started = command.Started;
        if (started.BlockSize is not > 0) throw new EventStoreException($"Comparison '{started.Name}' has no block size.");
        var messages = new OutgoingMessages();
        var events = new List<object> { started };
        foreach (var b in started.Blocks())
        {
            var block = new SimulateRuns(command.ComparisonId, b.ModelIndex, b.FirstReplication, b.Count);
            messages.Add(started.Shared ? block.ToDestination(SharedRunQueue.Uri) : block);
        }
        if (started.ExpectedRuns == 0) events.Add(new ComparisonCompleted(0, 0));
        return (MartenOps.StartStream<Comparison>(command.ComparisonId, events.ToArray()), messages);
    }
}
