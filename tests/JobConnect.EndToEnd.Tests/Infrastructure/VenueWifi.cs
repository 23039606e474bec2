using System.Net;
using System.Net.Sockets;

namespace JobConnect.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The venue's Wi-Fi between a browser and the app: a TCP relay on loopback that can drop. <see cref="Drop"/>
/// cuts every open connection (Blazor's WebSocket included, which Playwright's offline switch leaves
/// alone) and refuses new ones until <see cref="Restore"/>, as a phone sees it when the access point fails.
/// <see cref="HoldAnswers"/> lets the phone's messages through but holds back the app's answers, so a test
/// can drop the Wi-Fi exactly after the app has saved and before the phone has heard of it.
/// </summary>
public sealed class VenueWifi : IAsyncDisposable
{
    private readonly IPEndPoint _app;
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private TcpListener _listener;
    private CancellationTokenSource _up = new();
    private volatile bool _holding;

    public VenueWifi(Uri app)
    {
        _app = new IPEndPoint(IPAddress.Loopback, app.Port);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _up.Token);
    }

    public int Port { get; }

    /// <summary>The app as a browser behind this Wi-Fi reaches it.</summary>
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>From now on the app's answers stay in the air until <see cref="Drop"/> loses them.</summary>
    public void HoldAnswers() => _holding = true;

    /// <summary>The access point fails: open connections break, new ones are refused, held answers are lost.</summary>
    public void Drop()
    {
        _holding = false;
        _up.Cancel();
        _listener.Stop();
        lock (_gate)
        {
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0); // a reset, not a polite close
                client.Dispose();
            }
            _open.Clear();
        }
    }

    /// <summary>The access point is back on the same address.</summary>
    public void Restore()
    {
        _up = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _up.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken down)
    {
        while (!down.IsCancellationRequested)
        {
            TcpClient browser;
            try
            {
                browser = await listener.AcceptTcpClientAsync(down);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = RelayAsync(browser, down);
        }
    }

    private async Task RelayAsync(TcpClient browser, CancellationToken down)
    {
        var app = new TcpClient();
        lock (_gate)
        {
            _open.Add(browser);
            _open.Add(app);
        }
        try
        {
            await app.ConnectAsync(_app, down);
            var toApp = browser.GetStream().CopyToAsync(app.GetStream(), down);
            var toBrowser = AnswerAsync(app.GetStream(), browser.GetStream(), down);
            await Task.WhenAny(toApp, toBrowser);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The drop, or one side closed: the relay ends with it.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(browser);
                _open.Remove(app);
            }
            browser.Dispose();
            app.Dispose();
        }
    }

    private async Task AnswerAsync(Stream app, Stream browser, CancellationToken down)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await app.ReadAsync(buffer, down)) > 0)
        {
            while (_holding)
            {
                await Task.Delay(20, down);
            }
            await browser.WriteAsync(buffer.AsMemory(0, read), down);
        }
    }

    public ValueTask DisposeAsync()
    {
        Drop();
        _up.Dispose();
        return ValueTask.CompletedTask;
    }
}
