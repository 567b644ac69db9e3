using CampaignSim.EventStore;

namespace CampaignSim.Cli.Running;

/// <summary>The command as a user would type it again, for manifests and reports, with every credential masked.</summary>
public static class CommandLineText
{
    /// <summary>Options whose value is a database connection string.</summary>
    private const string ConnectionOption = "--db";

    /// <summary>
    /// <c>campaignsim</c> followed by the arguments, each quoted for a POSIX shell when needed. The password (and any
    /// other credential) in a <c>--db</c> connection string reads <c>***</c>: manifests and reports are made to be shared.
    /// </summary>
    public static string Of(IReadOnlyList<string> args) =>
        string.Join(' ', Redacted(args).Select(Quote).Prepend("campaignsim"));

    /// <summary>The connection strings given with <c>--db</c>, in order.</summary>
    public static IEnumerable<string> Connections(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                yield break;
            }

            if (args[i] == ConnectionOption && i + 1 < args.Count)
            {
                yield return args[++i];
            }
            else if (args[i].StartsWith(ConnectionOption + "=", StringComparison.Ordinal))
            {
                yield return args[i][(ConnectionOption.Length + 1)..];
            }
        }
    }

    private static IEnumerable<string> Redacted(IReadOnlyList<string> args)
    {
        var ended = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            ended |= arg == "--";
            if (!ended && arg == ConnectionOption && i + 1 < args.Count)
            {
                yield return arg;
                yield return ConnectionSecrets.Redact(args[++i]);
            }
            else if (!ended && arg.StartsWith(ConnectionOption + "=", StringComparison.Ordinal))
            {
                yield return ConnectionOption + "=" + ConnectionSecrets.Redact(arg[(ConnectionOption.Length + 1)..]);
            }
            else
            {
                yield return arg;
            }
        }
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
