using System.Net;

namespace CampaignSim.Workbench.Tests;

public class LimitTests
{
    [Fact]
    public async Task a_second_comparison_beyond_the_limit_is_a_429_unless_it_replaces_the_running_one()
    {
        using var factory = new WorkbenchFactory(new WorkbenchOptions { Threads = 1, MaxConcurrentComparisons = 1 });
        var client = factory.CreateClient();
        var (first, started) = await Api.Post(client, "/api/comparisons", new { scenario = "hospital-stewards", runs = 500 });
        Assert.Equal(HttpStatusCode.Accepted, first);
        var (second, refused) = await Api.Post(client, "/api/comparisons", new { scenario = "hospital-stewards", runs = 500 });
        Assert.Equal(HttpStatusCode.TooManyRequests, second);
        Assert.Contains("at most 1 at once", refused.GetProperty("message").GetString());

        var id = started.GetProperty("id").GetString();
        var (third, replacing) = await Api.Post(client, "/api/comparisons", new { scenario = "hospital-stewards", runs = 5, replaces = id });
        Assert.Equal(HttpStatusCode.Accepted, third);
        Assert.Equal("cancelled", (await Api.WaitFor(client, id!)).GetProperty("state").GetString());
        Assert.Equal("done", (await Api.WaitFor(client, replacing.GetProperty("id").GetString()!)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task with_a_token_every_request_without_it_is_a_401()
    {
        using var factory = new WorkbenchFactory(new WorkbenchOptions { Threads = 1, Token = "s3cret" });
        var client = factory.CreateClient();
        var (refused, body) = await Api.Get(client, "/api/scenarios");
        Assert.Equal(HttpStatusCode.Unauthorized, refused);
        Assert.Contains("token", body.GetProperty("message").GetString());
        var (page, _) = await Api.Get(client, "/?token=wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, page);

        var (header, _) = await Api.Get(WithHeader(factory.CreateClient(), "s3cret"), "/api/scenarios");
        Assert.Equal(HttpStatusCode.OK, header);
        var (wrongHeader, _) = await Api.Get(WithHeader(factory.CreateClient(), "s3cre"), "/api/scenarios");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongHeader);

        // Opening the printed address sets a cookie, so the page's own script and style load without the token in their URLs.
        var (assetBefore, _) = await Api.Get(client, "/assets/app.js");
        Assert.Equal(HttpStatusCode.Unauthorized, assetBefore);
        var (query, _) = await Api.Get(client, "/?token=s3cret");
        Assert.Equal(HttpStatusCode.OK, query);
        using var asset = await client.GetAsync("/assets/app.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    private static HttpClient WithHeader(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Add(WorkbenchApp.TokenHeader, token);
        return client;
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("::1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.20", false)]
    public void only_loopback_addresses_go_without_a_token(string host, bool loopback) =>
        Assert.Equal(loopback, WorkbenchOptions.IsLoopback(host));

    [Fact]
    public void blocks_report_early_and_end_at_every_replication()
    {
        Assert.Equal([5, 20, 50, 100, 200], ProgressiveComparison.Blocks(200));
        Assert.Equal([5], ProgressiveComparison.Blocks(5));
        Assert.Equal([3], ProgressiveComparison.Blocks(3));
        Assert.Equal([5, 20, 50, 100, 200, 300, 350], ProgressiveComparison.Blocks(350));
    }
}
