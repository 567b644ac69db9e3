using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Hands back, every two seconds, the queued messages that Wolverine's inbox says this process owns but that this
/// process no longer holds: rows of its local queues (and, in a worker, of the shared run queue) that are still
/// <c>Incoming</c>, owned by its node, while the queue they belong to holds nothing in memory.
/// </summary>
/// <remarks>
/// <para>Wolverine takes a row owned by a live node to be in that node's memory, so it never recovers it: its
/// recovery only picks rows owned by no node or by a node declared dead. A database can break that: a server that
/// acknowledges a commit before the commit is on disk (<c>synchronous_commit = off</c>) and then crashes or is stopped
/// with <c>pg_ctl -m immediate</c> loses the last commits it acknowledged, among them a handler's transaction that
/// marked its message handled. The handler has finished and the message is gone from memory, yet the row is back to
/// <c>Incoming</c>, owned by this node, and nothing would ever run it again: a comparison waited forever for those runs
/// (docs/event-store.md). A commit whose acknowledgement was lost with the connection leaves the same kind of row.</para>
/// <para>A row is handed back only when it was seen owned here at two looks in a row while its queue held nothing in
/// memory (queued or running) before and after each look; it is then released (owner 0), and Wolverine's recovery,
/// or <see cref="ReleasedBlocks"/> for the shared queue, runs it again. Handling a message twice records nothing twice
/// (<see cref="Comparisons.SimulateRunsHandler"/>, <see cref="Comparisons.CompleteComparisonHandler"/>), so even a row
/// handed back in error costs only the work of running it again.</para>
/// </remarks>
internal sealed class StrandedEnvelopes(IWolverineRuntime runtime, string connectionString, string schema, bool takesSharedRuns) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(connectionString);

    private readonly ILogger _logger = runtime.LoggerFactory.CreateLogger<StrandedEnvelopes>();

    private readonly Uri[] _addresses = takesSharedRuns
        ? [LocalQueue(CampaignHost.RunsQueue), LocalQueue(CampaignHost.CompletionQueue), SharedRunQueue.Uri]
        : [LocalQueue(CampaignHost.RunsQueue), LocalQueue(CampaignHost.CompletionQueue)];

    /// <summary>The inbox address (<c>received_at</c>) of a local queue.</summary>
    public static Uri LocalQueue(string name) => new($"local://{name}/");

    /// <summary>
    /// One look: the rows this node owns at queues that hold nothing in memory; those also in
    /// <paramref name="seenBefore"/> are released. Returns the rows seen now and not released, for the next look.
    /// </summary>
    public async Task<HashSet<Guid>> LookAsync(HashSet<Guid> seenBefore, CancellationToken cancellation)
    {
        var node = runtime.Options.Durability.AssignedNodeNumber;
        var idle = _addresses.Where(IsIdle).Select(a => a.ToString()).ToArray();
        if (node == TransportConstants.AnyNode || idle.Length == 0) return [];

        var owned = new List<(Guid Id, string Address)>();
        await using (var command = _db.CreateCommand(
            $"select id, received_at from {schema}.wolverine_incoming_envelopes where status = 'Incoming' and owner_id = $1 and received_at = any($2)"))
        {
            command.Parameters.AddWithValue(node);
            command.Parameters.AddWithValue(idle);
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) owned.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        // A message posted to a queue between the first check and the query is in memory now: its row is not stranded.
        var stillIdle = _addresses.Where(IsIdle).Select(a => a.ToString()).ToHashSet();
        var seen = owned.Where(r => stillIdle.Contains(r.Address)).Select(r => r.Id).ToHashSet();
        var stranded = seen.Where(seenBefore.Contains).ToArray();
        if (stranded.Length == 0) return seen;

        await using (var release = _db.CreateCommand(
            $"update {schema}.wolverine_incoming_envelopes set owner_id = 0 where id = any($1) and owner_id = $2 and status = 'Incoming'"))
        {
            release.Parameters.AddWithValue(stranded);
            release.Parameters.AddWithValue(node);
            var released = await release.ExecuteNonQueryAsync(cancellation);
            if (released > 0)
                _logger.LogWarning("Released {Count} inbox row(s) owned by node {Node} that it no longer holds in memory, to be run again", released, node);
        }

        seen.ExceptWith(stranded);
        return seen;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = new HashSet<Guid>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, stoppingToken);
                seen = await LookAsync(seen, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                // A lost connection: start afresh once it is back (the process says so through its own calls).
                seen = [];
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        _db.Dispose();
    }

    /// <summary>Whether this process holds no message of the queue at <paramref name="address"/> in memory, queued or running.</summary>
    private bool IsIdle(Uri address) =>
        (address.Scheme == "local" ? runtime.Endpoints.FindListenerCircuit(address) : runtime.Endpoints.FindListeningAgent(address)) is { QueueCount: 0 };
}
