using CampaignSim.Cli;
using CampaignSim.Cli.Running;
using CampaignSim.EventStore;

using var stop = new StopSignals();
var secrets = CommandLineText.Connections(args)
    .Append(Environment.GetEnvironmentVariable(EventStoreJob.EnvironmentVariable) ?? "")
    .SelectMany(ConnectionSecrets.ValuesIn)
    .ToArray();
var console = new CliConsole(
    new SafeConsoleWriter(Console.Out, secrets),
    new SafeConsoleWriter(Console.Error, secrets),
    !Console.IsErrorRedirected,
    args,
    stop);
return CliApp.Run(args, console);
