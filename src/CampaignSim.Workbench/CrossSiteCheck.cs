using Microsoft.AspNetCore.Http;

namespace CampaignSim.Workbench;

/// <summary>
/// Which state-changing requests come from another site. A page anywhere on the web can make its visitor's browser send a
/// form or a script's request to 127.0.0.1 without asking; the browser then says where it came from, in <c>Origin</c> (sent
/// with every cross-origin request and every POST) and <c>Sec-Fetch-Site</c>. The page's own requests are same-origin, so
/// anything else that would start, stop or rank a comparison is refused (docs/workbench.md#safety). A request that carries
/// neither header (a command-line client, an old browser) is allowed here; the JSON content type that every endpoint with a
/// body requires then keeps an old browser's form out, since a form cannot send it and a script needs a CORS preflight for it,
/// which the workbench never grants.
/// </summary>
public static class CrossSiteCheck
{
    /// <summary>Whether the method may change something: anything but GET, HEAD, OPTIONS and TRACE.</summary>
    public static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>
    /// Whether the browser says <paramref name="request"/> comes from somewhere other than the page it is sent to:
    /// <c>Sec-Fetch-Site</c> is present and neither <c>same-origin</c> nor <c>none</c> (typed by the user), or <c>Origin</c> is
    /// present and is not this request's own scheme, host and port (an opaque <c>null</c> origin included).
    /// </summary>
    public static bool FromAnotherSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"];
        if (fetchSite.Count > 0 && (fetchSite.Count > 1 || fetchSite[0] is not ("same-origin" or "none")))
        {
            return true;
        }

        var origin = request.Headers.Origin;
        if (origin.Count == 0)
        {
            return false;
        }

        return origin.Count > 1 || !Uri.TryCreate(origin[0], UriKind.Absolute, out var uri) || !IsOwn(uri, request);
    }

    private static bool IsOwn(Uri origin, HttpRequest request) =>
        origin.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
        && origin.Host.Equals(request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && origin.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80))
        && origin.AbsolutePath == "/" && origin.Query.Length == 0 && origin.Fragment.Length == 0 && origin.UserInfo.Length == 0;
}
