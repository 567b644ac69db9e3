using System.Diagnostics;
using System.Reflection;

namespace CampaignSim.Cli.Tests;

/// <summary>Runs the built campaignsim executable as a separate process, as a user would.</summary>
public static class Cli
{
    private static readonly Lazy<string> Dll = new(FindDll);

    /// <summary>The repository root (the folder holding CampaignSim.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs <c>dotnet campaignsim.dll args…</c> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult Run(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(workingDirectory, args, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"campaignsim {string.Join(' ', args)} did not finish in two minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts <c>dotnet campaignsim.dll args…</c> without waiting, for tests that signal or kill it; both streams are redirected.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("CAMPAIGNSIM_DB");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Starts campaignsim and kills it (SIGKILL, as kill -9) after <paramref name="delay"/>, or lets it end if it ends first.</summary>
    public static void KillAfter(string workingDirectory, IEnumerable<string> args, TimeSpan delay)
    {
        using var process = Start(workingDirectory, args);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(delay))
        {
            process.Kill();
        }

        process.WaitForExit();
    }

    /// <summary>Sends a signal (e.g. TERM) to a process with the system's kill command.</summary>
    public static void Signal(Process process, string signal)
    {
        if (signal == "INT" && IgnoresInterrupt())
        {
            throw new InvalidOperationException(
                "SIGINT is ignored in this test process (a background job of a non-interactive shell starts that way), so the "
                + "command it starts ignores Ctrl+C too: .NET leaves an inherited ignore in place. Run the tests in the foreground.");
        }

        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            ?? throw new InvalidOperationException("could not run kill");
        kill.WaitForExit();
    }

    /// <summary>Whether this process ignores SIGINT: bit 2 of the <c>SigIgn</c> mask in /proc/self/status (children inherit it).</summary>
    private static bool IgnoresInterrupt()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return false;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << 1)) != 0;
    }

    /// <summary>Runs in <paramref name="workingDirectory"/> with the given arguments.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, (IEnumerable<string>)args);

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

    private static string FindDll()
    {
        var configuration = typeof(Cli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var dll = Path.Combine(RepositoryRoot, "src", "CampaignSim.Cli", "bin", configuration, framework, "campaignsim.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"campaignsim.dll is not built at {dll}; build the solution in {configuration} first");
    }
}
