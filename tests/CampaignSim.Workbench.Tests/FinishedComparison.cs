namespace CampaignSim.Workbench.Tests;

/// <summary>
/// A server on 127.0.0.1:5080 with one finished comparison, so every endpoint that names a comparison has something to answer:
/// what another site could reach if the workbench let it.
/// </summary>
public sealed class FinishedComparison : IAsyncLifetime
{
    /// <summary>A small comparison's body, as the page sends it.</summary>
    public const string Body = "{\"scenario\":\"hospital-stewards\",\"runs\":5}";

    private readonly WorkbenchFactory _factory = new(new WorkbenchOptions { Threads = 2, MaxConcurrentComparisons = 8 });

    /// <summary>A client whose requests name the address the server is bound to.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The finished comparison.</summary>
    public string Id { get; private set; } = "";

    /// <summary>One request of every endpoint family: the page and its assets, the scenarios, each comparison endpoint, what-if and the fallback.</summary>
    public IEnumerable<(HttpMethod Method, string Path, string? Body)> EveryEndpoint()
    {
        yield return (HttpMethod.Get, "/", null);
        yield return (HttpMethod.Get, "/assets/app.js", null);
        yield return (HttpMethod.Get, "/assets/app.css", null);
        yield return (HttpMethod.Get, "/api/scenarios", null);
        yield return (HttpMethod.Get, "/api/scenarios/hospital-stewards", null);
        yield return (HttpMethod.Post, "/api/scenario/check", "{\"scenario\":\"hospital-stewards\"}");
        yield return (HttpMethod.Post, "/api/comparisons", Body);
        yield return (HttpMethod.Get, $"/api/comparisons/{Id}", null);
        yield return (HttpMethod.Post, $"/api/comparisons/{Id}/rank", "{\"weights\":{\"wages\":1}}");
        yield return (HttpMethod.Get, $"/api/comparisons/{Id}/files/summary.json", null);
        yield return (HttpMethod.Get, $"/api/comparisons/{Id}/story?model=caucus-grassroots&replication=0", null);
        yield return (HttpMethod.Get, $"/api/whatif?before={Id}&after={Id}", null);
        yield return (HttpMethod.Delete, $"/api/comparisons/{Id}", null);
        yield return (HttpMethod.Get, "/no-such-page", null);
    }

    /// <summary>The comparison's state now: it must still be done after every refused request.</summary>
    public async Task<string?> State() => (await Api.Get(Client, $"/api/comparisons/{Id}")).Body.GetProperty("state").GetString();

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Client = _factory.CreateClient();
        var view = await Api.RunToEnd(Client, new { scenario = "hospital-stewards", runs = 5 });
        Assert.Equal("done", view.GetProperty("state").GetString());
        Id = view.GetProperty("id").GetString()!;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _factory.Dispose();
        return ValueTask.CompletedTask;
    }
}
