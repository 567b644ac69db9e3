using System.Diagnostics;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>What the meeting tests do to the page over and over: open it with a small comparison, wait, look at where things are.</summary>
public static class PageHelpers
{
    /// <summary>Opens the page at <paramref name="path"/> (a query such as <c>?runs=20</c>) and waits until that comparison has finished.</summary>
    public static async Task<IPage> OpenDone(Workbench workbench, int width, int height, List<string> errors, string path, int runs)
    {
        var page = await workbench.Open(width, height, errors, path);
        await Done(page, runs);
        return page;
    }

    /// <summary>Waits until the comparison shown has <paramref name="runs"/> runs per model and has finished.</summary>
    public static Task Done(IPage page, int runs) =>
        page.WaitForFunctionAsync($"() => window.workbench.state.view && window.workbench.state.view.runs === {runs} && window.workbench.state.view.state === 'done'",
            null, new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 50 });

    /// <summary>Waits for a condition in the page, checked every 20 ms.</summary>
    public static Task Until(IPage page, string condition, int seconds = 120) =>
        page.WaitForFunctionAsync($"() => {condition}", null, new PageWaitForFunctionOptions { Timeout = seconds * 1000, PollingInterval = 20 });

    /// <summary>Where an element is, in the window: [top, bottom, left, right, window height, window width].</summary>
    public static Task<double[]> Box(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<double[]>("e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, r.left, r.right, innerHeight, innerWidth]; }");

    /// <summary>Fails unless every one of <paramref name="selectors"/> is wholly inside the window.</summary>
    public static async Task AssertInView(IPage page, string when, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var b = await Box(page, selector);
            Assert.True(b[0] >= -0.5 && b[1] <= b[4] + 0.5 && b[2] >= -0.5 && b[3] <= b[5] + 0.5 && b[1] > b[0],
                $"{when}: {selector} is at top {b[0]:F0}, bottom {b[1]:F0}, left {b[2]:F0}, right {b[3]:F0} in a {b[5]:F0}×{b[4]:F0} window");
        }
    }

    /// <summary>Moves a slider (or fills a box) and lets it fire its change event, as a release of the mouse does.</summary>
    public static async Task Set(IPage page, string selector, string value)
    {
        await page.Locator(selector).FillAsync(value);
        await page.Locator(selector).DispatchEventAsync("change");
    }

    /// <summary>Types into a box and presses Enter.</summary>
    public static async Task Type(IPage page, string selector, string value)
    {
        await page.Locator(selector).FillAsync(value);
        await page.Locator(selector).PressAsync("Enter");
    }

    /// <summary>Milliseconds that <paramref name="action"/> took.</summary>
    public static async Task<double> Time(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Runs axe in the page; fails with every violation found.</summary>
    public static async Task AssertAxeFindsNothing(IPage page, string where)
    {
        var axe = await page.RunAxe();
        var violations = axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"{where}: " + string.Join("\n", violations));
    }
}
