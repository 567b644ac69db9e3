using Npgsql;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Worker processes, read from Wolverine's own node table (<c>wolverine_nodes</c>): every process is a node that
/// writes a heartbeat each second; a worker is a node whose recorded capabilities include <see cref="WorkerCapability"/>.
/// </summary>
internal static class WorkerNodes
{
    /// <summary>A node whose last heartbeat is older than this is taken for dead (Wolverine ejects it at 5 s).</summary>
    public static readonly TimeSpan Alive = TimeSpan.FromSeconds(5);

    public static async Task<IReadOnlyList<WorkerNode>> ListAsync(NpgsqlDataSource db, string schema, CancellationToken cancellation)
    {
        await using var command = db.CreateCommand(
            $"select node_number, description, started, health_check, capabilities from {schema}.wolverine_nodes " +
            "where health_check > now() - $1 order by node_number");
        command.Parameters.AddWithValue(Alive);
        var workers = new List<WorkerNode>();
        NpgsqlDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(cancellation);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No process of the database has run Wolverine's node tracking yet: no worker has ever joined.
            return workers;
        }
        await using var _ = reader;
        while (await reader.ReadAsync(cancellation))
        {
            var capabilities = reader.IsDBNull(4) ? [] : reader.GetFieldValue<string[]>(4);
            foreach (var capability in capabilities)
            {
                if (!capability.StartsWith(WorkerCapability.SchemeName + "://", StringComparison.Ordinal)) continue;
                var queue = capability[(WorkerCapability.SchemeName.Length + 3)..].TrimEnd('/');
                workers.Add(new WorkerNode(reader.GetInt32(0), reader.GetString(1), queue,
                    reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
                break;
            }
        }
        return workers;
    }
}
