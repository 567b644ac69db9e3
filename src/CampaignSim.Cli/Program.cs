using CampaignSim.Cli;
using CampaignSim.Cli.Running;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var console = new CliConsole(Console.Out, Console.Error, !Console.IsErrorRedirected, args, cancellation.Token);
return CliApp.Run(args, console);
