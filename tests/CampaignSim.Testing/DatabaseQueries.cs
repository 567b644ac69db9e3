using Npgsql;

namespace CampaignSim.Testing;

/// <summary>Reads a test database directly, as the tests that check what was recorded need to.</summary>
public static class DatabaseQueries
{
    /// <summary>The single number <paramref name="sql"/> returns, on a connection of its own (no pool, so a server restart leaves nothing stale).</summary>
    public static async Task<long> ScalarAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until at least <paramref name="atLeast"/> runs are recorded (<see cref="RecordedRunsSql.Count"/>); false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitForRecordedAsync(string db, long atLeast, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (await ScalarAsync(db, RecordedRunsSql.Count) >= atLeast)
                {
                    return true;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The comparison has not created the schema yet.
            }

            await Task.Delay(50);
        }

        return false;
    }
}
