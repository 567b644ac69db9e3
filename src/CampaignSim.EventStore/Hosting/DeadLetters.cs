using Npgsql;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Runs that failed for good: Wolverine's dead-letter table, read for one comparison (its messages carry the
/// comparison's stream id).
/// </summary>
/// <remarks>
/// A row's body is Wolverine's binary envelope (length prefixes, ticks, then the message's JSON), not text, so the
/// id is looked for as bytes: decoding the body as UTF-8 fails on the first byte that is not valid UTF-8, and one
/// such row would make every lookup fail.
/// </remarks>
internal static class DeadLetters
{
    /// <summary>The first failure recorded for the comparison's messages (exception type and a sentence), or null.</summary>
    public static async Task<(string Type, string Message)?> FirstFailureAsync(NpgsqlDataSource db, string schema, Guid comparisonId, CancellationToken cancellation)
    {
        await using var command = db.CreateCommand(
            $"select exception_type, exception_message from {schema}.wolverine_dead_letters " +
            "where position($1 in body) > 0 and coalesce(replayable, false) = false limit 1");
        command.Parameters.AddWithValue(IdBytes(comparisonId));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        if (!await reader.ReadAsync(cancellation)) return null;
        var type = reader.IsDBNull(0) ? "error" : reader.GetString(0);
        var message = reader.IsDBNull(1) ? "" : reader.GetString(1);
        return (type, $"a run failed ({type}: {message}).");
    }

    /// <summary>Hands the comparison's failed messages back to Wolverine to be tried again.</summary>
    public static async Task ReplayAsync(NpgsqlDataSource db, string schema, Guid comparisonId, CancellationToken cancellation)
    {
        await using var command = db.CreateCommand(
            $"update {schema}.wolverine_dead_letters set replayable = true where position($1 in body) > 0");
        command.Parameters.AddWithValue(IdBytes(comparisonId));
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>The comparison id as it appears inside a message's JSON.</summary>
    private static byte[] IdBytes(Guid comparisonId) => System.Text.Encoding.UTF8.GetBytes(comparisonId.ToString());
}
