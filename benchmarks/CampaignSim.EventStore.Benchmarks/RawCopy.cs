using System.Text.Json;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using Npgsql;
using NpgsqlTypes;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>
/// The floor to compare Marten with: the same rows written by hand with Npgsql's binary COPY into tables shaped
/// like Marten's (<c>LIKE mt_streams / mt_events INCLUDING ALL</c>, same keys and foreign key), events serialized with
/// the same JSON options, one transaction per block of runs as the run handler does.
/// </summary>
internal static class RawCopy
{
    public static async Task CreateTablesAsync(string connectionString, string martenSchema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"create schema raw; " +
            $"create table raw.streams (like {martenSchema}.mt_streams including all); " +
            $"create table raw.events (like {martenSchema}.mt_events including all); " +
            "alter table raw.events add foreign key (stream_id) references raw.streams(id) on delete cascade;", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> WriteAsync(NpgsqlConnection connection, IReadOnlyList<SimulatedRun> runs, long nextSequence, JsonSerializerOptions json)
    {
        await using var tx = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var streams = await connection.BeginBinaryImportAsync(
            "COPY raw.streams (id, type, version, timestamp, created, tenant_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var run in runs)
            {
                await streams.StartRowAsync();
                await streams.WriteAsync(run.RunId, NpgsqlDbType.Uuid);
                await streams.WriteAsync("run_outcome", NpgsqlDbType.Varchar);
                await streams.WriteAsync((long)run.Events.Count, NpgsqlDbType.Bigint);
                await streams.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await streams.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await streams.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar);
            }
            await streams.CompleteAsync();
        }
        await using (var events = await connection.BeginBinaryImportAsync(
            "COPY raw.events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, headers, is_archived) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var run in runs)
                for (var i = 0; i < run.Events.Count; i++)
                {
                    CampaignEvent e = run.Events[i];
                    await events.StartRowAsync();
                    await events.WriteAsync(nextSequence++, NpgsqlDbType.Bigint);
                    await events.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await events.WriteAsync(run.RunId, NpgsqlDbType.Uuid);
                    await events.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                    await events.WriteAsync(JsonSerializer.Serialize(e, e.GetType(), json), NpgsqlDbType.Jsonb);
                    await events.WriteAsync(Names[e.GetType()], NpgsqlDbType.Varchar);
                    await events.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await events.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar);
                    if (i == 0) await events.WriteAsync(run.HeadersJson, NpgsqlDbType.Jsonb);
                    else await events.WriteNullAsync();
                    await events.WriteAsync(false, NpgsqlDbType.Boolean);
                }
            await events.CompleteAsync();
        }
        await tx.CommitAsync();
        return nextSequence;
    }

    private static readonly Dictionary<Type, string> Names = EventCatalog.Types.ToDictionary(t => t.Type, t => t.Name);

    /// <summary>The engine's JSON options, as the store configures Marten with them.</summary>
    public static JsonSerializerOptions Json { get; } = new(EventJson.Options);
}
