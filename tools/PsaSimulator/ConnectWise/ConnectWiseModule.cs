using System.Globalization;
using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// ConnectWise Manage (psa-api.md A, checklist E): GET /login/companyinfo/{companyId} without auth, and the
/// REST API under /{codebase}apis/3.0/ where codebase is v4_6_release/ or the configured Codebase. Each API
/// request is rate-limited, then authenticated, then routed (<see cref="ConnectWiseRoutes"/>); every failure is a
/// <see cref="CwApiException"/> written in ConnectWise's shape, and every API answer carries api-current-version.
/// </summary>
internal sealed class ConnectWiseModule : IPsaModule
{
    private readonly PsaSimulatorOptions _options;
    private readonly ConnectWiseStore _store = new();
    private readonly CwRateLimiter _rateLimiter = new();
    private readonly ConnectWiseRoutes _routes;

    public ConnectWiseModule(PsaSimulatorOptions options)
    {
        _options = options;
        _routes = new ConnectWiseRoutes(_store, options.ConnectWise);
    }

    public string Name => "ConnectWise";

    public bool Owns(PathString path) =>
        path.StartsWithSegments("/login") || (path.Value ?? string.Empty).Contains("/apis/3.0", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// ConnectWise's look: /login/..., a first segment shaped like a codebase (v4_6_release, v2025_1), or an
    /// apis/ segment anywhere (a wrong API version such as apis/2.0).
    /// </summary>
    public bool Claims(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return false;
        return segments[0].Equals("login", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(segments[0], @"^v\d+_\d+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            || segments[0].Equals(_options.ConnectWise.Codebase.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || segments.Any(s => s.Equals("apis", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// 404 {"code":"NotFound",...} or 405 {"code":"MethodNotAllowed",...} with errors null (A6's shape; GUESS on the
    /// codes and wording, as for the routes the simulator does not model), and api-current-version as on every answer.
    /// </summary>
    public Task WriteUnservedAsync(HttpContext context, int status)
    {
        var cw = _options.ConnectWise;
        var request = context.Request;
        context.Response.Headers["api-current-version"] = cw.ApiVersion;
        var served = cw.Codebase.Equals("v4_6_release/", StringComparison.OrdinalIgnoreCase) ? "v4_6_release/" : "v4_6_release/ or " + cw.Codebase;
        var body = status switch
        {
            StatusCodes.Status404NotFound => CwErrors.Body("NotFound", request.Method + " " + (request.Path.Value ?? "/").TrimStart('/') +
                " is not served: the simulated ConnectWise answers GET login/companyinfo/{companyId} and {codebase}apis/3.0/... (codebase " + served + ").", null),
            StatusCodes.Status405MethodNotAllowed => CwErrors.Body("MethodNotAllowed", "The requested resource does not support http method '" + request.Method + "'.", null),
            _ => CwErrors.Body("ConnectWiseApi", "The request failed with status " + status + ".", null),
        };
        return CwJson.WriteAsync(context, status, body);
    }

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login/companyinfo/{companyId}", (string companyId, HttpContext context) => CompanyInfoAsync(context, companyId));
        app.Map("/{codebase}/apis/3.0/{**path}", HandleApiAsync);
    }

    public void Reset()
    {
        _store.Reset();
        _rateLimiter.Reset();
    }

    public void Seed(JsonObject? section)
    {
        _store.Seed(section);
        _rateLimiter.Reset();
    }

    public IReadOnlyDictionary<string, int> Counts() => _store.Counts();

    /// <summary>
    /// Injected faults in ConnectWise's words: 429 with Retry-After and the rate limiter's own body (A6);
    /// anything else {"code":"ConnectWiseApi","message":...,"errors":null}, the generic 500 shape (A6).
    /// </summary>
    public Task WriteFaultAsync(HttpContext context, int status, int? retryAfterSeconds)
    {
        context.Response.Headers["api-current-version"] = _options.ConnectWise.ApiVersion;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            // No Retry-After when the fault says none: the header is optional, and a client must cope without it.
            if (retryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return CwJson.WriteAsync(context, status, CwErrors.TooManyRequests(retryAfterSeconds));
        }
        return CwJson.WriteAsync(context, status, CwErrors.Body("ConnectWiseApi", "An error occurred on the server (simulated " + status + ").", null));
    }

    /// <summary>
    /// A1 "Codebase discovery": PascalCase keys, IsCloud as the string "True"/"False"; JSON null for an
    /// unknown company. The company id compares ignoring case.
    /// </summary>
    private Task CompanyInfoAsync(HttpContext context, string companyId)
    {
        var cw = _options.ConnectWise;
        if (!companyId.Equals(cw.CompanyId, StringComparison.OrdinalIgnoreCase)) return CwJson.WriteAsync(context, 200, (JsonNode?)null);
        var onPremises = cw.Codebase.Equals("v4_6_release/", StringComparison.OrdinalIgnoreCase);
        return CwJson.WriteAsync(context, 200, new JsonObject
        {
            ["CompanyName"] = "QuickpassPsa Simulator",
            ["Codebase"] = cw.Codebase,
            ["VersionCode"] = "v" + cw.ApiVersion,
            ["VersionNumber"] = "v4.6." + cw.ApiVersion.Replace(".", string.Empty, StringComparison.Ordinal),
            ["CompanyID"] = cw.CompanyId,
            ["IsCloud"] = onPremises ? "False" : "True",
        });
    }

    /// <summary>The URL as the client sent it: scheme, host, path and the encoded query.</summary>
    internal static int UrlLength(HttpRequest request) =>
        request.Scheme.Length + 3 + request.Host.Value!.Length + (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);

    private async Task HandleApiAsync(HttpContext context)
    {
        var cw = _options.ConnectWise;
        var response = context.Response;
        response.Headers["api-current-version"] = cw.ApiVersion;
        response.Headers.CacheControl = "no-cache";
        response.Headers["x-cw-request-id"] = Guid.NewGuid().ToString();
        try
        {
            var codebase = (string?)context.Request.RouteValues["codebase"] ?? string.Empty;
            if (!codebase.Equals("v4_6_release", StringComparison.OrdinalIgnoreCase) && !codebase.Equals(cw.Codebase.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                var served = cw.Codebase.Equals("v4_6_release/", StringComparison.OrdinalIgnoreCase) ? "v4_6_release/" : "v4_6_release/ or " + cw.Codebase;
                throw CwErrors.NotFound("The codebase '" + codebase + "/' is not served here; use " + served + ".");
            }

            // A4 "URL length: keep ≤ 2000 characters": a longer GET is refused before anything else is looked at, as
            // a front end refuses it. GUESS: 414 URI Too Long in the usual {code, message, errors} shape (the real
            // status and body are not captured). Contacts have no /search to POST long conditions to (A4).
            if (HttpMethods.IsGet(context.Request.Method) && cw.MaxGetUrlLength is { } maxUrl && UrlLength(context.Request) is var urlLength && urlLength > maxUrl)
            {
                throw new CwApiException(StatusCodes.Status414UriTooLong, CwErrors.Body("UriTooLong",
                    "The request URL has " + urlLength + " characters; ConnectWise GET URLs must stay within " + maxUrl + ". Shorten the conditions (fewer values per request).", null));
            }

            // The throttle answers before credentials are looked at (GUESS: a busy server does not authenticate first).
            if (_rateLimiter.TryAdmit(cw.RequestsPerMinute) is { } retryAfter)
            {
                throw new CwApiException(StatusCodes.Status429TooManyRequests, CwErrors.TooManyRequests(retryAfter), retryAfter);
            }

            CwAuth.Check(context.Request, cw);
            var path = (string?)context.Request.RouteValues["path"] ?? string.Empty;
            await _routes.DispatchAsync(context, path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }
        catch (CwApiException ex)
        {
            if (ex.RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await CwJson.WriteAsync(context, ex.Status, ex.Body);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !response.HasStarted)
        {
            // A simulator bug still answers in the real generic 500 shape (A6), with the reason, instead of an empty 500.
            await CwJson.WriteAsync(context, 500, CwErrors.Body("ConnectWiseApi", ex.GetType().Name + ": " + ex.Message, null));
        }
    }
}
