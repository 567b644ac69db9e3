using CampaignSim.EventStore.Hosting;

namespace CampaignSim.EventStore;

/// <summary>A worker process on the database: a live Wolverine node that takes blocks from a shared run queue.</summary>
/// <param name="NodeNumber">Wolverine's number for the node.</param>
/// <param name="Description">What the node says of itself (machine name).</param>
/// <param name="Queue">The shared run queue it takes blocks from (one per engine version).</param>
/// <param name="Started">When it joined.</param>
/// <param name="LastHeartbeat">Its latest heartbeat.</param>
public sealed record WorkerNode(int NodeNumber, string Description, string Queue, DateTimeOffset Started, DateTimeOffset LastHeartbeat)
{
    /// <summary>The engine version it runs, as far as the queue name tells (dots for any other character).</summary>
    public string EngineVersion => SharedRunQueue.EngineOf("://" + Queue) ?? Queue;

    /// <summary>Whether it takes the runs of comparisons started by engine <paramref name="engineVersion"/>.</summary>
    public bool Runs(string engineVersion) => Queue == SharedRunQueue.NameFor(engineVersion);
}
