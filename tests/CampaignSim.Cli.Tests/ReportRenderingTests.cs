using System.Diagnostics;

namespace CampaignSim.Cli.Tests;

/// <summary>The HTML report as a reader sees it: opened in headless Chromium, which must draw its charts.</summary>
public class ReportRenderingTests
{
    private static string Chromium() =>
        Environment.GetEnvironmentVariable("CAMPAIGNSIM_CHROMIUM") is { Length: > 0 } configured ? configured
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException(
            "Headless Chromium is needed to check the HTML report: run the tests with 'bash scripts/test.sh' (it installs Debian's chromium as root), "
            + "apt-get install chromium, or set CAMPAIGNSIM_CHROMIUM to a Chromium binary.");

    private static string Browse(string folder, params string[] args)
    {
        var info = new ProcessStartInfo(Chromium())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={Path.Combine(folder, "profile")}",
                 }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 90 s: " + stderr.Result);
        }
        return stdout.Result;
    }

    [Fact]
    public void the_html_report_opens_with_the_answer_and_the_risk_reward_chart_and_draws_its_charts()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "hospital-stewards", "--runs", "12", "--out", "report");
        Assert.True(result.ExitCode == 0, result.ToString());
        var html = Path.Combine(temp.Path, "report", "report.html");
        var url = new Uri(html).AbsoluteUri;

        var dom = Browse(temp.Path, "--dump-dom", url);
        Assert.True(dom.Split("<svg").Length - 1 >= 3, "expected at least three charts in the rendered page");
        var answer = dom.IndexOf("<h2>The answer</h2>", StringComparison.Ordinal);
        var chart = dom.IndexOf("aria-label=\"Risk against reward\"", StringComparison.Ordinal);
        Assert.True(answer >= 0 && chart > answer, "the report must open with the answer, then the risk-reward chart");
        Assert.True(dom.IndexOf("<h2>", answer + 1, StringComparison.Ordinal) > chart, "the chart belongs to the first section");

        // The first screen: a 1280 × 1000 window must show the answer and the chart's coloured marks and interval lines.
        var firstScreen = Path.Combine(temp.Path, "first-screen.png");
        Browse(temp.Path, $"--screenshot={firstScreen}", "--window-size=1280,1000", url);
        var (width, height, coloured) = PngPixels.CountColoured(firstScreen);
        Assert.Equal((1280, 1000), (width, height));
        Assert.True(coloured > 1_000, $"only {coloured} coloured pixels in the first 1000 pixels: the risk-reward chart is not on the first screen");
        File.Copy(firstScreen, Path.Combine(AppContext.BaseDirectory, "report-first-screen.png"), overwrite: true);

        var whole = Path.Combine(temp.Path, "report.png");
        Browse(temp.Path, $"--screenshot={whole}", "--window-size=1280,6000", url);
        var (_, _, all) = PngPixels.CountColoured(whole);
        Assert.True(all > 5_000, $"only {all} coloured pixels: the charts did not draw");
        File.Copy(whole, Path.Combine(AppContext.BaseDirectory, "report-screenshot.png"), overwrite: true);
    }
}
