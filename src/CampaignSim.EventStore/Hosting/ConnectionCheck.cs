using System.Net.Sockets;
using Npgsql;

namespace CampaignSim.EventStore.Hosting;

/// <summary>Opens one connection before anything else, to turn a bad connection string into a clear message and to wait for a server that is not there yet.</summary>
internal static class ConnectionCheck
{
    public static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new EventStoreException("No database connection string was given (e.g. Host=localhost;Port=5432;Database=campaignsim;Username=postgres;Password=…).");
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // The parser's own message names the keyword, never a value.
            throw new EventStoreException($"The database connection string is not valid: {e.Message}");
        }
    }

    /// <summary>host:port, database name and user, for messages (never the password).</summary>
    public static string Describe(NpgsqlConnectionStringBuilder cs) =>
        $"PostgreSQL at {cs.Host ?? "localhost"}:{cs.Port}, database \"{cs.Database ?? cs.Username}\"";

    /// <summary>
    /// Connects; whether this build last brought the schema up to date (<see cref="SchemaMark"/>). The connection
    /// string's own <c>Timeout</c> is used when it gives one, else <see cref="CampaignStoreOptions.ConnectTimeoutSeconds"/>.
    /// A server that cannot be reached (down, restarting, too busy to answer in time) is tried again as a lost connection
    /// is (<see cref="TransientFailure.Backoff"/>, each retry told to <see cref="CampaignStoreOptions.OnRetry"/>) until
    /// <see cref="CampaignStoreOptions.OutageTolerance"/> has passed; a refused login, a missing database or a host name
    /// that does not resolve is reported at once.
    /// </summary>
    public static async Task<bool> CheckAsync(NpgsqlConnectionStringBuilder cs, string schema, CampaignStoreOptions options, CancellationToken cancellation)
    {
        var probe = new NpgsqlConnectionStringBuilder(cs.ConnectionString) { Pooling = false };
        if (!GivesTimeout(cs)) probe.Timeout = Math.Max(1, options.ConnectTimeoutSeconds);
        var firstFailure = (DateTime?)null;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe.ConnectionString);
                await connection.OpenAsync(cancellation);
                var current = await SchemaMark.IsCurrentAsync(connection, schema, cancellation);
                if (attempt > 0) options.OnRetry?.Invoke($"reached {Describe(cs)}; carrying on.");
                return current;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or SocketException or IOException)
            {
                var wait = TransientFailure.Backoff(attempt);
                if (!TransientFailure.Is(e) || HostNotFound(e) || cancellation.IsCancellationRequested
                    || DateTime.UtcNow + wait - (firstFailure ??= DateTime.UtcNow) > options.OutageTolerance)
                    throw Explain(cs, e, probe.Timeout);
                options.OnRetry?.Invoke(TransientFailure.Retrying($"cannot reach {Describe(cs)}", e, wait, options.OutageTolerance));
                await Task.Delay(wait, cancellation);
            }
        }
    }

    /// <summary>Whether the connection string sets the connect timeout itself.</summary>
    private static bool GivesTimeout(NpgsqlConnectionStringBuilder cs) =>
        // The builder's own ContainsKey answers whether a keyword exists; its connection string holds only what was set.
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = cs.ConnectionString }.ContainsKey(nameof(cs.Timeout));

    private static bool HostNotFound(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData }) return true;
        return false;
    }

    /// <summary>
    /// A clear message for a failure to connect or to set up the schema. A timeout is told in words of its own: Npgsql's
    /// innermost message depends on the step of the handshake the wait ran out in ("The operation has timed out",
    /// "Timeout during reading attempt"), and the user needs the wait, not the step.
    /// </summary>
    public static EventStoreException Explain(NpgsqlConnectionStringBuilder cs, Exception e, int? timeoutSeconds = null)
    {
        var target = Describe(cs);
        var user = cs.Username ?? "(default user)";
        var message = FindPostgres(e)?.SqlState switch
        {
            "28P01" or "28000" => $"{target} refused the login of user \"{user}\": wrong user name or password ({Root(e, cs)}).",
            "3D000" => $"{target}: the database does not exist. Create it first (createdb -h {cs.Host} -p {cs.Port} -U {user} {cs.Database}).",
            "42501" => $"{target}: user \"{user}\" may not create the schema or tables ({Root(e, cs)}).",
            _ when TimedOut(e) => $"Cannot reach {target}: no answer within {timeoutSeconds ?? cs.Timeout} s, the connection attempt timed out. Is the server running and listening there?",
            _ when Unreachable(e) => $"Cannot reach {target}: {Root(e, cs)}. Is the server running and listening there?",
            _ => $"{target} failed: {Root(e, cs)}.",
        };
        return new EventStoreException(message, e);
    }

    private static PostgresException? FindPostgres(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException p) return p;
        return e is AggregateException a ? a.InnerExceptions.Select(FindPostgres).FirstOrDefault(p => p is not null) : null;
    }

    private static bool Unreachable(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is SocketException) return true;
        return TimedOut(e);
    }

    private static bool TimedOut(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is TimeoutException
                || x is NpgsqlException { InnerException: null } && (x.Message.Contains("timeout", StringComparison.OrdinalIgnoreCase)
                    || x.Message.Contains("timed out", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    /// <summary>The innermost message, with the password (if it appears at all) blanked and without its closing period
    /// (the sentence around it has its own).</summary>
    private static string Root(Exception e, NpgsqlConnectionStringBuilder cs)
    {
        var x = (Exception?)FindPostgres(e) ?? e;
        while (x.InnerException is not null && x is not PostgresException) x = x.InnerException;
        var text = x is PostgresException p ? p.MessageText : x.Message;
        // Blanked before the period goes, which could otherwise cut a password that ends with one out of reach.
        if (!string.IsNullOrEmpty(cs.Password)) text = text.Replace(cs.Password, "***", StringComparison.Ordinal);
        return text.ReplaceLineEndings(" ").TrimEnd().TrimEnd('.');
    }
}
