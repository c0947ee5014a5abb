using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>
/// A raw TCP server on 127.0.0.1 for the failures a real web server will not act out: one that accepts the
/// connection and never answers (<see cref="Silent"/>), and one that redirects every request elsewhere
/// (<see cref="RedirectingTo"/>), recording the request heads it read.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = new();
    private readonly Func<string, string?> _answer;

    private LoopbackServer(Func<string, string?> answer)
    {
        _answer = answer;
        _listener.Start();
        _ = AcceptLoop();
    }

    /// <summary>Accepts every connection, reads the request and never sends a byte back.</summary>
    public static LoopbackServer Silent() => new(_ => null);

    /// <summary>Answers every request with a 307 to the same path and query on <paramref name="target"/>.</summary>
    public static LoopbackServer RedirectingTo(Uri target) => new(head =>
    {
        var path = head.Split(' ')[1];
        return "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + new Uri(target, path) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    });

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri BaseUrl => new("http://127.0.0.1:" + Port + "/");

    /// <summary>The head (request line and headers) of every request read, in order.</summary>
    public ConcurrentQueue<string> Heads { get; } = new();

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _clients.Add(client);
            _ = Serve(client);
        }
    }

    private async Task Serve(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var buffer = new byte[8192];
            var head = new StringBuilder();
            while (head.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal) < 0)
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0) return;
                head.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            var text = head.ToString();
            Heads.Enqueue(text.Substring(0, text.IndexOf("\r\n\r\n", StringComparison.Ordinal)));
            var answer = _answer(text);
            if (answer == null) return; // hold the connection open, silent
            await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), _stop.Token);
            client.Close();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _clients) client.Dispose();
        _stop.Dispose();
    }
}
