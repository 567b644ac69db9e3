namespace CampaignSim.Cli.Running;

/// <summary>Where a command writes and what it knows about its surroundings.</summary>
/// <param name="Out">Results (stdout).</param>
/// <param name="Error">Messages and progress (stderr).</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal; progress lines are drawn only then.</param>
/// <param name="CommandLine">The arguments as given, for manifests.</param>
/// <param name="Cancellation">Signalled on Ctrl+C.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, IReadOnlyList<string> CommandLine, CancellationToken Cancellation);
