using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Hosting;
using CampaignSim.EventStore.ReadModels;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CampaignSim.EventStore;

/// <summary>
/// Campaigns persisted in PostgreSQL with Marten, comparisons run as a durable Wolverine process.
/// </summary>
/// <remarks>
/// <para>Each run is a stream of the engine's own events under a deterministic id (<see cref="RunIds"/>); each
/// comparison is a stream that records what was asked (<see cref="ComparisonStarted"/>) and every finished run
/// (<see cref="RunRecorded"/>). Read models (<see cref="RunOutcome"/>, <see cref="RunTimeline"/>,
/// <see cref="ComparisonSummary"/>) are Marten projections of those events and can be rebuilt from them.</para>
/// <para>The schema (Marten's tables and Wolverine's message tables) is created or migrated when the store connects.
/// Queued runs survive the process: a comparison interrupted by a crash or a stop carries on when a store connects to
/// the same database again, without redoing or duplicating recorded runs.</para>
/// <para>The class is split by concern: connecting, the schema and the retry of lost connections here; running
/// comparisons in CampaignStore.Jobs.cs; reading what is stored in CampaignStore.Reading.cs; verifying runs in
/// CampaignStore.Verification.cs.</para>
/// </remarks>
public sealed partial class CampaignStore : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly NpgsqlConnectionStringBuilder _connection;
    private readonly CampaignStoreOptions _options;
    private readonly NpgsqlDataSource _sql;
    private int _disposed;

    private CampaignStore(IHost host, NpgsqlConnectionStringBuilder connection, CampaignStoreOptions options)
    {
        _host = host;
        _connection = connection;
        _options = options;
        _sql = NpgsqlDataSource.Create(connection.ConnectionString);
        Documents = host.Services.GetRequiredService<IDocumentStore>();
    }

    /// <summary>The server and database, for messages: <c>PostgreSQL at host:port, database "name"</c>.</summary>
    public string Database => ConnectionCheck.Describe(_connection);

    /// <summary>The Marten store underneath (for queries beyond this API).</summary>
    public IDocumentStore Documents { get; }

    /// <summary>The message host's services (Wolverine's runtime and inbox), for tests that stage what a lost commit leaves.</summary>
    internal IServiceProvider Services => _host.Services;

    /// <summary>
    /// Connects to the database, creates or migrates the schema, and starts the message host (which resumes any
    /// comparison left unfinished in this database).
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <remarks>A server that cannot be reached yet is tried again, each retry told to
    /// <see cref="CampaignStoreOptions.OnRetry"/>, for up to <see cref="CampaignStoreOptions.OutageTolerance"/>.</remarks>
    /// <exception cref="EventStoreException">The connection string is invalid, the server cannot be reached, the login
    /// is refused, the database does not exist or the schema cannot be created. The message names host, port and
    /// database, never the password.</exception>
    public static async Task<CampaignStore> ConnectAsync(string connectionString, CampaignStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CampaignStoreOptions();
        var connection = ConnectionCheck.Parse(connectionString);
        var schemaCurrent = await ConnectionCheck.CheckAsync(connection, options.SchemaName, options, cancellationToken);
        var host = CampaignHost.Build(connectionString, options, checkSchema: !schemaCurrent);
        try
        {
            await host.StartAsync(cancellationToken);
            if (!schemaCurrent) await SchemaMark.WriteAsync(connectionString, options.SchemaName, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw ConnectionCheck.Explain(connection, e);
        }
        return new CampaignStore(host, connection, options);
    }

    /// <summary>Stops the message host (queued runs stay in the database) and closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            await _sql.DisposeAsync();
            if (_host is IAsyncDisposable a) await a.DisposeAsync();
            else _host.Dispose();
        }
    }

    private static bool Has<T>(Exception e) where T : Exception
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is T) return true;
        return false;
    }

    private async Task Guarded(Func<Task> action, CancellationToken cancellationToken) =>
        await Guarded(async () => { await action(); return 0; }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/>, again and again while the connection is lost, with growing waits, until
    /// <see cref="CampaignStoreOptions.OutageTolerance"/> has passed since the first failure; every action is safe to
    /// repeat (a comparison resumes). Database failures become <see cref="EventStoreException"/>s that name the server.
    /// </summary>
    private async Task<T> Guarded<T>(Func<Task<T>> action, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var firstFailure = (DateTime?)null;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var result = await action();
                if (attempt > 0) _options.OnRetry?.Invoke($"reconnected to {Database}; carrying on.");
                return result;
            }
            catch (Exception e) when (TransientFailure.Is(e) && !cancellationToken.IsCancellationRequested
                && DateTime.UtcNow + TransientFailure.Backoff(attempt) - (firstFailure ??= DateTime.UtcNow) <= _options.OutageTolerance)
            {
                var wait = TransientFailure.Backoff(attempt);
                _options.OnRetry?.Invoke(TransientFailure.Retrying($"lost the connection to {Database}", e, wait, _options.OutageTolerance));
                await Task.Delay(wait, cancellationToken);
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
            {
                // The caller asked to stop: a command torn down part-way by the cancellation can come back as a
                // database error (seen once as "invalid byte sequence"), which is not a failure of the database.
                throw new OperationCanceledException("Stopped while talking to the database.", e, cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException || e is MartenException && Has<NpgsqlException>(e) || TransientFailure.Is(e))
            {
                throw ConnectionCheck.Explain(_connection, e);
            }
        }
    }
}
