namespace CampaignSim.Cli.Running;

/// <summary>Where a command writes and what it knows about its surroundings.</summary>
/// <param name="Out">Results (stdout).</param>
/// <param name="Error">Messages and progress (stderr).</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal; progress lines are drawn only then.</param>
/// <param name="CommandLine">The arguments as given, for manifests (recorded through <see cref="CommandLineText"/>, which masks credentials).</param>
/// <param name="Stop">Ctrl+C and SIGTERM.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, IReadOnlyList<string> CommandLine, StopSignals Stop)
{
    /// <summary>Signalled on Ctrl+C or SIGTERM.</summary>
    public CancellationToken Cancellation => Stop.Token;
}
