using CampaignSim.Cli.Running;

namespace CampaignSim.Cli.Commands;

/// <summary>A verb of the full command set that this build does not have yet; says so and exits with code 2.</summary>
public sealed class UnavailableCommand(string name, string summary, string what) : ICommand
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public string Summary => $"{summary} (not available yet)";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim {name} …

        {what}
        This command is not available in this build yet.
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        console.Error.WriteLine($"campaignsim {name}: not available in this build yet. {what}");
        return ExitCodes.Usage;
    }
}
