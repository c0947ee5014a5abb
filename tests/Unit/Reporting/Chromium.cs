using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Reporting;

/// <summary>
/// Headless Chromium (Debian's chromium package) driven from its command line: --dump-dom and --screenshot for
/// one-shot renders, and the DevTools protocol over a websocket for a live page (click, read the DOM, watch the
/// network). No browser means a failed test with the way to install one: CI installs it (.ci/run), so these tests
/// must never skip silently.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    /// <summary>A generous limit for a browser process, so a hung browser fails the test instead of hanging the run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static string Executable
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("QPSA_CHROMIUM");
            if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
            var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .SelectMany(dir => Candidates.Select(name => Path.Combine(dir, name)))
                .FirstOrDefault(File.Exists);
            if (found != null) return found;
            Assert.Fail("These tests open the report in headless Chromium, and none was found on PATH (chromium, chromium-browser, google-chrome). " +
                "Install it: apt-get update && apt-get install -y --no-install-recommends chromium (.ci/run does this on CI), or set QPSA_CHROMIUM to a Chromium binary.");
            return null!;
        }
    }

    private static IEnumerable<string> BaseArguments(string profile) => new[]
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
    };

    /// <summary>The DOM after the page's script ran, as Chromium serialises it.</summary>
    public static string DumpDom(string file)
    {
        using var profile = new Infrastructure.TempFolder();
        return RunToEnd(BaseArguments(profile.Path).Concat(new[] { "--dump-dom", new Uri(file).AbsoluteUri }));
    }

    public static void Screenshot(string file, string png)
    {
        using var profile = new Infrastructure.TempFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        if (File.Exists(png)) File.Delete(png);
        RunToEnd(BaseArguments(profile.Path).Concat(new[] { "--hide-scrollbars", "--window-size=1400,1000", "--screenshot=" + png, new Uri(file).AbsoluteUri }));
    }

    private static string RunToEnd(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within " + Limit.TotalSeconds + " s: " + stderr.Result);
        }
        Assert.True(process.ExitCode == 0, "Chromium failed (exit " + process.ExitCode + "): " + stderr.Result);
        return stdout.Result;
    }

    /// <summary>A live page under the DevTools protocol: every request it makes is recorded from Network.requestWillBeSent.</summary>
    public static async Task<Page> OpenAsync(string file)
    {
        var profile = new Infrastructure.TempFolder();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in BaseArguments(profile.Path).Concat(new[] { "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1400,1000", "about:blank" }))
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        try
        {
            // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" once it is ready.
            using var timeout = new CancellationTokenSource(Limit);
            string? line;
            var seen = new StringBuilder();
            int port = 0;
            while ((line = await process.StandardError.ReadLineAsync(timeout.Token)) != null)
            {
                seen.AppendLine(line);
                const string marker = "DevTools listening on ";
                var at = line.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0) continue;
                port = new Uri(line.Substring(at + marker.Length).Trim()).Port;
                break;
            }
            Assert.True(port > 0, "Chromium did not open its DevTools port: " + seen);
            _ = process.StandardError.ReadToEndAsync();

            using var http = new System.Net.Http.HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync("http://127.0.0.1:" + port + "/json/list", timeout.Token))!.AsArray();
            var pageUrl = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
            var page = new Page(process, profile);
            await page.ConnectAsync(new Uri(pageUrl), timeout.Token);
            await page.SendAsync("Network.enable");
            await page.SendAsync("Page.enable");
            await page.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri });
            await page.WaitForEventAsync("Page.loadEventFired");
            return page;
        }
        catch
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.Dispose();
            profile.Dispose();
            throw;
        }
    }

    public sealed class Page : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Infrastructure.TempFolder _profile;
        private readonly ClientWebSocket _socket = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
        private readonly List<JsonNode> _events = new();
        private readonly CancellationTokenSource _closing = new();
        private int _nextId;
        private Task? _reader;

        internal Page(Process process, Infrastructure.TempFolder profile)
        {
            _process = process;
            _profile = profile;
        }

        /// <summary>Every URL the page asked for (Network.requestWillBeSent), the page itself included.</summary>
        public IReadOnlyList<string> RequestedUrls
        {
            get
            {
                lock (_events)
                {
                    return _events.Where(e => (string?)e["method"] == "Network.requestWillBeSent")
                        .Select(e => e["params"]!["request"]!["url"]!.GetValue<string>()).ToList();
                }
            }
        }

        public bool HasEvent(string method)
        {
            lock (_events) return _events.Any(e => (string?)e["method"] == method);
        }

        internal async Task ConnectAsync(Uri url, CancellationToken token)
        {
            await _socket.ConnectAsync(url, token);
            _reader = Task.Run(ReadAsync);
        }

        public async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
        {
            var id = Interlocked.Increment(ref _nextId);
            var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = reply;
            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _closing.Token);
            var answer = await reply.Task.WaitAsync(Limit);
            Assert.True(answer["error"] == null, method + " failed: " + answer["error"]?.ToJsonString());
            return answer["result"]!;
        }

        /// <summary>Evaluates a script expression in the page and returns its value (returnByValue), failing on a thrown exception.</summary>
        public async Task<JsonNode?> EvaluateAsync(string expression)
        {
            var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
            Assert.True(result["exceptionDetails"] == null, "The page threw: " + result["exceptionDetails"]?.ToJsonString());
            return result["result"]!["value"];
        }

        public async Task WaitForEventAsync(string method)
        {
            using var timeout = new CancellationTokenSource(Limit);
            while (true)
            {
                lock (_events)
                {
                    if (_events.Any(e => (string?)e["method"] == method)) return;
                }
                await Task.Delay(20, timeout.Token);
            }
        }

        /// <summary>Captures what the page shows now (Page.captureScreenshot) into a PNG file.</summary>
        public async Task ScreenshotAsync(string png)
        {
            var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
            Directory.CreateDirectory(Path.GetDirectoryName(png)!);
            await File.WriteAllBytesAsync(png, Convert.FromBase64String(result["data"]!.GetValue<string>()));
        }

        private async Task ReadAsync()
        {
            var buffer = new byte[64 * 1024];
            var message = new MemoryStream();
            try
            {
                while (_socket.State == WebSocketState.Open)
                {
                    var part = await _socket.ReceiveAsync(buffer, _closing.Token);
                    if (part.MessageType == WebSocketMessageType.Close) break;
                    message.Write(buffer, 0, part.Count);
                    if (!part.EndOfMessage) continue;
                    var node = JsonNode.Parse(message.ToArray())!;
                    message.SetLength(0);
                    if (node["id"] is JsonNode id && _pending.TryRemove(id.GetValue<int>(), out var reply)) reply.TrySetResult(node);
                    else lock (_events) _events.Add(node);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (WebSocketException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            _closing.Cancel();
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            if (_reader != null) await Task.WhenAny(_reader, Task.Delay(Limit));
            _socket.Dispose();
            _process.Dispose();
            _closing.Dispose();
            _profile.Dispose();
        }
    }
}
