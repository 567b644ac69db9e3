using System.Net;
using System.Net.NetworkInformation;
using Microsoft.AspNetCore.Http;

namespace CampaignSim.Workbench;

/// <summary>
/// The <c>Host</c> header values the workbench answers: the address it is bound to, by the names that reach it there. A page on
/// another site can make a browser send requests to this computer by pointing its own name at 127.0.0.1 (DNS rebinding); the
/// browser then treats the workbench's answers as that site's own and lets its script read and drive them. Such a request
/// still names the other site in <c>Host</c>, so every request whose <c>Host</c> is not listed here is refused before anything
/// else runs (docs/workbench.md#safety).
/// </summary>
public sealed class AllowedHosts
{
    private readonly string _bound;
    private readonly IPAddress? _boundAddress;
    private readonly bool _everyInterface;
    private readonly Lazy<IReadOnlySet<int>> _ports;

    /// <summary>
    /// The hosts for a server bound to <paramref name="bound"/> (as <c>--host</c> gave it) on <paramref name="ports"/>, read at the
    /// first request because port 0 is chosen by the system only when the server starts.
    /// </summary>
    public AllowedHosts(string bound, Func<IEnumerable<int>> ports)
    {
        _bound = bound.Trim('[', ']');
        _boundAddress = IPAddress.TryParse(_bound, out var address) ? address : null;
        // Kestrel listens on every interface for 0.0.0.0, :: and any name other than localhost.
        _everyInterface = _boundAddress is null
            ? !_bound.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            : _boundAddress.Equals(IPAddress.Any) || _boundAddress.Equals(IPAddress.IPv6Any);
        _ports = new Lazy<IReadOnlySet<int>>(() => ports().ToHashSet());
    }

    /// <summary>
    /// Whether <paramref name="host"/> names this workbench: its port is one it listens on, and its name is the address given to
    /// <c>--host</c>, or a loopback name or address when it listens on loopback, or (listening beyond loopback) this computer's
    /// name, or (listening on every interface) one of this computer's addresses.
    /// </summary>
    public bool Allows(HostString host)
    {
        if (!host.HasValue || !_ports.Value.Contains(host.Port ?? 80))
        {
            return false;
        }

        var name = host.Host.Trim('[', ']');
        if (name.Equals(_bound, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var loopback = WorkbenchOptions.IsLoopback(_bound) || _everyInterface;
        if (!IPAddress.TryParse(name, out var address))
        {
            return loopback && name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || !WorkbenchOptions.IsLoopback(_bound) && name.Equals(Dns.GetHostName(), StringComparison.OrdinalIgnoreCase);
        }

        return address.Equals(_boundAddress)
            || loopback && IPAddress.IsLoopback(address)
            || _everyInterface && OwnAddresses().Contains(address);
    }

    /// <summary>The ports a server listens on, from the addresses it reports once started; <paramref name="fallback"/> when it reports none.</summary>
    public static IEnumerable<int> PortsOf(IEnumerable<string>? addresses, int fallback)
    {
        var ports = (addresses ?? []).Select(a => BindingAddress.Parse(a).Port).Where(p => p > 0).ToList();
        return ports.Count > 0 ? ports : [fallback];
    }

    private static HashSet<IPAddress> OwnAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(u => u.Address).ToHashSet();
}
