using System.CommandLine.Help;

namespace CampaignSim.Cli.Arguments;

/// <summary>
/// The options part of a command's <c>--help</c>, written from the options as declared to the parser, so that the help
/// lists exactly what the command accepts.
/// </summary>
public static class OptionHelp
{
    /// <summary>
    /// <paramref name="options"/> with the help text of each, by name. Every option named must be one of them, and every
    /// option shown in help must end up with a text; otherwise this throws, so a command cannot start with help that
    /// misses an option or describes one it does not take.
    /// </summary>
    public static IReadOnlyList<OptionSpec> Described(IEnumerable<OptionSpec> options, params (string Name, string Text)[] descriptions)
    {
        var list = options.ToList();
        foreach (var (name, _) in descriptions.Where(d => list.All(o => o.Name != d.Name)))
        {
            throw new InvalidOperationException($"Help describes --{name}, which the command does not take.");
        }

        var described = list
            .Select(o => descriptions.Where(d => d.Name == o.Name).Select(d => o with { Description = d.Text }).LastOrDefault() ?? o)
            .ToArray();
        var missing = described.FirstOrDefault(o => !o.Hidden && string.IsNullOrWhiteSpace(o.Description));
        return missing is null ? described : throw new InvalidOperationException($"--{missing.Name} has no help text.");
    }

    /// <summary>
    /// The option lines: each visible option with its value placeholder, then its text starting at
    /// <paramref name="column"/> (a label too long for that starts a line of its own), and <c>-h, --help</c> last.
    /// </summary>
    public static string Render(IReadOnlyList<OptionSpec> options, int column)
    {
        var lines = new List<string>();
        foreach (var option in CommandLineSyntax.Declare("help", options).Command.Options.Where(o => !o.Hidden))
        {
            var label = option is HelpOption ? "-h, --help" : option.HelpName is { } value ? $"{option.Name} {value}" : option.Name;
            var text = (option.Description ?? "").Split('\n');
            var head = "  " + label;
            if (head.Length + 2 > column)
            {
                lines.Add(head);
                lines.Add(new string(' ', column) + text[0]);
            }
            else
            {
                lines.Add(head.PadRight(column) + text[0]);
            }

            lines.AddRange(text.Skip(1).Select(t => new string(' ', column) + t));
        }

        return string.Join('\n', lines);
    }
}
