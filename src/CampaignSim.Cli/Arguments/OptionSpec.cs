namespace CampaignSim.Cli.Arguments;

/// <summary>One option a command accepts.</summary>
/// <param name="Name">Name without the dashes, e.g. <c>runs</c> for <c>--runs</c>.</param>
/// <param name="ValueName">Placeholder for its value in messages, or null for a flag that takes none.</param>
/// <param name="Repeats">Whether it may be given more than once (<c>--set</c>).</param>
/// <param name="Hidden">Left out of the list of options named in error messages (diagnostic options).</param>
public sealed record OptionSpec(string Name, string? ValueName, bool Repeats = false, bool Hidden = false)
{
    /// <summary>Whether the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary>The option as written with its value placeholder, e.g. <c>--runs N</c>.</summary>
    public override string ToString() => TakesValue ? $"--{Name} {ValueName}" : $"--{Name}";
}
