using System.CommandLine;

namespace CampaignSim.Cli.Arguments;

/// <summary>One option a command accepts.</summary>
/// <param name="Name">Name without the dashes, e.g. <c>runs</c> for <c>--runs</c>.</param>
/// <param name="ValueName">Placeholder for its value in messages, or null for a flag that takes none.</param>
/// <param name="Repeats">Whether it may be given more than once (<c>--set</c>).</param>
/// <param name="Hidden">Left out of help and of the list of options named in error messages (diagnostic options).</param>
/// <param name="Description">Its text in <c>--help</c> (lines separated by '\n'); see <see cref="OptionHelp"/>.</param>
public sealed record OptionSpec(string Name, string? ValueName, bool Repeats = false, bool Hidden = false, string Description = "")
{
    /// <summary>Whether the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary>The option as written with its value placeholder, e.g. <c>--runs N</c>.</summary>
    public override string ToString() => TakesValue ? $"--{Name} {ValueName}" : $"--{Name}";

    /// <summary>
    /// The option as System.CommandLine declares it: a flag takes no argument; an option with a value takes exactly one
    /// per occurrence (a repeatable one collects them all).
    /// </summary>
    public Option ToOption() => this switch
    {
        { TakesValue: false } => new Option<bool>("--" + Name) { Arity = ArgumentArity.Zero, Hidden = Hidden, Description = Description },
        { Repeats: true } => new Option<string[]>("--" + Name)
        {
            HelpName = ValueName, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false, Hidden = Hidden, Description = Description,
        },
        _ => new Option<string>("--" + Name) { HelpName = ValueName, Arity = ArgumentArity.ExactlyOne, Hidden = Hidden, Description = Description },
    };
}
