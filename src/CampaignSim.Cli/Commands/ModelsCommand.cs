using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Cli.Commands;

/// <summary><c>models</c>: the six organizing models with one-line summaries.</summary>
public sealed class ModelsCommand : ICommand
{
    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => [];

    /// <inheritdoc />
    public string Name => "models";

    /// <inheritdoc />
    public string Summary => "list the organizing models";

    /// <inheritdoc />
    public string Help => """
        Usage: campaignsim models

        Lists the organizing models: the id used in --models, --baseline and --model, the name, and what
        the model does.

        Example:
          campaignsim models
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
        var width = ModelCatalog.All.Max(m => m.Id.Length);
        foreach (var model in ModelCatalog.All)
        {
            var union = model.NeedsMainstreamUnion ? " (needs a mainstream union)" : "";
            console.Out.WriteLine($"{model.Id.PadRight(width)}  {model.Name}{union}");
            console.Out.WriteLine($"{new string(' ', width)}  {model.Summary}");
        }

        return ExitCodes.Ok;
    }
}
