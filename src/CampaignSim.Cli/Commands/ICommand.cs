using CampaignSim.Cli.Running;

namespace CampaignSim.Cli.Commands;

/// <summary>A verb of the command line.</summary>
public interface ICommand
{
    /// <summary>The verb, e.g. <c>compare</c>.</summary>
    string Name { get; }

    /// <summary>One line for the list of commands.</summary>
    string Summary { get; }

    /// <summary>The <c>--help</c> text: usage, options and an example.</summary>
    string Help { get; }

    /// <summary>The options it takes, as declared to the parser (help and tab completion are written from them).</summary>
    IReadOnlyList<Arguments.OptionSpec> Options { get; }

    /// <summary>Runs the verb with the arguments after it; returns the exit code.</summary>
    int Run(IReadOnlyList<string> args, CliConsole console);
}
