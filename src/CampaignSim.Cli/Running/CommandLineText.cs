namespace CampaignSim.Cli.Running;

/// <summary>The command as a user would type it again, for manifests and reports.</summary>
public static class CommandLineText
{
    /// <summary><c>campaignsim</c> followed by the arguments, each quoted for a POSIX shell when needed.</summary>
    public static string Of(IReadOnlyList<string> args) =>
        string.Join(' ', args.Select(Quote).Prepend("campaignsim"));

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
