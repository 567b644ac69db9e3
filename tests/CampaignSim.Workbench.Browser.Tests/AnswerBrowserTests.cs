using Microsoft.Playwright;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>
/// The answer on the page says no more than the runs show (issue 22): interim numbers are marked preliminary and name no
/// winner, every share of resamples reads the same in the table, the sentence and the report, and the smallest difference
/// that matters can be set on the page.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class AnswerBrowserTests(Workbench workbench)
{
    private const string Results = "document.getElementById('results')";

    [Fact]
    public async Task interim_results_are_marked_preliminary_name_no_early_winner_and_lose_the_mark_when_every_run_is_done()
    {
        var errors = new List<string>();
        var page = await workbench.Open(errors);
        await page.WaitForFunctionAsync("() => document.querySelector('#settings fieldset') !== null");
        await page.Locator("#runs").FillAsync("400");
        await page.Locator("#runs").DispatchEventAsync("change");

        // The first block (5 runs per model) arrives within a second or two; 400 runs per model take several more.
        await page.WaitForFunctionAsync($"() => {Results}.dataset.state === 'running' && window.workbench.state.view.runs === 400 && Number({Results}.dataset.summarized) > 0",
            null, new PageWaitForFunctionOptions { PollingInterval = 20, Timeout = 120_000 });
        // One snapshot of everything shown, read in one go so a newer block cannot arrive between two reads.
        var shown = await page.EvaluateAsync<string[]>($$"""
            () => [
              {{Results}}.dataset.summarized,
              String(!document.getElementById('preliminary').hidden),
              document.getElementById('preliminary').textContent,
              document.getElementById('answer').textContent,
              document.getElementById('ranking').dataset.preliminary,
              document.getElementById('ranking').className,
              document.getElementById('answer').className,
              getComputedStyle(document.querySelector('#ranking tbody td')).fontStyle,
            ]
            """);
        var summarized = int.Parse(shown[0], System.Globalization.CultureInfo.InvariantCulture);
        var label = $"Preliminary: {summarized} of 400 runs per model.";
        Assert.InRange(summarized, 1, 399);
        Assert.Equal("true", shown[1]);
        Assert.StartsWith(label, shown[2]);
        Assert.StartsWith(label, shown[3]);
        Assert.Equal(label, shown[4]);
        Assert.Contains("preliminary", shown[5]);
        Assert.Contains("preliminary", shown[6]);
        Assert.Equal("italic", shown[7]);
        if (summarized < 20)
        {
            Assert.Contains("No winner is named yet", shown[3]);
        }

        await page.Locator("#answer-head").ScrollIntoViewIfNeededAsync();
        await Workbench.Shot(page, "9-preliminary", fullPage: false);

        await Workbench.Done(page);
        Assert.False(await page.Locator("#preliminary").IsVisibleAsync());
        Assert.Equal("", await page.Locator("#ranking").GetAttributeAsync("data-preliminary"));
        Assert.DoesNotContain("preliminary", await page.Locator("#answer").GetAttributeAsync("class") ?? "");
        Assert.DoesNotContain("Preliminary", await page.Locator("#answer").TextContentAsync());
        Assert.Empty(errors);
        await Workbench.Close(page);
    }

    [Fact]
    public async Task every_share_of_resamples_reads_the_same_in_the_ranking_the_answer_and_the_report_section()
    {
        var errors = new List<string>();
        var page = await Small(errors);

        // The compact ranking shows short names with the whole name as their title; the report's table, whole names.
        var rows = await page.Locator("#ranking tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.querySelector('a').title, r.cells[2].textContent])");
        var answer = (await page.Locator("#answer").TextContentAsync())!;
        var glance = await page.Locator("details.section[data-title='The answer'] table").First.EvaluateAsync<string[][]>(
            "t => [...t.tBodies[0].rows].map(r => [r.cells[0].textContent, r.cells[1].textContent])");
        var shares = glance.ToDictionary(r => r[0].Replace(" (tied first)", "", StringComparison.Ordinal), r => r[1]);

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Equal(row[1], shares[row[0]]);
        }

        Assert.Equal(answer, await page.Locator("details.section[data-title='The answer'] .section-body p").First.TextContentAsync());
        Assert.Empty(errors);
        await Workbench.Close(page);
    }

    [Fact]
    public async Task a_smallest_difference_set_on_the_page_reranks_the_same_runs_into_a_tie_and_a_bad_one_is_refused_beside_the_boxes()
    {
        var errors = new List<string>();
        var page = await Small(errors);
        var posts = await page.EvaluateAsync<int>("() => window.workbench.comparisonsStarted");
        foreach (var (key, value) in new[] { ("demands", "0"), ("safety", "0"), ("control", "0"), ("cost", "0") })
        {
            var count = await page.EvaluateAsync<int>("() => window.workbench.rerankCount");
            await page.Locator("#w-" + key).FillAsync(value);
            await page.WaitForFunctionAsync($"() => window.workbench.rerankCount > {count}", null, new PageWaitForFunctionOptions { PollingInterval = 10 });
        }

        // Wages alone, with a whole point of wage rise mattering: every model within a point of the leader is tied with it.
        var before = await page.EvaluateAsync<int>("() => window.workbench.rerankCount");
        await page.Locator("#m-wages").FillAsync("1");
        await page.Locator("#m-wages").DispatchEventAsync("change");
        await page.WaitForFunctionAsync($"() => window.workbench.rerankCount > {before}", null, new PageWaitForFunctionOptions { PollingInterval = 10 });
        await page.WaitForFunctionAsync("() => document.getElementById('answer').textContent.startsWith('Tied for first')", null,
            new PageWaitForFunctionOptions { PollingInterval = 20, Timeout = 30_000 });
        Assert.True(await page.Locator("#ranking tbody tr[data-first='true']").CountAsync() > 1);
        Assert.True(await page.Locator("#ranking .tag").CountAsync() > 1);
        await page.WaitForFunctionAsync("() => document.getElementById('command').textContent.includes('--matter wages=1,')", null,
            new PageWaitForFunctionOptions { PollingInterval = 20, Timeout = 30_000 });
        Assert.Equal(posts, await page.EvaluateAsync<int>("() => window.workbench.comparisonsStarted"));
        await page.Locator("#answer-head").ScrollIntoViewIfNeededAsync();
        await Workbench.Shot(page, "10-tied", fullPage: false);

        await page.Locator("#m-cost").FillAsync("-3");
        await page.Locator("#m-cost").DispatchEventAsync("change");
        Assert.Equal("Cost: give a number from 0 to 100,000 ($ per worker per year).", await page.Locator("#m-cost-error").TextContentAsync());
        Assert.Empty(errors);
        await Workbench.Close(page);
    }

    /// <summary>The page with hospital-stewards compared at 20 runs per model, finished.</summary>
    private async Task<IPage> Small(List<string> errors)
    {
        var page = await workbench.Open(errors);
        await page.WaitForFunctionAsync("() => document.querySelector('#settings fieldset') !== null");
        await page.Locator("#runs").FillAsync("20");
        await page.Locator("#runs").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => window.workbench.state.view && window.workbench.state.view.runs === 20 && window.workbench.state.view.state === 'done'",
            null, new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 50 });
        return page;
    }
}
