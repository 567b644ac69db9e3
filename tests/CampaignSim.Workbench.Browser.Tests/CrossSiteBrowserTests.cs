using Microsoft.Playwright;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>
/// Another site cannot drive the page (issue 18, defect 4), seen from a real Chromium: a name that resolves to this computer
/// (DNS rebinding) gets no page, and a form or script on another site cannot start a comparison. The page itself, opened by
/// any loopback name, still does everything through the same checks.
/// </summary>
[Collection(WorkbenchCollection.Name)]
[Trait("Stage", "FaultInjection")]
public class CrossSiteBrowserTests(Workbench workbench)
{
    /// <summary>A name the test browser resolves to 127.0.0.1, as a rebinding attacker's name would after its first answer.</summary>
    private const string Foreign = "evil.example";

    private int Port => new Uri(workbench.Address).Port;

    [Fact]
    public async Task a_foreign_name_that_resolves_to_this_computer_gets_neither_the_page_nor_the_api()
    {
        var browser = await workbench.Launch($"--host-resolver-rules=MAP {Foreign} 127.0.0.1");
        try
        {
            var page = await browser.NewPageAsync();
            foreach (var path in new[] { "/", "/assets/app.js", "/api/scenarios" })
            {
                var response = await page.GotoAsync($"http://{Foreign}:{Port}{path}");
                Assert.True(response!.Status == 400, $"http://{Foreign}:{Port}{path} answered {response.Status}");
            }
        }
        finally
        {
            await browser.CloseAsync();
        }
    }

    [Theory]
    [InlineData(Foreign)]
    [InlineData("127.0.0.1")]
    public async Task a_form_or_a_script_on_another_site_cannot_start_a_comparison(string attackerHost)
    {
        var target = $"http://127.0.0.1:{Port}/api/comparisons";
        await using var site = new AttackerSite($$"""
            <!DOCTYPE html>
            <html><head><title>another site</title></head><body>
            <form id="form" method="POST" action="{{target}}" enctype="text/plain">
              <input name='{"scenario":"hospital-stewards","runs":5,"pad":"' value='"}'>
            </form>
            </body></html>
            """);
        var browser = await workbench.Launch($"--host-resolver-rules=MAP {Foreign} 127.0.0.1");
        try
        {
            var page = await browser.NewPageAsync();
            var attacker = $"http://{attackerHost}:{site.Port}/";
            await page.GotoAsync(attacker);

            // A script's text POST needs no preflight: the browser sends it, and only the server can refuse it.
            var sent = await page.RunAndWaitForResponseAsync(
                () => page.EvaluateAsync("t => { fetch(t, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, "
                    + "body: JSON.stringify({ scenario: 'hospital-stewards', runs: 5 }) }).catch(() => {}); }", target),
                r => r.Url == target && r.Request.Method == "POST");

            // A JSON POST needs a preflight, which the server never grants: the browser does not send it at all.
            var json = await page.EvaluateAsync<string>("t => fetch(t, { method: 'POST', headers: { 'Content-Type': 'application/json' }, "
                + "body: JSON.stringify({ scenario: 'hospital-stewards', runs: 5 }) }).then(r => 'answered ' + r.status, e => 'not sent')", target);

            // A form needs no script and no preflight; it navigates to the answer.
            var submitted = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync("() => document.getElementById('form').submit()"),
                r => r.Url == target && r.Request.Method == "POST");

            Assert.Equal(
                "script text POST: 403; script JSON POST: not sent; form POST: 403",
                $"script text POST: {sent.Status}; script JSON POST: {json}; form POST: {submitted.Status}");
        }
        finally
        {
            await browser.CloseAsync();
        }
    }

    [Fact]
    public async Task the_page_opened_as_localhost_stops_runs_reranks_and_finishes_a_comparison()
    {
        var errors = new List<string>();
        var context = await workbench.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                errors.Add($"{r.Request.Method} {r.Url} answered {r.Status}");
            }
        };
        // A run count of its own, so that the page's first comparison is run (and can be stopped), not one already finished.
        await page.GotoAsync($"http://localhost:{Port}/?runs=997");
        await page.WaitForFunctionAsync("() => window.workbench.state.view && window.workbench.state.view.state === 'running'", null,
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 20 });

        await page.Locator("#stop").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('results').dataset.state === 'cancelled'", null,
            new PageWaitForFunctionOptions { Timeout = 60_000 });

        await page.Locator("#runs").FillAsync("5");
        await page.Locator("#runs").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => window.workbench.state.view && window.workbench.state.view.runs === 5 && window.workbench.state.view.state === 'done'",
            null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 50 });

        var reranks = await page.EvaluateAsync<int>("() => window.workbench.rerankCount");
        await page.Locator("#w-wages").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync($"() => window.workbench.rerankCount > {reranks}");

        Assert.Empty(errors);
        await Workbench.Close(page);
    }
}
