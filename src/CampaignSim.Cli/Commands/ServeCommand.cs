using System.Globalization;
using System.Security.Cryptography;
using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.EventStore;
using CampaignSim.Workbench;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSim.Cli.Commands;

/// <summary><c>serve</c>: the committee's workbench, a local web page over the comparison (docs/workbench.md).</summary>
public sealed class ServeCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described(
        [new("port", "N"), new("host", "ADDRESS"), new("threads", "N"), new("db", "CONNECTION")],
        ("port", $"port to listen on (default {WorkbenchOptions.DefaultPort}; 0 picks a free one)"),
        ("host", "listen on another address than 127.0.0.1 (this computer only); then every request needs the token printed at start, part of the address shown"),
        ("threads", "runs at once (default: every core)"),
        ("db", $"keep the comparisons made on the page in PostgreSQL (default: ${EventStoreJob.EnvironmentVariable}); without it the last "
            + $"{FileComparisonArchive.MaxKept} are kept in a file on this computer"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "serve";

    /// <inheritdoc />
    public string Summary => "open the committee's workbench: a local web page to change the workplace and compare";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim serve [options]

        Starts the workbench, a web page served by this program (no network needed): choose or edit a scenario,
        move the settings a committee argues about, watch the comparison re-run, re-rank by your weights, read
        one campaign's story and download the same files 'compare --out' writes. Ctrl+C stops it.

        Options:
        {OptionHelp.Render(Specs, 24)}

        Every comparison that finishes is kept, to be listed, reopened and shared by a link after a restart: in the
        database with --db, else in {FileComparisonArchive.DefaultPath()}.

        Limits: {new WorkbenchOptions().MaxRuns} runs per model, {new WorkbenchOptions().MaxConcurrentComparisons} comparisons at once, requests up to {new WorkbenchOptions().MaxBodyBytes / 1024} KiB.

        Example:
          campaignsim serve --port 5080
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ArgumentReader.Read(args, Specs);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        ArgumentReader.ExpectPositional(parsed, 0, "nothing");
        var port = WorkbenchOptions.DefaultPort;
        if (parsed.Value("port") is { } portText
            && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            throw new UsageException($"--port '{portText}' is not allowed; give a whole number from 0 to 65535 (default {WorkbenchOptions.DefaultPort})");
        }

        var host = parsed.Value("host") ?? "127.0.0.1";
        if (string.IsNullOrWhiteSpace(host))
        {
            throw new UsageException("--host needs an address, e.g. 0.0.0.0 for every network interface");
        }

        var loopback = WorkbenchOptions.IsLoopback(host);
        var options = new WorkbenchOptions
        {
            Host = host,
            Port = port,
            Token = loopback ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Threads = OptionValues.Threads(parsed.Value("threads")),
        };

        var connection = EventStoreJob.Connection(parsed);
        IComparisonArchive archive = connection is null
            ? new FileComparisonArchive(FileComparisonArchive.DefaultPath())
            : new DatabaseComparisonArchive(PageComparisonStore.ConnectAsync(connection, cancellationToken: console.Cancellation).GetAwaiter().GetResult());
        using var app = WorkbenchApp.Build(options, archive);
        try
        {
            app.StartAsync(console.Cancellation).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on {host}:{port}: {e.Message} (give another --port, or 0 for a free one)");
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{host}:{port}";
        console.Out.WriteLine($"The workbench is at {address}/{(options.Token is { } token ? "?token=" + token : "")}");
        console.Out.WriteLine($"Comparisons made on it are kept in {archive.Where}.");
        console.Out.WriteLine(loopback
            ? "Only this computer can open it. Press Ctrl+C to stop."
            : "Anyone who can reach this address needs the token in it; share it only with the committee. Press Ctrl+C to stop.");
        console.Out.Flush();
        _ = WorkbenchApp.WarmUp(app);
        // Ctrl+C or SIGTERM reaches both this command's stop signals and the host's own lifetime; either ends the wait.
        var stopping = app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
        WaitHandle.WaitAny([console.Cancellation.WaitHandle, stopping.WaitHandle]);
        app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token).GetAwaiter().GetResult();
        (archive as IAsyncDisposable)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        console.Out.WriteLine("The workbench has stopped.");
        return ExitCodes.Ok;
    }
}
