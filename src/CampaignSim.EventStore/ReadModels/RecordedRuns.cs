using System.Runtime.CompilerServices;
using System.Text.Json;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Hosting;
using Marten;
using Npgsql;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// Reads a comparison's recorded runs in either store format (<see cref="StoreFormat"/>): the blocks of a comparison
/// recorded in blocks, found by their stream ids (<see cref="ComparisonStarted.Blocks"/>), a few at a time; the
/// <see cref="RunRecorded"/> events on the stream of one recorded run by run, one at a time. Either way the reader gets
/// one <see cref="RunRecorded"/> per run and never holds a comparison's events at once.
/// </summary>
/// <remarks>
/// By SQL on the session's connection: Marten's raw event queries filter on the default type alias, not the names given
/// with <c>MapEventType</c>, and the projection reading the blocks has a session, not a connection, to read with.
/// </remarks>
internal static class RecordedRuns
{
    /// <summary>Blocks read per query (a block of 250 hospital runs is about half a megabyte of JSON).</summary>
    private const int BlocksPerRead = 8;

    /// <summary>Every recorded run of the comparison, block by block in queue order (run by run in recording order).</summary>
    public static async IAsyncEnumerable<RunRecorded> ReadAsync(IQuerySession session, Guid comparisonId, ComparisonStarted started,
        [EnumeratorCancellation] CancellationToken cancellation)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        if (started.BlockSize is null)
        {
            await using var command = new NpgsqlCommand($"select data from {schema}.mt_events where stream_id = $1 and type = $2 order by version");
            command.Parameters.AddWithValue(comparisonId);
            command.Parameters.AddWithValue(MartenSetup.RunRecordedName);
            await using var reader = await session.ExecuteReaderAsync(command, cancellation);
            while (await reader.ReadAsync(cancellation)) yield return Parse<RunRecorded>(reader.GetString(0));
            yield break;
        }

        // Turning a block's JSON back into runs costs more than reading it: the blocks of one read are decoded side by
        // side, while the next read is under way and the reader takes the runs of the read before.
        var blocks = started.Blocks();
        Task<IReadOnlyList<RunRecorded>[]>? decoding = null;
        for (var from = 0; from < blocks.Count; from += BlocksPerRead)
        {
            var ids = blocks.Skip(from).Take(BlocksPerRead).Select(b => b.StreamId).ToArray();
            var json = await BlockJsonAsync(session, schema, ids, cancellation);
            var next = Task.WhenAll(json.Select(j => Task.Run(() => Parse<RunsRecorded>(j).Runs(), cancellation)));
            if (decoding is not null)
                foreach (var runs in await decoding)
                    foreach (var run in runs)
                        yield return run;
            decoding = next;
        }
        if (decoding is not null)
            foreach (var runs in await decoding)
                foreach (var run in runs)
                    yield return run;
    }

    /// <summary>The recorded run of replication <paramref name="replication"/> of a model in a comparison recorded run by
    /// run, or null when it is not recorded.</summary>
    public static async Task<RunRecorded?> FindRunByRunAsync(IQuerySession session, Guid comparisonId, ComparisonStarted started, string modelId,
        int replication, CancellationToken cancellation)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await using var command = new NpgsqlCommand(
            $"select data from {schema}.mt_events where stream_id = $1 and type = $2 and data ->> 'runId' = $3 order by version limit 1");
        command.Parameters.AddWithValue(comparisonId);
        command.Parameters.AddWithValue(MartenSetup.RunRecordedName);
        command.Parameters.AddWithValue(RunIds.Run(started.Name, modelId, replication).ToString());
        await using var reader = await session.ExecuteReaderAsync(command, cancellation);
        return await reader.ReadAsync(cancellation) ? Parse<RunRecorded>(reader.GetString(0)) : null;
    }

    /// <summary>The stream of the block that holds replication <paramref name="replication"/> of a model, or null when the
    /// comparison has no such run or is recorded run by run.</summary>
    public static Guid? BlockOf(ComparisonStarted started, string modelId, int replication) =>
        started.BlockSize is { } size && replication >= 0 && replication < started.Replications && started.Models.Contains(modelId)
            ? RunIds.Block(started.Name, modelId, replication / size * size)
            : null;

    /// <summary>The version of the row of the block on stream <paramref name="streamId"/> (PostgreSQL's <c>xmin</c>, which
    /// any change of the row changes), or null when the block is not recorded.</summary>
    public static async Task<string?> RowVersionAsync(IQuerySession session, Guid streamId, CancellationToken cancellation)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await using var command = new NpgsqlCommand($"select xmin::text from {schema}.mt_events where stream_id = $1 and type = $2");
        command.Parameters.AddWithValue(streamId);
        command.Parameters.AddWithValue(MartenSetup.RunsRecordedName);
        await using var reader = await session.ExecuteReaderAsync(command, cancellation);
        return await reader.ReadAsync(cancellation) ? reader.GetString(0) : null;
    }

    /// <summary>The recorded block on stream <paramref name="streamId"/>, or null when it is not recorded.</summary>
    public static async Task<RunsRecorded?> BlockAsync(IQuerySession session, Guid streamId, CancellationToken cancellation) =>
        (await BlocksAsync(session, session.DocumentStore.Options.Events.DatabaseSchemaName, [streamId], cancellation)).SingleOrDefault();

    /// <summary>The recorded blocks among <paramref name="streamIds"/>, in that order.</summary>
    private static async Task<IReadOnlyList<RunsRecorded>> BlocksAsync(IQuerySession session, string schema, Guid[] streamIds, CancellationToken cancellation) =>
        [.. (await BlockJsonAsync(session, schema, streamIds, cancellation)).Select(Parse<RunsRecorded>)];

    /// <summary>The stored JSON of the recorded blocks among <paramref name="streamIds"/>, in that order.</summary>
    private static async Task<IReadOnlyList<string>> BlockJsonAsync(IQuerySession session, string schema, Guid[] streamIds, CancellationToken cancellation)
    {
        var found = new Dictionary<Guid, string>();
        await using (var command = new NpgsqlCommand($"select stream_id, data from {schema}.mt_events where stream_id = any($1) and type = $2"))
        {
            command.Parameters.AddWithValue(streamIds);
            command.Parameters.AddWithValue(MartenSetup.RunsRecordedName);
            await using var reader = await session.ExecuteReaderAsync(command, cancellation);
            while (await reader.ReadAsync(cancellation)) found[reader.GetGuid(0)] = reader.GetString(1);
        }
        return [.. streamIds.Where(found.ContainsKey).Select(id => found[id])];
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, EventJson.Options)
        ?? throw new EventStoreException($"A recorded {typeof(T).Name} event is empty.");
}
