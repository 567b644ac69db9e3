using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary><c>scenarios</c>: the shipped scenarios with their one-line summaries.</summary>
public sealed class ScenariosCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "scenarios";

    /// <inheritdoc />
    public string Summary => "list the shipped scenarios";

    /// <inheritdoc />
    public string Help => """
        Usage: campaignsim scenarios

        Lists the scenarios shipped in scenarios/: the short name to pass to compare, run, whatif and
        validate, the scenario's name and the first line of its description.

        Example:
          campaignsim scenarios
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ArgumentReader.Read(args, []);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        ArgumentReader.ExpectPositional(parsed, 0, "");
        var catalog = ScenarioCatalog.Shipped();
        var entries = catalog.List();
        if (entries.Count == 0)
        {
            console.Out.WriteLine($"no scenarios in {catalog.Directory}");
            return ExitCodes.Ok;
        }

        var width = entries.Max(e => e.ShortName.Length);
        foreach (var e in entries)
        {
            console.Out.WriteLine($"{e.ShortName.PadRight(width)}  {e.Name}");
            if (e.Summary.Length > 0)
            {
                console.Out.WriteLine($"{new string(' ', width)}  {e.Summary}");
            }
        }

        return ExitCodes.Ok;
    }
}
