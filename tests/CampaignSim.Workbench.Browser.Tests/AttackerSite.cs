using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>
/// Another web site, served from 127.0.0.1 on a port of its own: every request gets the same HTML page. Reached by its own
/// name (Chromium maps the name to 127.0.0.1), it is a different site from the workbench, as a page on the internet would be,
/// but without leaving the computer.
/// </summary>
public sealed class AttackerSite : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly byte[] _page;

    /// <summary>Serves <paramref name="html"/> until disposed.</summary>
    public AttackerSite(string html)
    {
        _page = Encoding.UTF8.GetBytes(html);
        _listener.Start();
        _serving = Task.Run(Serve);
    }

    /// <summary>The port the site listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            try
            {
                await Answer(client.GetStream());
            }
            catch (IOException)
            {
                // The browser gave up on this connection; the next one is served as usual.
            }
        }
    }

    private async Task Answer(NetworkStream stream)
    {
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {_page.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, _stop.Token);
        await stream.WriteAsync(_page, _stop.Token);
    }
}
