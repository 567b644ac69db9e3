using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace CampaignSim.Cli.Arguments;

/// <summary>
/// Reads a command's arguments with System.CommandLine: <c>--name value</c> or <c>--name=value</c> for options that
/// take a value, <c>--name</c> for flags, <c>--</c> to end options. Every problem is a <see cref="UsageException"/>
/// that names the option and what is allowed (the project's messages, not the library's).
/// </summary>
public static class ArgumentReader
{
    /// <summary>
    /// Plain parsing: no <c>@file</c> response files and no bundled single-letter flags, so an argument means what it
    /// says (a scenario file named <c>@x.yaml</c> is a file).
    /// </summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    /// <summary>Reads <paramref name="args"/> against the options a command accepts.</summary>
    public static ParsedArguments Read(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var declared = CommandLineSyntax.Declare("command", options);
        CheckFlagsHaveNoInlineValue(args, options);
        var result = declared.Command.Parse(args, Parsing);

        var parsed = new ParsedArguments { HelpRequested = result.GetResult(declared.Help) is not null };
        var tokens = result.Tokens;
        var counts = new Dictionary<OptionSpec, int>();
        var optionsEnded = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Type)
            {
                case TokenType.DoubleDash:
                    optionsEnded = true;
                    break;
                case TokenType.Directive:
                    // A leading "[word]" is a directive to System.CommandLine; here it is an argument like any other.
                    parsed.Positional.Add(token.Value);
                    break;
                case TokenType.Option when declared.Specs.TryGetValue(token.Value, out var spec):
                    counts[spec] = counts.GetValueOrDefault(spec) + 1;
                    if (!spec.Repeats && counts[spec] > 1)
                    {
                        throw new UsageException($"--{spec.Name} is given twice; give it once");
                    }

                    if (spec.TakesValue)
                    {
                        if (i + 1 >= tokens.Count || tokens[i + 1].Type != TokenType.Argument)
                        {
                            throw new UsageException($"--{spec.Name} needs a value: {spec}");
                        }

                        parsed.Add(spec.Name, tokens[++i].Value);
                    }
                    else
                    {
                        parsed.Add(spec.Name, "");
                    }

                    break;
                case TokenType.Option:
                    break; // the help option
                default:
                    if (!optionsEnded && token.Value.StartsWith('-') && token.Value != "-")
                    {
                        throw Unknown(token.Value, options);
                    }

                    parsed.Positional.Add(token.Value);
                    break;
            }
        }

        return parsed;
    }

    /// <summary>Checks the number of positional arguments.</summary>
    public static void ExpectPositional(ParsedArguments parsed, int count, string what)
    {
        if (parsed.Positional.Count < count)
        {
            throw new UsageException($"missing {what}");
        }

        if (parsed.Positional.Count > count)
        {
            var extra = parsed.Positional[count];
            throw new UsageException(count == 0
                ? $"unexpected argument '{extra}' (this command takes none)"
                : $"unexpected argument '{extra}' (expected only {what})");
        }
    }

    /// <summary>
    /// System.CommandLine splits <c>--force=yes</c> into the flag and a stray argument; the value given to a flag is
    /// refused instead, as it always was.
    /// </summary>
    private static void CheckFlagsHaveNoInlineValue(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var split = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOfAny(['=', ':']) : -1;
            if (split > 2 && options.FirstOrDefault(o => o.Name == arg[2..split]) is { TakesValue: false } flag)
            {
                throw new UsageException($"--{flag.Name} takes no value");
            }
        }
    }

    private static UsageException Unknown(string arg, IReadOnlyList<OptionSpec> options)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return new UsageException($"unknown option '{arg}'; options are written with two dashes. {Allowed(options)}");
        }

        var body = arg[2..];
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        if (equals >= 0)
        {
            body = body[..equals];
        }

        return new UsageException(
            $"unknown option '--{body}'; {Scenarios.Schema.Suggestions.DidYouMean("--" + body, options.Where(o => !o.Hidden).Select(o => "--" + o.Name))}{Allowed(options)}");
    }

    private static string Allowed(IReadOnlyList<OptionSpec> options)
    {
        var visible = options.Where(o => !o.Hidden).Select(o => o.ToString()).ToList();
        return visible.Count == 0 ? "This command takes no options." : $"Allowed: {string.Join(", ", visible)}, --help.";
    }
}
