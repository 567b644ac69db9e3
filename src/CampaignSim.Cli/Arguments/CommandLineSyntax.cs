using System.CommandLine;
using System.CommandLine.Help;

namespace CampaignSim.Cli.Arguments;

/// <summary>A command's options declared to System.CommandLine, with the spec behind each of its names.</summary>
/// <param name="Command">The declared command: its options, <c>--help</c> and the positional arguments.</param>
/// <param name="Help">The help option (<c>-h</c>, <c>--help</c>, <c>-?</c>).</param>
/// <param name="Specs">The spec of each option, by its name as written (<c>--runs</c>).</param>
public sealed record CommandLineSyntax(Command Command, HelpOption Help, IReadOnlyDictionary<string, OptionSpec> Specs)
{
    /// <summary>Declares <paramref name="options"/> as the options of a command called <paramref name="name"/>.</summary>
    public static CommandLineSyntax Declare(string name, IReadOnlyList<OptionSpec> options)
    {
        var command = new Command(name);
        var specs = new Dictionary<string, OptionSpec>(StringComparer.Ordinal);
        foreach (var spec in options)
        {
            var option = spec.ToOption();
            option.CompletionSources.Add(ValueCompletions(spec));
            command.Options.Add(option);
            specs["--" + spec.Name] = spec;
        }

        var help = new HelpOption("--help", "-h", "-?") { Description = "show this help" };
        command.Options.Add(help);
        command.Arguments.Add(new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore });
        return new CommandLineSyntax(command, help, specs);
    }

    /// <summary>
    /// The command line as System.CommandLine sees it, every verb a subcommand with its declared options: what the
    /// <c>[suggest]</c> directive completes from (tab completion through dotnet-suggest).
    /// </summary>
    public static RootCommand Root(IEnumerable<(string Name, string Summary, IReadOnlyList<OptionSpec> Options)> commands)
    {
        var root = new RootCommand("simulate union organizing campaigns and compare organizing models");
        root.Options.Clear(); // System.CommandLine's own help (with /? and /h) and version; each verb declares -h, --help
        foreach (var (name, summary, options) in commands)
        {
            var command = Declare(name, options).Command;
            command.Description = summary;
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>
    /// The values offered for an option: the model ids for an option that names models, else the plain words of its
    /// placeholder (<c>means|per-run</c> offers both; <c>N</c> or <c>sample:K</c> offer nothing).
    /// </summary>
    private static string[] ValueCompletions(OptionSpec spec)
    {
        if (spec.Name is "models" or "model" or "baseline")
        {
            return spec.Name == "models" ? ["all", .. Domain.OrganizingModels.ModelCatalog.Ids] : [.. Domain.OrganizingModels.ModelCatalog.Ids];
        }

        return (spec.ValueName ?? "").Split('|').Where(w => w.Length > 0 && w.All(c => char.IsAsciiLetterLower(c) || c == '-')).ToArray();
    }
}
