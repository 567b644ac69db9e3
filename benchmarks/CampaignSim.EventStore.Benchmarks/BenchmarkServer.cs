using System.Diagnostics;
using Npgsql;

namespace CampaignSim.EventStore.Benchmarks;

/// <summary>The PostgreSQL server the benchmarks write to, and a fresh database on it per iteration.</summary>
internal static class BenchmarkServer
{
    private static string? _server;
    private static string? _startedIn;

    public static string ServerConnectionString => _server ??= Find();

    public static string CreateDatabase()
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public static void StopIfStarted()
    {
        if (_startedIn is null) return;
        Script("stop", _startedIn);
        _startedIn = null;
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CAMPAIGNSIM_BENCH_PG") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        var root = RepositoryRoot();
        // Inside BenchmarkDotNet.Artifacts/, which git ignores.
        var dir = Path.Combine(root, "BenchmarkDotNet.Artifacts", "pg");
        var cs = Script("start", dir);
        _startedIn = dir;
        return cs;
    }

    private static string Script(string verb, string dir)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, WorkingDirectory = root };
        foreach (var a in new[] { Path.Combine(root, "scripts", "pg-throwaway.sh"), verb, dir }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/pg-throwaway.sh {verb} failed; set CAMPAIGNSIM_BENCH_PG to a PostgreSQL connection string instead.");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("CampaignSim.sln not found above " + AppContext.BaseDirectory + "; set CAMPAIGNSIM_BENCH_PG.");
    }
}
