using Marten;
using Npgsql;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Which blocks of a comparison are recorded: a block is recorded when its stream exists (<see cref="RunIds.Block"/>),
/// looked up by id in <c>mt_streams</c>' primary key, so a look costs one index probe per block asked about.
/// </summary>
internal static class RecordedBlocks
{
    /// <summary>Which of <paramref name="streamIds"/> exist.</summary>
    public static async Task<HashSet<Guid>> PresentAsync(IQuerySession session, IReadOnlyCollection<Guid> streamIds, CancellationToken cancellation) =>
        [.. (await WrittenAsync(session, streamIds, cancellation)).Keys];

    /// <summary>Which of <paramref name="streamIds"/> exist, each with when it was written.</summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> WrittenAsync(IQuerySession session, IReadOnlyCollection<Guid> streamIds, CancellationToken cancellation)
    {
        var written = new Dictionary<Guid, DateTimeOffset>();
        if (streamIds.Count == 0) return written;
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await using var command = new NpgsqlCommand($"select id, timestamp from {schema}.mt_streams where id = any($1)");
        command.Parameters.AddWithValue(streamIds.ToArray());
        await using var reader = await session.ExecuteReaderAsync(command, cancellation);
        while (await reader.ReadAsync(cancellation)) written[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        return written;
    }

    /// <summary>
    /// Whether every block of <paramref name="blocks"/> is recorded. Blocks are queued in order and mostly recorded in
    /// that order, so the last ones are looked at first, a few at a time and then more: while the comparison runs, the
    /// first look usually finds a block missing, and only the look that finds it complete reads every block.
    /// </summary>
    public static async Task<bool> AllPresentAsync(IQuerySession session, IReadOnlyList<RecordedBlock> blocks, CancellationToken cancellation)
    {
        var newestFirst = blocks.Select(b => b.StreamId).Reverse().ToArray();
        for (int from = 0, take = 8; from < newestFirst.Length; from += take, take *= 4)
        {
            var look = newestFirst.AsSpan(from, Math.Min(take, newestFirst.Length - from)).ToArray();
            if ((await PresentAsync(session, look, cancellation)).Count < look.Length) return false;
        }
        return true;
    }
}
