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
    public void the_html_report_renders_its_charts_in_headless_chromium()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "postal-depot-dual-card", "--runs", "12", "--out", "report");
        Assert.True(result.ExitCode == 0, result.ToString());
        var html = Path.Combine(temp.Path, "report", "report.html");
        var url = new Uri(html).AbsoluteUri;

        var dom = Browse(temp.Path, "--dump-dom", url);
        Assert.Contains("<svg", dom);
        Assert.True(dom.Split("<svg").Length - 1 >= 3, "expected at least three charts in the rendered page");

        var screenshot = Path.Combine(temp.Path, "report.png");
        Browse(temp.Path, $"--screenshot={screenshot}", "--window-size=1280,3000", url);
        Assert.True(File.Exists(screenshot), "chromium wrote no screenshot");
        var (width, height, coloured) = PngPixels.CountColoured(screenshot);
        Assert.Equal((1280, 3000), (width, height));
        Assert.True(coloured > 5_000, $"only {coloured} coloured pixels: the charts did not draw");
        var kept = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Copy(screenshot, kept, overwrite: true);
    }
}
