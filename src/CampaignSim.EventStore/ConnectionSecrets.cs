using System.ComponentModel;
using System.Reflection;
using Npgsql;

namespace CampaignSim.EventStore;

/// <summary>
/// The credentials in an Npgsql connection string: every key Npgsql itself marks as a password (<c>Password</c>,
/// <c>SSL Password</c>, and any it adds later), so a connection string can be recorded or shown without them.
/// </summary>
public static class ConnectionSecrets
{
    /// <summary>What a redacted value reads as.</summary>
    public const string Mask = "***";

    private static readonly HashSet<string> SecretKeys = typeof(NpgsqlConnectionStringBuilder)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<PasswordPropertyTextAttribute>()?.Password == true)
        .Select(p => p.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? p.Name)
        .Append("Password")
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The connection string with every credential replaced by <see cref="Mask"/>; a string Npgsql cannot read is
    /// masked whole, since where its secrets are cannot be known.
    /// </summary>
    public static string Redact(string connectionString)
    {
        if (Parse(connectionString) is not { } builder)
        {
            return Mask;
        }

        foreach (var key in builder.Keys.Cast<string>().Where(IsSecret).ToArray())
        {
            builder[key] = Mask;
        }

        return builder.ConnectionString;
    }

    /// <summary>The credential values in the connection string (empty when it has none or cannot be read).</summary>
    public static IReadOnlyList<string> ValuesIn(string connectionString) =>
        Parse(connectionString) is { } builder
            ? builder.Keys.Cast<string>().Where(IsSecret).Select(k => builder[k]?.ToString() ?? "").Where(v => v.Length > 0).ToArray()
            : [];

    private static bool IsSecret(string key) => SecretKeys.Contains(key) || key.Contains("password", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder? Parse(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return null;
        }
    }
}
