namespace CampaignSim.Cli.Arguments;

/// <summary>
/// Splits a command's arguments by hand: <c>--name value</c> or <c>--name=value</c> for options that take a value,
/// <c>--name</c> for flags, <c>--</c> to end options. Every problem is a <see cref="UsageException"/> that names the
/// option and what is allowed.
/// </summary>
public static class ArgumentReader
{
    /// <summary>Reads <paramref name="args"/> against the options a command accepts.</summary>
    public static ParsedArguments Read(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var parsed = new ParsedArguments();
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Positional.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (arg is "-h" or "--help" or "-?")
            {
                parsed.HelpRequested = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option '{arg}'; options are written with two dashes. {Allowed(options)}");
            }

            var body = arg[2..];
            string? inlineValue = null;
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                inlineValue = body[(equals + 1)..];
                body = body[..equals];
            }

            var spec = options.FirstOrDefault(o => o.Name == body)
                ?? throw new UsageException($"unknown option '--{body}'; {Scenarios.Schema.Suggestions.DidYouMean("--" + body, options.Where(o => !o.Hidden).Select(o => "--" + o.Name))}{Allowed(options)}");
            if (!spec.Repeats && parsed.Has(spec.Name))
            {
                throw new UsageException($"--{spec.Name} is given twice; give it once");
            }

            if (!spec.TakesValue)
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"--{spec.Name} takes no value");
                }

                parsed.Add(spec.Name, "");
                continue;
            }

            var value = inlineValue;
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"--{spec.Name} needs a value: {spec}");
                }

                value = args[++i];
            }

            parsed.Add(spec.Name, value);
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

    private static string Allowed(IReadOnlyList<OptionSpec> options)
    {
        var visible = options.Where(o => !o.Hidden).Select(o => o.ToString()).ToList();
        return visible.Count == 0 ? "This command takes no options." : $"Allowed: {string.Join(", ", visible)}, --help.";
    }
}
