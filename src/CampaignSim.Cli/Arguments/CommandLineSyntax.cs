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
            command.Options.Add(spec.ToOption());
            specs["--" + spec.Name] = spec;
        }

        var help = new HelpOption("--help", "-h", "-?") { Description = "show this help" };
        command.Options.Add(help);
        command.Arguments.Add(new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore });
        return new CommandLineSyntax(command, help, specs);
    }
}
