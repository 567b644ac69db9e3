using System.Diagnostics;
using System.Reflection;

namespace CampaignSim.Cli.Tests;

/// <summary>The command installs as .NET tools do: packed with dotnet pack, installed with dotnet tool install.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void the_packed_tool_installs_into_a_tool_path_and_runs_with_its_scenarios_and_calibration_cases()
    {
        using var temp = new TempFolder();
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(Cli.RepositoryRoot, "src", "CampaignSim.Cli", "CampaignSim.Cli.csproj");
        var feed = Directory.CreateDirectory(temp["feed"]).FullName;
        // Only the packed folder as a source: the install needs nothing from the network.
        var config = temp.Write("nuget.config",
            $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>""");

        // The README's pack also compiles the tool again for linux-x64 (ReadyToRun, about a minute): here the
        // built assemblies are packed as they are (no RuntimeIdentifiers: one IL-only package, laid out like the
        // campaignsim.any package that other platforms install), which is what --no-build can do.
        var pack = Dotnet(temp.Path, "pack", project, "-c", configuration, "--no-build", "-p:RuntimeIdentifiers=", "-o", feed);
        var install = Dotnet(temp.Path, "tool", "install", "campaignsim", "--tool-path", temp["tools"], "--configfile", config, "--version", "0.1.0");

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(install.ExitCode == 0, install.ToString());
        var models = Run(temp.Path, temp["tools/campaignsim"], "models");
        var scenarios = Run(temp.Path, temp["tools/campaignsim"], "scenarios");
        var calibrationCase = Run(temp.Path, temp["tools/campaignsim"], "validate", "cases/ctu-2012");
        Assert.True(models.ExitCode == 0, models.ToString());
        Assert.Contains("independent-solidarity", models.Stdout);
        Assert.True(scenarios.ExitCode == 0, scenarios.ToString());
        Assert.Contains("hospital-stewards", scenarios.Stdout);
        Assert.True(calibrationCase.ExitCode == 0, calibrationCase.ToString());
        Assert.StartsWith("ok: ", calibrationCase.Stdout);

        // The shipped worlds file travels too: compare --worlds reads it (and says what it holds) outside any checkout.
        var worlds = Run(temp.Path, temp["tools/campaignsim"], "compare", "nonunion-diner", "--runs", "2", "--worlds", "1");
        Assert.DoesNotContain("none was found", worlds.Stderr);
        Assert.DoesNotContain("   at ", worlds.Stderr);
    }

    private static CliResult Dotnet(string workingDirectory, params string[] args) => Run(workingDirectory, "dotnet", args);

    private static CliResult Run(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in three minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
