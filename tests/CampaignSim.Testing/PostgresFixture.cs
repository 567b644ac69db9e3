using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;
using Xunit;

namespace CampaignSim.Testing;

/// <summary>
/// Gives each fixture instance its own freshly created PostgreSQL database.
/// The server comes from <c>CAMPAIGNSIM_TEST_PG</c> (a connection string, e.g. the one printed by
/// <c>scripts/pg-throwaway.sh start</c>) or, when that is unset, from a Testcontainers
/// <c>postgres:15-alpine</c> container. With neither available, initialisation throws,
/// so the tests using the fixture fail rather than being skipped.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "CAMPAIGNSIM_TEST_PG";

    public const string NoPostgresMessage =
        "No PostgreSQL for tests: set CAMPAIGNSIM_TEST_PG to a connection string, run `bash scripts/test.sh` " +
        "(starts a throwaway server), or start Docker";

    private readonly List<(string Name, string ConnectionString)> _databases = [];
    private PostgreSqlContainer? _container;
    private string? _serverConnectionString;
    private string? _connectionString;

    /// <summary>Connection string of this fixture's own database.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("PostgresFixture has not been initialised.");

    /// <summary>Connection string of the server's maintenance database (postgres).</summary>
    public string ServerConnectionString =>
        _serverConnectionString ?? throw new InvalidOperationException("PostgresFixture has not been initialised.");

    public async ValueTask InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            _serverConnectionString = fromEnvironment;
        }
        else
        {
            try
            {
                // Build() already throws DockerUnavailableException when no Docker engine answers.
                _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await _container.StartAsync();
                _serverConnectionString = _container.GetConnectionString();
            }
            catch (Exception ex)
            {
                if (_container is not null)
                {
                    await _container.DisposeAsync();
                    _container = null;
                }
                var reason = ex is DockerUnavailableException
                    ? "CAMPAIGNSIM_TEST_PG is unset and Docker is not available"
                    : "CAMPAIGNSIM_TEST_PG is unset and the postgres:15-alpine container did not start";
                throw new InvalidOperationException($"{NoPostgresMessage}. ({reason}; details in the inner exception.)", ex);
            }
        }

        _connectionString = await CreateDatabaseAsync();
    }

    /// <summary>Creates one more empty database on the same server; it is dropped with the fixture.</summary>
    /// <returns>The connection string of the new database.</returns>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        _databases.Add((name, connectionString));
        return connectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_serverConnectionString is not null && _container is null)
        {
            await using var connection = new NpgsqlConnection(_serverConnectionString);
            await connection.OpenAsync();
            foreach (var (name, connectionString) in _databases)
            {
                // Idle pooled connections would otherwise be left pointing at a dropped database.
                await using (var pooled = new NpgsqlConnection(connectionString))
                {
                    NpgsqlConnection.ClearPool(pooled);
                }
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        _databases.Clear();

        if (_container is not null)
        {
            // The whole container goes away, and its databases with it.
            await _container.DisposeAsync();
            _container = null;
        }
    }
}
