using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CampaignSim.Workbench.Tests;

/// <summary>Calls the workbench's JSON endpoints.</summary>
public static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return (response.StatusCode, await Json(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostText(HttpClient client, string path, string text)
    {
        using var content = new StringContent(text, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);
        return (response.StatusCode, await Json(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await Json(response));
    }

    /// <summary>Starts a comparison and polls it until it is no longer running.</summary>
    public static async Task<JsonElement> RunToEnd(HttpClient client, object body)
    {
        var (status, started) = await Post(client, "/api/comparisons", body);
        Assert.True(status == HttpStatusCode.Accepted, started.ToString());
        return await WaitFor(client, started.GetProperty("id").GetString()!);
    }

    public static async Task<JsonElement> WaitFor(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var (_, view) = await Get(client, $"/api/comparisons/{id}");
            if (view.GetProperty("state").GetString() != "running" || DateTime.UtcNow > deadline)
            {
                return view;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(new { text })).RootElement.Clone();
        }
    }
}
