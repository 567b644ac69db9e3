using CampaignSim.Testing;
using Npgsql;

namespace CampaignSim.EventStore.Tests;

/// <summary>A database of its own (from <see cref="PostgresFixture"/>) with a connected <see cref="CampaignStore"/>.</summary>
public class StoreFixture : IAsyncLifetime
{
    private readonly PostgresFixture _pg = new();
    private CampaignStore? _store;

    public string ConnectionString => _pg.ConnectionString;

    public PostgresFixture Postgres => _pg;

    public CampaignStore Store => _store ?? throw new InvalidOperationException("Not initialised.");

    public virtual async ValueTask InitializeAsync()
    {
        await _pg.InitializeAsync();
        _store = await CampaignStore.ConnectAsync(ConnectionString);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        await _pg.DisposeAsync();
    }

    /// <summary>Runs one scalar query on this fixture's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.AddWithValue(p);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a statement on this fixture's database.</summary>
    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.AddWithValue(p);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Streams of runs of a comparison (headers on their first event name it).</summary>
    public Task<long> RunStreamCountAsync(string comparison) => ScalarAsync<long>(
        "select count(*) from campaignsim.mt_events where version = 1 and headers ->> 'comparison' = $1", comparison);

    /// <summary>Runs recorded for a comparison, every one counted (a run recorded twice counts twice).</summary>
    public Task<long> RecordedCountAsync(string comparison) => ScalarAsync<long>(RecordedRunsSql.CountOfComparison, comparison, RunIds.Comparison(comparison));
}
