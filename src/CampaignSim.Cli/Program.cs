using CampaignSim.Cli;
using CampaignSim.Cli.Running;
using CampaignSim.EventStore;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var secrets = CommandLineText.Connections(args)
    .Append(Environment.GetEnvironmentVariable(EventStoreJob.EnvironmentVariable) ?? "")
    .SelectMany(ConnectionSecrets.ValuesIn)
    .ToArray();
var console = new CliConsole(
    new SafeConsoleWriter(Console.Out, secrets),
    new SafeConsoleWriter(Console.Error, secrets),
    !Console.IsErrorRedirected,
    args,
    cancellation.Token);
return CliApp.Run(args, console);
