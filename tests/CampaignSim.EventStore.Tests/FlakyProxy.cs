using System.Net;
using System.Net.Sockets;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// A TCP relay in front of PostgreSQL that can go down for a while: every open connection is cut and new ones are
/// refused, as when a server restarts or a network drops, then it comes back on the same port. It can also answer
/// new connections late, as a busy server does.
/// </summary>
public sealed class FlakyProxy : IAsyncDisposable
{
    private readonly string _host;
    private readonly int _port;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener _listener;
    private Task _accepting;
    private int _held;
    private TimeSpan _holdFor;

    /// <summary>Starts relaying to <paramref name="host"/>:<paramref name="port"/>.</summary>
    public FlakyProxy(string host, int port)
    {
        _host = host;
        _port = port;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_listener);
    }

    /// <summary>The port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Relays the next <paramref name="connections"/> new connections only after <paramref name="delay"/>: the client connects at once but hears nothing until then.</summary>
    public void HoldNext(int connections, TimeSpan delay)
    {
        lock (_gate)
        {
            _held = connections;
            _holdFor = delay;
        }
    }

    /// <summary>Cuts every connection and refuses new ones for <paramref name="outage"/>, then accepts again.</summary>
    public async Task FailForAsync(TimeSpan outage)
    {
        _listener.Stop();
        await _accepting;
        lock (_gate)
        {
            foreach (var client in _open)
            {
                client.Client?.Close(0);
            }

            _open.Clear();
        }

        await Task.Delay(outage);
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _accepting = AcceptAsync(_listener);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_gate)
        {
            _open.ForEach(c => c.Dispose());
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            TimeSpan hold;
            lock (_gate)
            {
                hold = _held > 0 ? _holdFor : TimeSpan.Zero;
                _held = Math.Max(0, _held - 1);
            }

            await Task.Delay(hold, _stop.Token);
            await server.ConnectAsync(_host, _port, _stop.Token);
            lock (_gate)
            {
                _open.Add(client);
                _open.Add(server);
            }

            await Task.WhenAny(Pump(client, server), Pump(server, client));
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // A cut connection ends here, as it would on a real network.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(server);
            }

            client.Dispose();
            server.Dispose();
        }
    }

    private async Task Pump(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        var source = from.GetStream();
        var target = to.GetStream();
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, _stop.Token)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Either side went away.
        }
    }
}
