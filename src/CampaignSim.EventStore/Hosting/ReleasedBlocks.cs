using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Puts the run blocks of a dead worker back on the shared queue, in every worker, every two seconds.
/// </summary>
/// <remarks>
/// <para>A worker holds the blocks it took as rows of Wolverine's inbox owned by its node. When it dies, Wolverine's
/// leader notices the stale heartbeat and releases them (owner 0); recovering released rows is then the job of the
/// database's one durability agent, which Wolverine may place on a coordinator, a process that does not listen to
/// the shared queue and therefore skips them. So every worker moves released blocks of its queue back from the
/// inbox to the queue table, in one statement (a row goes either back to the queue or to a recovering agent,
/// never both), where any worker takes them again. Nothing here decides that a process is dead: that is
/// Wolverine's node tracking.</para>
/// </remarks>
internal sealed class ReleasedBlocks(string connectionString, string schema) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(connectionString);

    /// <summary>Moves the released blocks back; how many.</summary>
    public static async Task<int> RequeueAsync(NpgsqlDataSource db, string schema, CancellationToken cancellation)
    {
        await using var command = db.CreateCommand(
            $"with released as (delete from {schema}.wolverine_incoming_envelopes where status = 'Incoming' and owner_id = 0 and received_at = $1 " +
            "returning id, body, message_type, keep_until) " +
            $"insert into {schema}.wolverine_queue_{SharedRunQueue.Name} (id, body, message_type, keep_until) select id, body, message_type, keep_until from released");
        command.Parameters.AddWithValue(SharedRunQueue.Uri.ToString());
        return await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, stoppingToken);
                await RequeueAsync(_db, schema, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                // A lost connection: the next round tries again (the worker says so through its own calls).
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        _db.Dispose();
    }
}
