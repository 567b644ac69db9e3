using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Failures that a lost connection causes and that go away when it comes back: a server restarting, a network drop,
/// a connection cut mid-query. Anything else (a refused login, a bug, a constraint) is not retried.
/// </summary>
internal static class TransientFailure
{
    /// <summary>Longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(4);

    /// <summary>Whether <paramref name="e"/>, or an exception inside it, is a lost connection.</summary>
    public static bool Is(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is AggregateException a)
            {
                return a.InnerExceptions.Any(Is);
            }

            if (x is PostgresException p)
            {
                return p.IsTransient;
            }

            if (x is NpgsqlException { IsTransient: true } or SocketException or EndOfStreamException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a failure recorded by its exception type name (in Wolverine's dead-letter table) was a lost connection.</summary>
    public static bool IsTypeName(string exceptionType) =>
        exceptionType.Contains("Npgsql", StringComparison.Ordinal) && !exceptionType.EndsWith("PostgresException", StringComparison.Ordinal)
        || exceptionType.Contains("Socket", StringComparison.Ordinal)
        || exceptionType.Contains("EndOfStream", StringComparison.Ordinal)
        || exceptionType.Contains("Timeout", StringComparison.Ordinal);

    /// <summary>The wait before attempt <paramref name="attempt"/> (0-based): 0.5 s, 1 s, 2 s, then 4 s.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(attempt, 10))));

    /// <summary>
    /// The notice of a retry: <c>{what} ({reason}); trying again in {wait} s, for up to {tolerance} s.</c>, or
    /// <c>… until it is back.</c> when nothing limits the wait (a worker).
    /// </summary>
    public static string Retrying(string what, Exception e, TimeSpan wait, TimeSpan tolerance) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{what} ({Describe(e)}); trying again in {wait.TotalSeconds:0.#} s, {(tolerance == TimeSpan.MaxValue ? "until it is back" : $"for up to {tolerance.TotalSeconds:0} s")}.");

    /// <summary>The innermost message, for a one-line notice.</summary>
    public static string Describe(Exception e)
    {
        var x = e;
        while (x.InnerException is not null)
        {
            x = x.InnerException;
        }

        return x.Message.ReplaceLineEndings(" ").TrimEnd('.');
    }
}
