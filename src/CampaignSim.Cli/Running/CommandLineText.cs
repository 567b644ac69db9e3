using CampaignSim.EventStore;

namespace CampaignSim.Cli.Running;

/// <summary>The command as a user would type it again, for manifests and reports, with every credential masked.</summary>
public static class CommandLineText
{
    /// <summary>The option whose value is a database connection string.</summary>
    private const string ConnectionOption = "--db";

    /// <summary>
    /// <c>campaignsim</c> followed by the arguments, each quoted for a POSIX shell when needed. The password (and any
    /// other credential) in a <c>--db</c> connection string reads <c>***</c>: manifests and reports are made to be shared.
    /// </summary>
    public static string Of(IReadOnlyList<string> args) =>
        string.Join(' ', Redacted(args).Select(Quote).Prepend("campaignsim"));

    /// <summary>The connection strings given with <c>--db</c>, in order.</summary>
    public static IEnumerable<string> Connections(IReadOnlyList<string> args) =>
        Arguments(args).Where(a => a.Connection is not null).Select(a => a.Connection!);

    private static IEnumerable<string> Redacted(IReadOnlyList<string> args) =>
        Arguments(args).Select(a => a.Connection is null ? a.Text : a.Prefix + ConnectionSecrets.Redact(a.Connection));

    /// <summary>Each argument with the connection string it holds, if any: the one after <c>--db</c>, or the rest of <c>--db=…</c>.</summary>
    private static IEnumerable<(string Text, string? Connection, string Prefix)> Arguments(IReadOnlyList<string> args)
    {
        var ended = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            ended |= arg == "--";
            if (!ended && arg == ConnectionOption && i + 1 < args.Count)
            {
                yield return (arg, null, "");
                yield return (args[i + 1], args[i + 1], "");
                i++;
            }
            else if (!ended && arg.StartsWith(ConnectionOption + "=", StringComparison.Ordinal))
            {
                yield return (arg, arg[(ConnectionOption.Length + 1)..], ConnectionOption + "=");
            }
            else
            {
                yield return (arg, null, "");
            }
        }
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
