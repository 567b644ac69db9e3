using CampaignSim.EventStore.Hosting;
using JasperFx;
using Marten;

namespace CampaignSim.EventStore;

/// <summary>
/// One comparison or robustness check made on the workbench page, as a document of its own (table <c>mt_doc_pagecomparison</c>);
/// a check is told from a comparison by its JSON (its <c>robust</c> part), so both share the one table and the one list.
/// </summary>
public sealed class PageComparison
{
    /// <summary>Its id in the page's links.</summary>
    public string Id { get; set; } = "";

    /// <summary>When it finished; the list is newest first.</summary>
    public DateTimeOffset SavedUtc { get; set; }

    /// <summary>What the workbench keeps of it, as its own JSON (docs/workbench.md#comparisons-kept).</summary>
    public string Json { get; set; } = "";
}

/// <summary>
/// Comparisons and robustness checks made on the workbench page (<c>campaignsim serve --db</c>), kept in the same database and
/// schema as the event store but apart from it: one document each, written when it finishes, listed newest first and read
/// back by id. They hold what the page needs to reopen one (its inputs and its answer; for a check, its worlds too), not its
/// runs; no event stream, projection or message table is touched.
/// </summary>
/// <remarks>
/// A Marten store of its own with only this document type, so the page needs no message host: it neither resumes nor
/// takes part in the comparisons that <c>compare --db</c> and the workers run. The table is created when missing.
/// </remarks>
public sealed class PageComparisonStore : IAsyncDisposable
{
    private readonly DocumentStore _store;

    private PageComparisonStore(DocumentStore store, string database)
    {
        _store = store;
        Database = database;
    }

    /// <summary>The server and database, for messages: <c>PostgreSQL at host:port, database "name"</c> (never the password).</summary>
    public string Database { get; }

    /// <summary>Connects (waiting for a server that is not there yet as <see cref="CampaignStore.ConnectAsync"/> does) and creates the table when missing.</summary>
    /// <exception cref="EventStoreException">The connection string is invalid, the server cannot be reached, the login is refused,
    /// the database does not exist or the table cannot be created; the message never holds the password.</exception>
    public static async Task<PageComparisonStore> ConnectAsync(string connectionString, CampaignStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CampaignStoreOptions();
        var connection = ConnectionCheck.Parse(connectionString);
        await ConnectionCheck.CheckAsync(connection, options.SchemaName, options, cancellationToken);
        var store = DocumentStore.For(opts =>
        {
            opts.Connection(connectionString);
            opts.DatabaseSchemaName = options.SchemaName;
            opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            opts.Schema.For<PageComparison>().Index(x => x.SavedUtc);
        });
        try
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            store.Dispose();
            throw ConnectionCheck.Explain(connection, e);
        }

        return new PageComparisonStore(store, ConnectionCheck.Describe(connection));
    }

    /// <summary>Keeps a comparison or a check, replacing one with the same id.</summary>
    public async Task SaveAsync(string id, DateTimeOffset savedUtc, string json, CancellationToken cancellationToken = default)
    {
        await using var session = _store.LightweightSession();
        session.Store(new PageComparison { Id = id, SavedUtc = savedUtc, Json = json });
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The JSON of the most recent ones, newest first.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var session = _store.QuerySession();
        var found = await session.Query<PageComparison>().OrderByDescending(x => x.SavedUtc).Take(max).ToListAsync(cancellationToken);
        return [.. found.Select(x => x.Json)];
    }

    /// <summary>The JSON of one by id, or null.</summary>
    public async Task<string?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var session = _store.QuerySession();
        return (await session.LoadAsync<PageComparison>(id, cancellationToken))?.Json;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        return ValueTask.CompletedTask;
    }
}
