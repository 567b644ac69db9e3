using System.Net;
using System.Text.RegularExpressions;

namespace CampaignSim.Cli.Tests;

/// <summary><c>campaignsim serve</c> as a user starts and stops it (the page itself is tested in the workbench test projects).</summary>
public partial class ServeTests
{
    [Theory]
    [InlineData("--port", "70000", "--port '70000' is not allowed; give a whole number from 0 to 65535")]
    [InlineData("--port", "http", "--port 'http' is not allowed")]
    [InlineData("--host", "", "--host needs an address")]
    public void bad_options_are_exit_2_with_the_allowed_values(string option, string value, string expected)
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "serve", option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Stderr);
    }

    [Fact]
    public void help_names_the_options_and_the_limits()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "serve", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--port N", result.Stdout);
        Assert.Contains("--host ADDRESS", result.Stdout);
        Assert.Contains("1000 runs per model, 2 comparisons at once", result.Stdout);
        Assert.Contains("serve", Cli.Run(temp.Path, "--help").Stdout);
    }

    [Fact]
    public async Task it_prints_a_loopback_address_serves_the_page_and_stops_cleanly_on_ctrl_c()
    {
        using var temp = new TempFolder();
        using var state = new TempFolder();
        using var process = Cli.Start(temp.Path, ["serve", "--port", "0"], new Dictionary<string, string> { ["XDG_STATE_HOME"] = state.Path });
        var ct = TestContext.Current.CancellationToken;
        var line = await process.StandardOutput.ReadLineAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), ct);
        // Where the comparisons made on the page are kept: without --db, a file under XDG_STATE_HOME, written only when one finishes.
        var kept = await process.StandardOutput.ReadLineAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), ct);
        Assert.Equal($"Comparisons made on it are kept in the file {Path.Combine(state.Path, "campaignsim", "workbench-comparisons.json")} on this computer.", kept);
        var rest = process.StandardOutput.ReadToEndAsync(ct);
        _ = process.StandardError.ReadToEndAsync(ct);
        var address = Address().Match(line ?? "");
        Assert.True(address.Success, line);
        Assert.StartsWith("http://127.0.0.1:", address.Value);

        using (var client = new HttpClient())
        {
            var page = await client.GetStringAsync(address.Value + "/", ct);
            Assert.Contains("CampaignSim workbench", page);
        }

        try
        {
            Cli.Signal(process, "INT");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("serve did not stop within 30 s of Ctrl+C");
        }
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("The workbench has stopped.", await rest);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(state.Path));
    }

    [Fact]
    public async Task beyond_loopback_every_request_needs_the_printed_token()
    {
        using var temp = new TempFolder();
        using var process = Cli.Start(temp.Path, ["serve", "--port", "0", "--host", "0.0.0.0"]);
        var ct = TestContext.Current.CancellationToken;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), ct) ?? "";
            _ = process.StandardOutput.ReadToEndAsync(ct);
            _ = process.StandardError.ReadToEndAsync(ct);
            var match = Tokened().Match(line);
            Assert.True(match.Success, line);
            var root = $"http://127.0.0.1:{match.Groups["port"].Value}";

            using var client = new HttpClient();
            using var refused = await client.GetAsync(root + "/api/scenarios", ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            using var allowed = await client.GetAsync($"{root}/api/scenarios?token={match.Groups["token"].Value}", ct);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        finally
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    [GeneratedRegex(@"http://[^\s/]+")]
    private static partial Regex Address();

    [GeneratedRegex(@"http://[^\s/]+:(?<port>[0-9]+)/\?token=(?<token>[0-9a-f]{32})")]
    private static partial Regex Tokened();
}
