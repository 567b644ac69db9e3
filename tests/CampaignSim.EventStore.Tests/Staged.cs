using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.Comparisons;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

/// <summary>What tests that stage a store's state by hand share: a comparison opened without its runs, and SQL looks.</summary>
internal static class Staged
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens the comparison's stream as a start does, in blocks of <paramref name="blockSize"/>, without queuing any.</summary>
    public static async Task<Guid> StartStreamOnlyAsync(CampaignStore store, ComparisonRequest request, string name, int blockSize, StorageMode? storage = null)
    {
        var id = RunIds.Comparison(name);
        await using var session = store.Documents.LightweightSession();
        session.Events.StartStream<Comparison>(id, CampaignStore.Describe(request, name, storage ?? StorageMode.Full, shared: false) with { BlockSize = blockSize });
        await session.SaveChangesAsync(Ct);
        return id;
    }

    /// <summary>The count (or other bigint) that <paramref name="sql"/> selects, with positional parameters.</summary>
    public static async Task<long> CountAsync(string db, string sql, params object[] parameters) =>
        (long)(await ScalarAsync(db, sql, parameters))!;

    /// <summary>The text that <paramref name="sql"/> selects, with positional parameters.</summary>
    public static async Task<string> TextAsync(string db, string sql, params object[] parameters) =>
        (string)(await ScalarAsync(db, sql, parameters))!;

    /// <summary>Runs a statement with positional parameters.</summary>
    public static async Task ExecuteAsync(string db, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.AddWithValue(p);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<object?> ScalarAsync(string db, string sql, object[] parameters)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.AddWithValue(p);
        return await command.ExecuteScalarAsync(Ct);
    }
}
