using System.Diagnostics;
using System.Net;

namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>
/// The middleware in front of every route: logs the request, refuses non-loopback callers on /_sim/,
/// counts Autotask requests in flight per integration code and entity endpoint (and enforces the thread
/// cap), and injects the configured faults, including "commit then drop" on a create.
/// </summary>
internal sealed class SimulatorPipeline
{
    private readonly RequestDelegate _next;
    private readonly SimulatorState _state;

    public SimulatorPipeline(RequestDelegate next, SimulatorState state)
    {
        _next = next;
        _state = state;
    }

    /// <summary>The status logged for a request whose client went away before the answer started.</summary>
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var request = context.Request;
        var module = _state.Modules.FirstOrDefault(m => m.Owns(request.Path));
        string? fault = null;
        string? threadKey = null;
        var logged = false;
        void Log()
        {
            if (logged || request.Path.StartsWithSegments("/_sim")) return;
            logged = true;
            // A request the client gave up on before any answer started got none: logged as 499 (the
            // "client closed request" of nginx), not as the 200 the unset status would claim.
            var status = !context.Response.HasStarted && context.RequestAborted.IsCancellationRequested ? ClientClosedRequest : context.Response.StatusCode;
            _state.Log.Add(started, request.Method, request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty,
                status, module?.Name ?? "None", clock.Elapsed.TotalMilliseconds, fault ?? (status == ClientClosedRequest ? "ClientClosed" : null));
        }

        // Logged as the answer starts, before the client can read it: a test that reads the log right after
        // a call then always finds that call. Requests whose answer never starts are logged at the end.
        context.Response.OnStarting(() =>
        {
            Log();
            return Task.CompletedTask;
        });

        try
        {
            if (request.Path.StartsWithSegments("/_sim"))
            {
                if (context.Connection.RemoteIpAddress is { } ip && !IPAddress.IsLoopback(ip))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }
                await _next(context);
                return;
            }

            if (module == null)
            {
                await _next(context);
                return;
            }

            var settings = _state.Faults.Current;

            if (module.Name == "Autotask" && AutotaskEndpoint(request.Path) is { } endpoint)
            {
                var code = request.Headers["ApiIntegrationCode"].ToString();
                threadKey = code + "|" + endpoint;
                var inFlight = _state.Log.Enter(threadKey, endpoint);
                if (inFlight > _state.Options.Autotask.ThreadLimit)
                {
                    fault = "ThreadLimit";
                    await Results.Json(new
                    {
                        errors = new[]
                        {
                            "Thread Threshold Exceeded: The Autotask API thread threshold of " + _state.Options.Autotask.ThreadLimit +
                            " threads has been exceeded for this integration and the " + endpoint + " endpoint. (Itgenatr005)",
                        },
                    }, statusCode: _state.Options.Autotask.ThreadLimitStatus).ExecuteAsync(context);
                    return;
                }
            }

            // The latency is spent while the request counts as in flight, as slow server work would be,
            // so injected latency makes concurrent Autotask requests overlap for the thread cap.
            if (settings.LatencyMs > 0) await Task.Delay(settings.LatencyMs, context.RequestAborted);

            if (!string.IsNullOrEmpty(settings.FailWhenContains) && await ContainsAsync(request, settings.FailWhenContains))
            {
                fault = "InjectedMatch" + settings.FailWhenContainsStatus;
                await module.WriteFaultAsync(context, settings.FailWhenContainsStatus, settings.FailWhenContainsStatus == 429 ? settings.RetryAfterSeconds : null);
                return;
            }

            if (_state.Faults.NextFailure(context.Request.Method) is { } status)
            {
                fault = "Injected" + status;
                await module.WriteFaultAsync(context, status, status == 429 ? settings.RetryAfterSeconds : null);
                return;
            }

            if (IsCreate(request) && _state.Faults.TakeCommitThenDrop())
            {
                fault = "CommitThenDrop";
                // Serve the request into a buffer, then cut the connection: the record is stored, the
                // client never learns it.
                var original = context.Response.Body;
                context.Response.Body = new MemoryStream();
                try
                {
                    await _next(context);
                }
                finally
                {
                    context.Response.Body = original;
                }
                Log(); // before the cut: the client sees the reset at once and may read the log straight away
                context.Abort();
                return;
            }

            if (IsCreate(request) && _state.Faults.TakeSlowCreate() is var slow && slow > 0)
            {
                fault = "SlowCreate";
                // Read the body first (a client that gives up closes the stream), then store after the wait whatever the
                // client does meanwhile, as a slow server finishes its work; the answer goes out only if anyone still listens.
                request.EnableBuffering();
                await request.Body.CopyToAsync(Stream.Null, CancellationToken.None);
                request.Body.Position = 0;
                await Task.Delay(slow, CancellationToken.None);
                var aborted = context.RequestAborted;
                context.RequestAborted = CancellationToken.None; // the route must finish storing even if the client left
                var original = context.Response.Body;
                var answer = new MemoryStream();
                context.Response.Body = answer;
                try
                {
                    await _next(context);
                }
                finally
                {
                    context.Response.Body = original;
                }
                if (!aborted.IsCancellationRequested)
                {
                    answer.Position = 0;
                    await answer.CopyToAsync(original, CancellationToken.None);
                }
                return;
            }

            await _next(context);
        }
        finally
        {
            if (threadKey != null) _state.Log.Leave(threadKey);
            Log();
        }
    }

    /// <summary>Whether the request's unescaped path and query, or its body (left readable for the route), contain <paramref name="text"/>.</summary>
    private static async Task<bool> ContainsAsync(HttpRequest request, string text)
    {
        var target = Uri.UnescapeDataString((request.Path.Value ?? string.Empty) + (request.QueryString.Value ?? string.Empty));
        if (target.Contains(text, StringComparison.OrdinalIgnoreCase)) return true;
        if (request.ContentLength is null or 0 && !request.Headers.ContainsKey("Transfer-Encoding")) return false;
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        return body.Contains(text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A POST that creates something: not an Autotask query, count or next-page call.</summary>
    internal static bool IsCreate(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        !(request.Path.Value ?? string.Empty).Contains("/query", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Autotask object endpoint a request counts against: the last entity segment of the path under
    /// /atservicesrest/v1.0/ ("Contacts" for /Companies/5/Contacts and /Contacts/query), or null for the
    /// calls the thread limit exempts (zone and version information).
    /// </summary>
    internal static string? AutotaskEndpoint(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || !segments[0].Equals("atservicesrest", StringComparison.OrdinalIgnoreCase)) return null;
        if (!segments[1].Equals("v1.0", StringComparison.OrdinalIgnoreCase)) return null;
        string? entity = null;
        foreach (var segment in segments.Skip(2))
        {
            if (long.TryParse(segment, out _)) continue;
            if (segment.Equals("query", StringComparison.OrdinalIgnoreCase) || segment.Equals("entityInformation", StringComparison.OrdinalIgnoreCase)) break;
            entity = segment;
        }
        if (entity == null || entity.Equals("zoneInformation", StringComparison.OrdinalIgnoreCase)) return null;
        return char.ToUpperInvariant(entity[0]) + entity.Substring(1);
    }
}
