using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Commands;

/// <summary><c>scenarios</c>: the shipped scenarios with their one-line summaries.</summary>
public sealed class ScenariosCommand : ICommand
{
    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => [];

    /// <inheritdoc />
    public string Name => "scenarios";

    /// <inheritdoc />
    public string Summary => "list the shipped scenarios";

    /// <inheritdoc />
    public string Help => """
        Usage: campaignsim scenarios

        Lists the scenarios shipped in scenarios/: the short name to pass to compare, run, whatif and
        validate, the scenario's name and the first line of its description. Then lists the calibration
        cases in scenarios/cases/ (pass them as cases/NAME); each sets up one published situation that
        calibrate runs (docs/calibration.md).

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

        var cases = catalog.Cases.List();
        var width = entries.Concat(cases).Max(e => e.ShortName.Length + (cases.Contains(e) ? ScenarioCatalog.CasesFolderName.Length + 1 : 0));
        Write(console, entries, "", width);
        if (cases.Count > 0)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"Calibration cases ({ScenarioCatalog.FolderName}/{ScenarioCatalog.CasesFolderName}/, run by calibrate):");
            Write(console, cases, ScenarioCatalog.CasesFolderName + "/", width);
        }

        return ExitCodes.Ok;
    }

    private static void Write(CliConsole console, IReadOnlyList<ScenarioCatalogEntry> entries, string prefix, int width)
    {
        foreach (var e in entries)
        {
            console.Out.WriteLine($"{(prefix + e.ShortName).PadRight(width)}  {e.Name}");
            if (e.Summary.Length > 0)
            {
                console.Out.WriteLine($"{new string(' ', width)}  {e.Summary}");
            }
        }
    }
}
