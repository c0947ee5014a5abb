using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// Autotask: everything under /atservicesrest/ (psa-api.md B, checklist E). One catch-all route and a
/// dispatcher of our own, rather than ASP.NET routing per path, because the real server's answers to wrong
/// verbs and unknown paths (405/404 with a Web API {"Message"} body) must be reproduced exactly. Segments
/// match without case (V1.0 and v1.0, contacts and Contacts).
/// </summary>
internal sealed class AutotaskModule : IPsaModule
{
    private readonly PsaSimulatorOptions _options;
    private readonly AutotaskStore _store;
    private readonly RequestBudget _budget;
    private readonly QueryBodyCache _bodies = new();
    private readonly QueryEndpoints _queries;
    private readonly WriteEndpoints _writes;

    public AutotaskModule(PsaSimulatorOptions options)
    {
        _options = options;
        _store = new AutotaskStore(options.Autotask);
        _budget = new RequestBudget(() => _options.Autotask.HourlyRequestBudget, TimeProvider.System);
        _queries = new QueryEndpoints(_store, _bodies);
        _writes = new WriteEndpoints(_store);
    }

    public string Name => "Autotask";

    public bool Owns(PathString path) => path.StartsWithSegments("/atservicesrest", StringComparison.OrdinalIgnoreCase);

    public bool Claims(PathString path) => Owns(path);

    /// <summary>The Web API layer's answers (B4): 404 "No HTTP resource was found ..." or 405, both {"Message"}.</summary>
    public Task WriteUnservedAsync(HttpContext context, int status)
    {
        var error = status == StatusCodes.Status405MethodNotAllowed ? ErrorBodies.MethodNotAllowed(context.Request.Method)
            : status == StatusCodes.Status404NotFound ? ErrorBodies.NoRoute(context.Request)
            : new AutotaskException(status, ErrorBodies.Errors(ErrorBodies.Unexpected()));
        return ErrorBodies.WriteAsync(context, error.Status, error.Body);
    }

    public void Map(IEndpointRouteBuilder app)
    {
        app.Map("/atservicesrest/{**rest}", HandleAsync);
    }

    public void Reset()
    {
        _store.Reset();
        _budget.Reset();
        _bodies.Clear();
    }

    public void Seed(JsonObject? section)
    {
        _store.Seed(section);
        _budget.Reset();
        _bodies.Clear();
    }

    public IReadOnlyDictionary<string, int> Counts() => _store.Counts();

    /// <summary>Injected 429: Retry-After and {"errors"}; anything else: the real generic error text.</summary>
    public Task WriteFaultAsync(HttpContext context, int status, int? retryAfterSeconds)
    {
        // No Retry-After when the fault says none: the header is optional, and a client must cope without it.
        var message = status == StatusCodes.Status429TooManyRequests
            ? "Too many requests: the API request threshold has been exceeded." + (retryAfterSeconds is { } seconds ? " Retry after " + seconds + " seconds." : " Retry later.")
            : ErrorBodies.Unexpected();
        return ErrorBodies.WriteAsync(context, status, ErrorBodies.Errors(message), status == StatusCodes.Status429TooManyRequests ? retryAfterSeconds : null);
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            var body = await RouteAsync(context.Request, segments);
            await ErrorBodies.WriteAsync(context, StatusCodes.Status200OK, body);
        }
        catch (AutotaskException ex)
        {
            await ErrorBodies.WriteAsync(context, ex.Status, ex.Body, ex.RetryAfterSeconds);
        }
    }

    private async Task<JsonNode> RouteAsync(HttpRequest request, string[] s)
    {
        var method = request.Method;
        // B3/B4: "URLs over about 2048 chars must use POST": a longer GET is refused before auth and the budget.
        // GUESS: 414 URI Too Long with {"errors"} (no real answer is captured). Our own next-page links are exempt:
        // their previousIds grow with every page, a shape the real server's links are not known to share.
        if (HttpMethods.IsGet(method) && _options.Autotask.MaxGetUrlLength is { } maxUrl && !IsNextPage(s)
            && ConnectWise.ConnectWiseModule.UrlLength(request) is var urlLength && urlLength > maxUrl)
        {
            throw new AutotaskException(StatusCodes.Status414UriTooLong, ErrorBodies.Errors(
                "The request URL has " + urlLength + " characters, over the " + maxUrl + " a GET may have; send the query by POST (" +
                "POST .../query with the same filter as the JSON body)."));
        }
        if (s.Length == 1 && Is(s[0], "versioninformation")) return Get(method, InfoEndpoints.Version);
        if (s.Length < 2 || !Is(s[0], "v1.0")) throw ErrorBodies.NoRoute(request);
        if (s.Length == 2 && Is(s[1], "zoneInformation")) return Get(method, () => InfoEndpoints.Zone(request, _options.Autotask));

        // Everything else is an authenticated API call that counts against the hourly threshold.
        AutotaskAuth.Check(request, _options.Autotask);
        if (!_budget.TryTake(out var retryAfter))
        {
            throw new AutotaskException(StatusCodes.Status429TooManyRequests, ErrorBodies.Errors(
                "The hourly request threshold of " + _options.Autotask.HourlyRequestBudget + " requests for this database has been exceeded. Retry after " + retryAfter + " seconds."), retryAfter);
        }

        var rest = s.Skip(1).ToArray();
        if (rest.Length == 1 && Is(rest[0], "ThresholdInformation")) return Get(method, () => InfoEndpoints.Threshold(_options.Autotask, _budget));
        var entity = _store.Entity(rest[0]) ?? throw ErrorBodies.NoRoute(request);

        switch (rest.Length)
        {
            case 1:
                // Contacts have no root create/update (psa-api.md B3): the parent URL is the only way.
                if (entity == _store.Contacts) throw ErrorBodies.MethodNotAllowed(method);
                return await _writes.CompaniesAsync(request);
            case 2 when Is(rest[1], "query"):
                if (HttpMethods.IsPost(method)) return await _queries.PostQueryAsync(request, entity);
                return Get(method, () => _queries.GetQuery(request, entity));
            case 2 when Is(rest[1], "entityInformation"):
                return Get(method, () => InfoEndpoints.EntityInformation(entity));
            case 2 when long.TryParse(rest[1], out var id):
                return Get(method, () => _queries.GetById(entity, id));
            case 3 when Is(rest[1], "query") && Is(rest[2], "count"):
                if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method)) throw ErrorBodies.MethodNotAllowed(method);
                return await _queries.CountAsync(request, entity);
            case 3 when Is(rest[1], "query") && Is(rest[2], "next"):
                return await _queries.NextAsync(request, entity);
            case 3 when Is(rest[1], "entityInformation") && Is(rest[2], "fields"):
                return Get(method, entity.DescribeFields);
            case 3 when Is(rest[1], "entityInformation") && Is(rest[2], "userDefinedFields"):
                return Get(method, entity.DescribeUserDefinedFields);
            case 3 when entity == _store.Companies && long.TryParse(rest[1], out var parentId) && Is(rest[2], "Contacts"):
                if (HttpMethods.IsGet(method)) return _queries.ChildList(request, parentId);
                return await _writes.ChildContactsAsync(request, parentId);
            case 4 when entity == _store.Companies && long.TryParse(rest[1], out var parentId) && Is(rest[2], "Contacts") && long.TryParse(rest[3], out var id):
                if (HttpMethods.IsDelete(method)) return _writes.DeleteContact(parentId, id);
                return Get(method, () => _queries.ChildGet(parentId, id));
            default:
                throw ErrorBodies.NoRoute(request);
        }
    }

    private static JsonNode Get(string method, Func<JsonNode> handler) =>
        HttpMethods.IsGet(method) ? handler() : throw ErrorBodies.MethodNotAllowed(method);

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>v1.0/{Entity}/query/next, or a child list's page (v1.0/Companies/{id}/Contacts?paging=...).</summary>
    private static bool IsNextPage(string[] s) =>
        (s.Length == 5 && Is(s[3], "query") && Is(s[4], "next")) || (s.Length == 4 && Is(s[1], "Companies") && Is(s[3], "Contacts"));
}
