using System.Net;

namespace CampaignSim.Workbench.Tests;

/// <summary>
/// Another site cannot change anything here (issue 18, defect 4): a state-changing request the browser says comes from
/// elsewhere is a 403, and a JSON endpoint takes only <c>application/json</c> (415), which a form cannot send and a script
/// sends only after a CORS preflight the workbench never grants. The page's own requests still work, with or without Origin.
/// </summary>
[Trait("Stage", "FaultInjection")]
public class CrossSiteTests(FinishedComparison server) : IClassFixture<FinishedComparison>
{
    private const string Json = "application/json";

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("https://evil.example", null)]
    [InlineData("http://127.0.0.1:8000", null)]
    [InlineData("http://localhost:5080", null)]
    [InlineData("http://127.0.0.1:5080.evil.example", null)]
    [InlineData("null", null)]
    [InlineData(null, "cross-site")]
    [InlineData(null, "same-site")]
    [InlineData("http://127.0.0.1:5080", "cross-site")]
    public async Task a_cross_site_state_changing_request_is_a_403_on_every_post_and_delete(string? origin, string? fetchSite)
    {
        var changing = server.EveryEndpoint().Where(e => e.Method != HttpMethod.Get).ToList();
        Assert.Equal(4, changing.Count);
        foreach (var (method, path, body) in changing)
        {
            var (status, answer, _) = await Api.Send(server.Client, method, path, body, Json, ("Origin", origin), ("Sec-Fetch-Site", fetchSite));
            Assert.True(status == HttpStatusCode.Forbidden,
                $"{method} {path} from Origin {origin}, Sec-Fetch-Site {fetchSite} answered {(int)status}: {Api.Short(answer)}");
            Assert.Contains("another site", answer.GetProperty("message").GetString());
        }

        Assert.Equal("done", await server.State());
    }

    [Fact]
    public async Task the_reported_request_a_text_post_from_another_origin_starts_nothing()
    {
        var (status, answer, _) = await Api.Send(server.Client, HttpMethod.Post, "/api/comparisons", FinishedComparison.Body, "text/plain",
            ("Origin", "http://evil.example"));
        Assert.True(status == HttpStatusCode.Forbidden, $"answered {(int)status}: {Api.Short(answer)}");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonp")]
    [InlineData("text/json")]
    [InlineData(null)]
    public async Task a_json_endpoint_refuses_any_other_content_type_with_a_415(string? contentType)
    {
        var json = server.EveryEndpoint().Where(e => e.Method == HttpMethod.Post).ToList();
        Assert.Equal(3, json.Count);
        foreach (var (method, path, body) in json)
        {
            var (status, answer, _) = await Api.Send(server.Client, method, path, body, contentType);
            Assert.True(status == HttpStatusCode.UnsupportedMediaType,
                $"{method} {path} as {contentType ?? "no type"} answered {(int)status}: {Api.Short(answer)}");
            Assert.Contains("application/json", answer.GetProperty("message").GetString());
        }
    }

    [Theory]
    [InlineData(null, null, "application/json")]
    [InlineData(null, null, "application/json; charset=utf-8")]
    [InlineData(null, null, "Application/JSON")]
    [InlineData("http://127.0.0.1:5080", "same-origin", "application/json")]
    [InlineData(null, "same-origin", "application/json")]
    [InlineData(null, "none", "application/json")]
    public async Task a_same_origin_json_post_with_or_without_origin_still_starts_a_comparison(string? origin, string? fetchSite, string contentType)
    {
        var (status, view, _) = await Api.Send(server.Client, HttpMethod.Post, "/api/comparisons", FinishedComparison.Body, contentType,
            ("Origin", origin), ("Sec-Fetch-Site", fetchSite));
        // Accepted and started, or (the same inputs as a comparison already finished) accepted and shown from its runs.
        Assert.True(status is HttpStatusCode.Accepted or HttpStatusCode.OK, $"answered {(int)status}: {Api.Short(view)}");
        Assert.Equal("done", (await Api.WaitFor(server.Client, view.GetProperty("id").GetString()!)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task a_cors_preflight_from_another_site_is_never_granted()
    {
        var (_, _, headers) = await Api.Send(server.Client, HttpMethod.Options, "/api/comparisons", null, null,
            ("Origin", "http://evil.example"), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "content-type"));
        Assert.DoesNotContain(headers, h => h.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }
}
