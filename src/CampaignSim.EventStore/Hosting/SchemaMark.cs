using System.Reflection;
using Npgsql;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Which build last brought the database's schema up to date, so that the next process of the same build can start
/// without comparing every table and function again (Marten's and Wolverine's start-up checks cost about 0.5–0.9 s
/// and most of the server's work of a short command; docs/performance.md).
/// </summary>
/// <remarks>
/// The mark is one row of <c>campaignsim_schema</c> in the store's schema, naming the build: the module version ids
/// of this assembly (which holds the Marten and Wolverine configuration and changes with every build of it) and the
/// versions of Marten and Wolverine. It is written only after a full check has succeeded. Any other build (an older
/// worker, a newer release) finds another mark, checks the schema in full and writes its own. A schema changed by
/// hand is not noticed: delete the row (<c>delete from campaignsim.campaignsim_schema</c>) and the next process
/// checks it again (docs/event-store.md).
/// </remarks>
internal static class SchemaMark
{
    private const string Table = "campaignsim_schema";

    /// <summary>This build, as the mark names it.</summary>
    public static string Build { get; } = string.Join(' ',
        typeof(SchemaMark).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        "marten-" + VersionOf(typeof(Marten.IDocumentStore)),
        "wolverine-" + VersionOf(typeof(Wolverine.IMessageBus)));

    private static string VersionOf(Type type) =>
        type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? type.Assembly.GetName().Version?.ToString() ?? "?";

    /// <summary>Whether the schema was last brought up to date by this build (false when there is no mark yet).</summary>
    public static async Task<bool> IsCurrentAsync(NpgsqlConnection connection, string schema, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"select exists (select 1 from pg_catalog.pg_tables where schemaname = $1 and tablename = '{Table}')", connection);
        command.Parameters.AddWithValue(schema);
        if (await command.ExecuteScalarAsync(cancellation) is not true) return false;
        await using var read = new NpgsqlCommand($"select build from {schema}.{Table} where id = 1", connection);
        return await read.ExecuteScalarAsync(cancellation) is string build && build == Build;
    }

    /// <summary>
    /// Records that this build has brought the schema up to date. Processes starting together on a new database
    /// take turns (an advisory lock), so that creating the table cannot race. A mark that cannot be written (a user
    /// without the right to create tables) only means that the next process checks the schema in full again.
    /// </summary>
    public static async Task WriteAsync(string connectionString, string schema, CancellationToken cancellation)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellation);
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            foreach (var sql in new[]
                     {
                         $"select pg_advisory_xact_lock({LockKey})",
                         $"create table if not exists {schema}.{Table} (id int primary key, build text not null, checked_at timestamptz not null)",
                         $"insert into {schema}.{Table} (id, build, checked_at) values (1, $1, now()) " +
                         "on conflict (id) do update set build = excluded.build, checked_at = excluded.checked_at",
                     })
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                if (sql.Contains("$1", StringComparison.Ordinal)) command.Parameters.AddWithValue(Build);
                await command.ExecuteNonQueryAsync(cancellation);
            }
            await transaction.CommitAsync(cancellation);
        }
        catch (PostgresException)
        {
            // Not marked: the next process compares the schema in full, as it would without the mark.
        }
    }

    /// <summary>Advisory lock key of the mark ("CSIMMARK").</summary>
    private const long LockKey = 0x4353494D4D41524B;
}
