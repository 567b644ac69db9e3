using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>What-if, one campaign's story, printing, keyboard use and accessibility.</summary>
[Collection(WorkbenchCollection.Name)]
public class MeetingTests(Workbench workbench)
{
    [Fact]
    public async Task two_rows_of_the_history_sit_side_by_side_with_the_paired_differences()
    {
        var errors = new List<string>();
        var page = await Small(errors);
        await page.SelectOptionAsync("#f-workplace-union-stance", "militant");
        await page.WaitForFunctionAsync("() => window.workbench.state.view.command.includes('stance=militant')", null, new PageWaitForFunctionOptions { PollingInterval = 20 });
        await Workbench.Done(page);
        // The row before the change (the first row can be the page's opening comparison of 200 runs, when that was already run).
        var rows = await page.Locator("#history tbody tr").CountAsync();
        await page.Locator("#history tbody tr").Nth(rows - 2).Locator("input[name=from]").CheckAsync();
        await page.Locator("#history tbody tr").Last.Locator("input[name=to]").CheckAsync();
        await page.Locator("#compare-rows").ClickAsync();
        var body = page.Locator("#whatif-body");
        await page.WaitForFunctionAsync("() => document.getElementById('whatif-body').textContent.includes('Before and after')");
        var text = await body.TextContentAsync();
        Assert.Contains("The union's politics (business, mixed, militant): business → militant", await page.Locator("#whatif-changes").TextContentAsync());
        Assert.Contains("→", text);
        Assert.Equal(5, await page.Locator("#before-ranking li").CountAsync());
        Assert.Equal(5, await page.Locator("#after-ranking li").CountAsync());
        await page.Locator("#whatif").ScrollIntoViewIfNeededAsync();
        await Workbench.Shot(page, "6-what-if", fullPage: false);
        Assert.Empty(errors);
        await Workbench.Close(page);
    }

    [Fact]
    public async Task one_campaign_reads_week_by_week_with_a_timeline_chart()
    {
        var errors = new List<string>();
        var page = await Small(errors);
        await page.SelectOptionAsync("#story-model", "caucus-grassroots");
        await page.Locator("#story-run").FillAsync("3");
        Assert.Equal("caucus-grassroots", await page.Locator("#story-model").InputValueAsync());
        await page.Locator("#story-go").ClickAsync();
        await page.Locator("#story h3, #story .error").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal("", string.Concat(await page.Locator("#story .error").AllTextContentsAsync()));
        Assert.Equal(3, await page.Locator("#story .timeline svg").CountAsync());
        var heading = await page.Locator("#story h3").First.TextContentAsync();
        Assert.Equal("Caucus grassroots organizing, run 3 (seed 4)", heading);
        Assert.Contains("campaignsim run hospital-stewards --model caucus-grassroots --seed 4", await page.Locator("#story").TextContentAsync());
        Assert.True(await page.Locator("#story .story-text h2, #story .story-text h3").CountAsync() > 0);
        await page.Locator("#story").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Workbench.Artifacts, "7-story.png") });
        Assert.Empty(errors);
        await Workbench.Close(page);
    }

    [Fact]
    public async Task printing_keeps_the_bottom_line_and_charts_on_at_most_two_pages()
    {
        var page = await Small();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".controls").IsVisibleAsync());
        Assert.True(await page.Locator("details.section[data-title='The answer']").IsVisibleAsync());
        await Workbench.Shot(page, "8-print");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var pages = CountPages(pdf);
        Workbench.Record($"printed: {pages} A4 page(s)");
        Assert.InRange(pages, 1, 2);
        await Workbench.Close(page);
    }

    [Fact]
    public async Task every_control_is_labelled_and_keyboard_operable_and_axe_finds_nothing()
    {
        var page = await Small();
        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, textarea')].filter(c => c.labels.length === 0).map(c => c.id || c.outerHTML)");
        Assert.Empty(unlabelled);

        var count = await page.EvaluateAsync<int>("() => window.workbench.rerankCount");
        await page.Locator("#w-wages").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync($"() => window.workbench.rerankCount > {count}");
        Assert.Equal("1.1", await page.Locator("#w-wages").InputValueAsync());

        var axe = await page.RunAxe();
        var violations = axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await Workbench.Close(page);
    }

    [Fact]
    public async Task beyond_loopback_the_page_works_when_opened_from_the_printed_address_and_not_without_the_token()
    {
        var (process, line) = await workbench.Serve("--host", "0.0.0.0");
        try
        {
            var printed = System.Text.RegularExpressions.Regex.Match(line, @"http://\S+:(?<port>[0-9]+)/\?token=(?<token>[0-9a-f]+)");
            Assert.True(printed.Success, line);
            var port = printed.Groups["port"].Value;
            var context = await workbench.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var refused = await page.GotoAsync($"http://127.0.0.1:{port}/");
            Assert.Equal(401, refused!.Status);

            await page.GotoAsync($"http://127.0.0.1:{port}/?token={printed.Groups["token"].Value}");
            await page.WaitForFunctionAsync("() => document.querySelector('#settings fieldset') !== null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            Assert.Equal("hospital-stewards", await page.Locator("#scenario").InputValueAsync());
            await Workbench.Close(page);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            process.Dispose();
        }
    }

    /// <summary>The page with hospital-stewards compared at 20 runs per model, finished.</summary>
    private async Task<IPage> Small(List<string>? errors = null)
    {
        var page = await workbench.Open(errors);
        await page.WaitForFunctionAsync("() => document.querySelector('#settings fieldset') !== null");
        await page.Locator("#runs").FillAsync("20");
        await page.Locator("#runs").DispatchEventAsync("change");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.workbench.comparisonsStarted"));
        await page.WaitForFunctionAsync("() => window.workbench.state.view && window.workbench.state.view.runs === 20 && window.workbench.state.view.state === 'done'",
            null, new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 50 });
        return page;
    }

    private static int CountPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            if (i + 11 >= text.Length || text[i + 11] != 's')
            {
                count++;
            }
        }

        return count;
    }
}
