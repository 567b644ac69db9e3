namespace CampaignSim.Cli.Tests;

/// <summary>
/// SIGTERM, as container runtimes and CI send it, stops a command like Ctrl+C: exit 143 and nothing written. Ctrl+C
/// stops the long analyses (calibration, sensitivity screening) between runs, not after the last one: exit 130 and
/// nothing written.
/// </summary>
public class SignalTests
{
    [Fact]
    public async Task sigterm_stops_a_comparison_with_exit_143_and_writes_nothing()
    {
        using var temp = new TempFolder();
        using var process = Cli.Start(temp.Path, ["compare", "nonunion-diner", "--runs", "100000", "--out", "out"]);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            process.WaitForExit(1500);

            Cli.Signal(process, "TERM");

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "campaignsim did not stop within 30 s of SIGTERM");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        Assert.Equal(143, process.ExitCode);
        Assert.Contains("stopped by SIGTERM; nothing was written", await stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("calibrate", "--runs", "100000")]
    [InlineData("sensitivity", "hospital-stewards", "--runs", "10000")]
    public async Task ctrl_c_stops_a_long_analysis_mid_way_with_exit_130_and_writes_nothing(params string[] command)
    {
        using var temp = new TempFolder();
        using var process = Cli.Start(temp.Path, [.. command, "--out", "out"]);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            process.WaitForExit(2500);
            Assert.False(process.HasExited, "the analysis ended before it could be interrupted");

            Cli.Signal(process, "INT");

            // Hours of work at these sizes: stopping within seconds means it stopped between runs.
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), $"campaignsim {command[0]} did not stop within 30 s of Ctrl+C");
        }
        finally
        {
            // A failed test must not leave hours of work running beside the rest of the suite.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("stopped by Ctrl+C; nothing was written", await stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
