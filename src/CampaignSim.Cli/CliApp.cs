using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Commands;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli;

/// <summary>
/// The command line: picks the verb and turns every failure into a message and an exit code. Bad input is exit 2
/// with a message that names the problem; anything else is exit 1 with a one-line message. Never a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>The verbs, in the order the usage lists them.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new CompareCommand(),
        new WhatIfCommand(),
        new RunCommand(),
        new ValidateCommand(),
        new ModelsCommand(),
        new ScenariosCommand(),
        new VerifyCommand(),
        new CalibrateCommand(),
        new SensitivityCommand(),
        new SweepCommand(),
        new ReplayCommand(),
        new WorkerCommand(),
        new JobsCommand(),
        new ServeCommand(),
    ];

    /// <summary>The usage text listing every verb.</summary>
    public static string Usage()
    {
        var width = Commands.Max(c => c.Name.Length);
        var lines = string.Join("\n", Commands.Select(c => $"  {c.Name.PadRight(width)}  {c.Summary}"));
        return $"""
            campaignsim: simulate union organizing campaigns and compare organizing models.

            Usage: campaignsim <command> [arguments] [options]

            Commands:
            {lines}

            Run 'campaignsim <command> --help' for a command's options and an example.
            Exit codes: 0 success, 1 internal error, 2 bad input or usage, 3 verify found a difference,
            130 stopped by Ctrl+C, 143 stopped by SIGTERM.

            Example:
              campaignsim compare hospital-stewards --runs 200 --out out/hospital

            """;
    }

    /// <summary>
    /// Tab completion: dotnet-suggest asks with <c>campaignsim [suggest:POSITION] "the line typed"</c> and gets the verbs,
    /// options or option values that fit there, one a line (docs/cli.md, "Tab completion").
    /// </summary>
    private static int Complete(IReadOnlyList<string> args, CliConsole console)
    {
        var root = CommandLineSyntax.Root(Commands.Select(c => (c.Name, c.Summary, c.Options)));
        return root.Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = console.Out, Error = console.Error });
    }

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0)
        {
            console.Error.Write(Usage());
            return ExitCodes.Usage;
        }

        var verb = args[0];
        if (verb.StartsWith("[suggest", StringComparison.Ordinal))
        {
            return Complete(args, console);
        }

        if (verb is "-h" or "--help" or "help")
        {
            if (args.Count > 1 && Find(args[1]) is { } topic)
            {
                console.Out.WriteLine(topic.Help);
                return ExitCodes.Ok;
            }

            console.Out.Write(Usage());
            return ExitCodes.Ok;
        }

        if (verb is "--version" or "version")
        {
            console.Out.WriteLine($"campaignsim {typeof(CliApp).Assembly.GetName().Version?.ToString(3)} (engine {EngineInfo.Version})");
            return ExitCodes.Ok;
        }

        var command = Find(verb);
        if (command is null)
        {
            console.Error.WriteLine($"campaignsim: unknown command '{verb}'; {Scenarios.Schema.Suggestions.DidYouMean(verb, Commands.Select(c => c.Name))}"
                + $"commands: {string.Join(", ", Commands.Select(c => c.Name))}. "
                + "Run 'campaignsim --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return command.Run(args.Skip(1).ToArray(), console);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"campaignsim {command.Name}: {e.Message}");
            console.Error.WriteLine($"Run 'campaignsim {command.Name} --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (OutputException e)
        {
            console.Error.WriteLine($"campaignsim {command.Name}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (EventStoreException e)
        {
            console.Error.WriteLine($"campaignsim {command.Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Usage;
        }
        catch (ScenarioException e)
        {
            var count = e.Errors.Count;
            console.Error.WriteLine($"campaignsim {command.Name}: the scenario has {count} problem{(count == 1 ? "" : "s")}:");
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine($"  {error}");
            }

            return ExitCodes.Usage;
        }
        catch (Exception e) when (IsCancellation(e) && console.Cancellation.IsCancellationRequested)
        {
            console.Error.WriteLine($"campaignsim {command.Name}: stopped by {console.Stop.SignalName}; nothing was written.");
            return console.Stop.ExitCode;
        }
        catch (Exception e)
        {
            var inner = e is AggregateException a ? a.Flatten().InnerExceptions[0] : e;
            var message = inner.Message.ReplaceLineEndings(" ");
            if (inner is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"campaignsim {command.Name}: cannot write or read a file: {message}");
                return ExitCodes.InternalError;
            }

            console.Error.WriteLine($"campaignsim {command.Name}: internal error ({inner.GetType().Name}: {message}); "
                + "please report it with the command line and the scenario file.");
            return ExitCodes.InternalError;
        }
    }

    private static ICommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException || e is AggregateException a && a.Flatten().InnerExceptions.All(i => i is OperationCanceledException);
}
