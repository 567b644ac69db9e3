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

    /// <summary>
    /// Sends <paramref name="body"/> (if any) as <paramref name="contentType"/> (none when null) with <paramref name="headers"/>
    /// (those with a null value left out; <c>Host</c> replaces the client's); returns the status, the JSON answer (or the text as
    /// <c>message</c>) and the names of the response's headers.
    /// </summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body, IReadOnlyList<string> Headers)> Send(
        HttpClient client, HttpMethod method, string path, string? body, string? contentType, params (string Name, string? Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in headers.Where(h => h.Value is not null))
        {
            if (name == "Host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await Json(response), [.. response.Headers.Concat(response.Content.Headers).Select(h => h.Key)]);
    }

    /// <summary>At most the first 200 characters of an answer, for a failure message.</summary>
    public static string Short(JsonElement answer) => answer.ToString() is { Length: > 200 } text ? text[..200] + "…" : answer.ToString();

    /// <summary>Starts a comparison and polls it until it is no longer running.</summary>
    public static async Task<JsonElement> RunToEnd(HttpClient client, object body)
    {
        var (status, started) = await Post(client, "/api/comparisons", body);
        Assert.True(status is HttpStatusCode.Accepted or HttpStatusCode.OK, Short(started));
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
