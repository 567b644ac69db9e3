using System.Net;
using Microsoft.AspNetCore.Http;

namespace CampaignSim.Workbench.Tests;

/// <summary>
/// A request whose Host is not the workbench's address is a 400 on every endpoint (issue 18, defect 4): a page on another
/// site that points its own name at 127.0.0.1 (DNS rebinding) gets nothing, not even the page.
/// </summary>
[Trait("Stage", "FaultInjection")]
public class ForeignHostTests(FinishedComparison server) : IClassFixture<FinishedComparison>
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example:5080")]
    [InlineData("localhost.evil.example:5080")]
    [InlineData("127.0.0.1:5081")]
    [InlineData("localhost")]
    public async Task a_foreign_host_is_a_400_on_every_endpoint_including_the_page_and_its_assets(string host)
    {
        foreach (var (method, path, body) in server.EveryEndpoint())
        {
            var (status, answer, _) = await Api.Send(server.Client, method, path, body, "application/json", ("Host", host));
            Assert.True(status == HttpStatusCode.BadRequest, $"{method} {path} with Host: {host} answered {(int)status}: {Api.Short(answer)}");
            Assert.Contains("Host", answer.GetProperty("message").GetString());
        }

        Assert.Equal("done", await server.State());
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST:5080")]
    [InlineData("[::1]:5080")]
    public async Task the_address_the_server_is_bound_to_is_answered_by_any_loopback_name(string host)
    {
        var (status, answer, _) = await Api.Send(server.Client, HttpMethod.Get, "/api/scenarios", null, null, ("Host", host));
        Assert.True(status == HttpStatusCode.OK, $"Host: {host} answered {(int)status}: {Api.Short(answer)}");
        var (started, view, _) = await Api.Send(server.Client, HttpMethod.Post, "/api/comparisons", FinishedComparison.Body, "application/json",
            ("Host", host), ("Origin", "http://" + host), ("Sec-Fetch-Site", "same-origin"));
        Assert.True(started is HttpStatusCode.Accepted or HttpStatusCode.OK, $"Host: {host} with its own Origin answered {(int)started}: {Api.Short(view)}");
        await Api.WaitFor(server.Client, view.GetProperty("id").GetString()!);
    }

    [Fact]
    public void the_port_is_the_one_the_server_reports_once_started_so_port_0_works()
    {
        var hosts = new AllowedHosts("127.0.0.1", () => AllowedHosts.PortsOf(["http://127.0.0.1:40123"], 0));
        Assert.True(hosts.Allows(new HostString("127.0.0.1:40123")));
        Assert.True(hosts.Allows(new HostString("localhost:40123")));
        Assert.False(hosts.Allows(new HostString("127.0.0.1:0")));
        Assert.False(hosts.Allows(new HostString("127.0.0.1")));
        Assert.False(hosts.Allows(new HostString("")));
    }

    [Fact]
    public void beyond_loopback_the_host_given_and_on_every_interface_this_computers_own_addresses_are_answered()
    {
        var lan = new AllowedHosts("192.168.1.20", () => [5080]);
        Assert.True(lan.Allows(new HostString("192.168.1.20:5080")));
        Assert.False(lan.Allows(new HostString("127.0.0.1:5080")));
        Assert.False(lan.Allows(new HostString("localhost:5080")));
        Assert.False(lan.Allows(new HostString("evil.example:5080")));

        var every = new AllowedHosts("0.0.0.0", () => [5080]);
        Assert.True(every.Allows(new HostString("127.0.0.1:5080")));
        Assert.True(every.Allows(new HostString("localhost:5080")));
        Assert.True(every.Allows(new HostString("[::1]:5080")));
        Assert.True(every.Allows(new HostString($"{System.Net.Dns.GetHostName()}:5080")));
        Assert.False(every.Allows(new HostString("evil.example:5080")));
        Assert.False(every.Allows(new HostString("203.0.113.7:5080")));
        Assert.False(every.Allows(new HostString("127.0.0.1:5081")));

        var named = new AllowedHosts("workbench.lan", () => [5080]);
        Assert.True(named.Allows(new HostString("workbench.lan:5080")));
        Assert.False(named.Allows(new HostString("evil.example:5080")));
    }
}
