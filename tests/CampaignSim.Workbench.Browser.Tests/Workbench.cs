using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>
/// The real program serving the workbench (<c>campaignsim serve --port 0</c>) and Debian's Chromium driven by Playwright
/// with the system browser (no browser download). Shared by the tests of a class; screenshots go to TestResults/workbench/.
/// </summary>
public sealed partial class Workbench : IAsyncLifetime
{
    private Process? _server;
    private IPlaywright? _playwright;

    /// <summary>The repository root (the folder holding CampaignSim.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where screenshots and measurements are written.</summary>
    public static string Artifacts { get; } = Path.Combine(RepositoryRoot, "TestResults", "workbench");

    /// <summary>The address the server printed.</summary>
    public string Address { get; private set; } = "";

    /// <summary>
    /// Where the server keeps finished comparisons (XDG_STATE_HOME for it): a folder of the test run's own, so that the tests
    /// never write into the home folder of whoever runs them.
    /// </summary>
    public string StateHome { get; } = Directory.CreateTempSubdirectory("campaignsim-workbench-state-").FullName;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The Chromium binary: CAMPAIGNSIM_CHROMIUM, else Debian's.</summary>
    public static string Chromium =>
        Environment.GetEnvironmentVariable("CAMPAIGNSIM_CHROMIUM") is { Length: > 0 } configured ? configured
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException(
            "Headless Chromium is needed for the workbench tests: run them with 'bash scripts/test.sh' (it installs Debian's chromium as root), "
            + "apt-get install chromium, or set CAMPAIGNSIM_CHROMIUM to a Chromium binary.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        _server = StartCli(RepositoryRoot, new Dictionary<string, string> { ["XDG_STATE_HOME"] = StateHome }, "serve", "--port", "0");
        var line = await _server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))
            ?? throw new InvalidOperationException("campaignsim serve printed nothing: " + await _server.StandardError.ReadToEndAsync());
        Address = AddressIn().Match(line) is { Success: true } m ? m.Value : throw new InvalidOperationException("no address in: " + line);
        _ = _server.StandardOutput.ReadToEndAsync();
        _ = _server.StandardError.ReadToEndAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await Launch();
    }

    /// <summary>Another headless Chromium with <paramref name="extraArgs"/> (for example host resolver rules); the caller closes it.</summary>
    public Task<IBrowser> Launch(params string[] extraArgs) =>
        (_playwright ?? throw new InvalidOperationException("the workbench fixture is not initialized")).Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", .. extraArgs],
        });

    /// <summary>A new page at the workbench, 1400×1000, failing the test on any script error.</summary>
    public Task<IPage> Open(List<string>? errors = null) => Open(1400, 1000, errors);

    /// <summary>
    /// A new page at the workbench (or at <paramref name="path"/> under it) in a window of the given size; script errors and
    /// console errors (a blocked form submission among them) are added to <paramref name="errors"/>.
    /// </summary>
    public async Task<IPage> Open(int width, int height, List<string>? errors = null, string path = "", string? address = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.PageError += (_, e) => errors?.Add(e);
        page.Console += (_, m) =>
        {
            // A refused request (a 422 for a scenario with problems) is shown on the page; only script errors fail a test.
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors?.Add(m.Text);
            }
        };
        await page.GotoAsync((address ?? Address) + path);
        return page;
    }

    /// <summary>Closes a page (which stops its runs) and its browser context.</summary>
    public static async Task Close(IPage page)
    {
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await page.Context.CloseAsync();
    }

    /// <summary>Waits until the comparison shown has finished.</summary>
    public static Task Done(IPage page, int seconds = 600) =>
        page.WaitForFunctionAsync("() => document.getElementById('results').dataset.state === 'done'", null,
            new PageWaitForFunctionOptions { Timeout = seconds * 1000, PollingInterval = 50 });

    /// <summary>Saves a screenshot as TestResults/workbench/NAME.png.</summary>
    public static Task Shot(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = fullPage });

    /// <summary>Appends a measured line to TestResults/workbench/timings.txt.</summary>
    public static void Record(string line) => File.AppendAllText(Path.Combine(Artifacts, "timings.txt"), $"{DateTime.UtcNow:u} {line}\n");

    /// <summary>Runs the CLI to the end in <paramref name="workingDirectory"/>.</summary>
    public static (int ExitCode, string Out, string Error) RunCli(string workingDirectory, params string[] args)
    {
        using var process = StartCli(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"campaignsim {string.Join(' ', args)} did not finish in three minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        Directory.Delete(StateHome, recursive: true);
    }

    /// <summary>Starts another <c>serve</c> with extra arguments; returns the process and the address line it printed.</summary>
    public Task<(Process Process, string Line)> Serve(params string[] args) => Serve(new Dictionary<string, string> { ["XDG_STATE_HOME"] = StateHome }, args);

    /// <summary>Starts another <c>serve</c> with extra arguments and environment; returns the process and the first two lines it printed.</summary>
    public static async Task<(Process Process, string Line)> Serve(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var process = StartCli(RepositoryRoot, environment, ["serve", "--port", "0", .. args]);
        // The address, then where the comparisons made on it are kept.
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? "";
        line += "\n" + (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? "");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return (process, line);
    }

    private static Process StartCli(string workingDirectory, params string[] args) => StartCli(workingDirectory, new Dictionary<string, string>(), args);

    private static Process StartCli(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("CAMPAIGNSIM_DB");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static string Dll()
    {
        var configuration = typeof(Workbench).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var dll = Path.Combine(RepositoryRoot, "src", "CampaignSim.Cli", "bin", configuration, framework, "campaignsim.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"campaignsim.dll is not built at {dll}; build the solution in {configuration} first");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no CampaignSim.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"http://[^\s/]+")]
    private static partial Regex AddressIn();
}
