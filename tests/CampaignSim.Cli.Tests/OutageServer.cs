using System.Diagnostics;
using Npgsql;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// A PostgreSQL server of the fault-injection tests' own (<c>scripts/pg-throwaway.sh</c> in a temporary folder), which
/// they stop as a crash would and start again on the same port. Not the shared server of the other tests, which would
/// fail with it. Without the PostgreSQL server binaries it fails to start, and every test using it fails.
/// </summary>
public sealed class OutageServer : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "campaignsim-outage-" + Guid.NewGuid().ToString("N")[..12]);
    private string? _connectionString;

    /// <summary>The server's maintenance database (unpooled: a crash breaks every pooled connection).</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The outage server has not been started.");

    /// <inheritdoc />
    public ValueTask InitializeAsync()
    {
        _connectionString = new NpgsqlConnectionStringBuilder(Script("start").Trim()) { Pooling = false }.ConnectionString;
        return ValueTask.CompletedTask;
    }

    /// <summary>A new empty database on the server; its connection string, for campaignsim.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "outage_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Stops the server at once (<c>pg_ctl -m immediate</c>): connections drop, as when a server crashes.</summary>
    public void Crash() => Script("crash");

    /// <summary>Starts it again on the same port.</summary>
    public void Resume() => Script("resume");

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_connectionString is not null)
        {
            Script("stop");
        }

        return ValueTask.CompletedTask;
    }

    private string Script(string command)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Cli.RepositoryRoot, "scripts", "pg-throwaway.sh"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(_dir);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run bash");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/pg-throwaway.sh {command} did not finish in two minutes");
        }

        return process.ExitCode == 0
            ? stdout.Result
            : throw new InvalidOperationException(
                $"The fault-injection tests need a PostgreSQL server of their own, and scripts/pg-throwaway.sh {command} failed (exit {process.ExitCode}):\n{stderr.Result}");
    }
}
