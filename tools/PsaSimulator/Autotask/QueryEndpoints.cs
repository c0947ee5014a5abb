using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// Reads (psa-api.md B3): POST/GET {Entity}/query, query/count, query/next, {Entity}/{id}, and the
/// child reads under /Companies/{parentId}/Contacts.
/// </summary>
internal sealed class QueryEndpoints
{
    private readonly AutotaskStore _store;
    private readonly QueryBodyCache _bodies;

    public QueryEndpoints(AutotaskStore store, QueryBodyCache bodies)
    {
        _store = store;
        _bodies = bodies;
    }

    /// <summary>POST {Entity}/query with a QueryModel body; its next page is POST-only.</summary>
    public async Task<JsonNode> PostQueryAsync(HttpRequest request, EntityDef entity)
    {
        var body = await QueryJson.ReadBodyAsync(request);
        var query = QueryRequest.Parse(entity, body);
        return Run(request, entity, query, PagingToken.First(query.MaxRecords), "&queryId=" + _bodies.Remember(body!));
    }

    /// <summary>GET {Entity}/query?search={QueryModel}; its next page carries the same search= and so allows GET.</summary>
    public JsonNode GetQuery(HttpRequest request, EntityDef entity)
    {
        var search = Search(request) ?? throw ErrorBodies.Fail("The search parameter is required: ?search={\"filter\":[...]}.");
        var query = QueryRequest.Parse(entity, QueryJson.ParseLenient(search, "search parameter"));
        return Run(request, entity, query, PagingToken.First(query.MaxRecords), "&search=" + Uri.EscapeDataString(search));
    }

    /// <summary>
    /// {Entity}/query/next?paging=...: POST with the original body, or with no body (the query is then
    /// recovered from search= or from queryId=, the simulator's reference to the first POST's body). GET is
    /// served only when search= is present; otherwise it is the real 405 (psa-api.md B3 "Pagination").
    /// The page size comes from paging=, whatever MaxRecords a re-sent body has.
    /// </summary>
    public async Task<JsonNode> NextAsync(HttpRequest request, EntityDef entity)
    {
        var search = Search(request);
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && search == null) throw ErrorBodies.MethodNotAllowed("GET");
        if (!isGet && !HttpMethods.IsPost(request.Method)) throw ErrorBodies.MethodNotAllowed(request.Method);

        var paging = request.Query["paging"].ToString();
        if (paging.Length == 0) throw ErrorBodies.Fail("The paging parameter is required.");
        var token = PagingToken.Decode(paging);

        JsonNode? model;
        string extra;
        var body = isGet ? null : await QueryJson.ReadBodyAsync(request);
        if (body != null)
        {
            model = body;
            extra = "&queryId=" + _bodies.Remember(body);
        }
        else if (search != null)
        {
            model = QueryJson.ParseLenient(search, "search parameter");
            extra = "&search=" + Uri.EscapeDataString(search);
        }
        else
        {
            var key = request.Query["queryId"].ToString();
            model = _bodies.Recall(key) ?? throw ErrorBodies.Fail("The query for this page is unknown: POST the original query body to the next page URL.");
            extra = "&queryId=" + key;
        }
        return Run(request, entity, QueryRequest.Parse(entity, model), token, extra);
    }

    /// <summary>GET query/count?search= or POST query/count: {"queryCount":N}.</summary>
    public async Task<JsonNode> CountAsync(HttpRequest request, EntityDef entity)
    {
        JsonNode? model;
        if (HttpMethods.IsGet(request.Method))
        {
            var search = Search(request) ?? throw ErrorBodies.Fail("The search parameter is required: ?search={\"filter\":[...]}.");
            model = QueryJson.ParseLenient(search, "search parameter");
        }
        else
        {
            model = await QueryJson.ReadBodyAsync(request);
        }
        var query = QueryRequest.Parse(entity, model);
        return new JsonObject { ["queryCount"] = _store.Count(entity, query.Filter.Matches) };
    }

    /// <summary>
    /// GET {Entity}/{id}: {"item":{...}}; a missing id is a 404 whose body is {"item":null} (a guess that
    /// serves both client habits: AT-APIGRATE reads the 404, AT-GO guards against item null).
    /// </summary>
    public JsonNode GetById(EntityDef entity, long id) =>
        _store.Get(entity, id) is { } row ? new JsonObject { ["item"] = row } : throw NotFound();

    /// <summary>GET /Companies/{parentId}/Contacts: the company's contacts, paged like a query (nextPageUrl is a GET).</summary>
    public JsonNode ChildList(HttpRequest request, long parentId)
    {
        var paging = request.Query["paging"].ToString();
        var token = paging.Length > 0 ? PagingToken.Decode(paging) : PagingToken.First(QueryRequest.MaxPageSize);
        var companyId = _store.Contacts.Find("companyID")!;
        var page = _store.Page(_store.Contacts, row => FieldValues.Read(row, companyId) is long c && c == parentId, token.AfterId, token.PageSize, row => (JsonObject)row.DeepClone());
        var path = "Companies/" + parentId + "/Contacts";
        return Result(page, token,
            page.HasMore ? QueryPaging.Url(request, path, token.Next(page.LastId), string.Empty) : null,
            token.Previous() is { } previous ? QueryPaging.Url(request, path, previous, string.Empty) : null);
    }

    /// <summary>GET /Companies/{parentId}/Contacts/{id}: the contact if it belongs to that company.</summary>
    public JsonNode ChildGet(long parentId, long id)
    {
        var row = _store.Get(_store.Contacts, id);
        if (row == null || FieldValues.Read(row, _store.Contacts.Find("companyID")!) is not long c || c != parentId) throw NotFound();
        return new JsonObject { ["item"] = row };
    }

    private JsonNode Run(HttpRequest request, EntityDef entity, QueryRequest query, PagingToken token, string extra)
    {
        var page = _store.Page(entity, query.Filter.Matches, token.AfterId, token.PageSize, query.Project, entity == _store.Contacts ? query.Filter.Required("companyID") : null);
        var path = entity.Plural + "/query/next";
        return Result(page, token,
            page.HasMore ? QueryPaging.Url(request, path, token.Next(page.LastId), extra) : null,
            token.Previous() is { } previous ? QueryPaging.Url(request, path, previous, extra) : null);
    }

    private static JsonObject Result(QueryPage page, PagingToken token, string? next, string? previous) => new()
    {
        ["items"] = page.Items,
        ["pageDetails"] = QueryPaging.Details(page.Items.Count, token.PageSize, previous, next),
    };

    private static string? Search(HttpRequest request)
    {
        var search = request.Query["search"].ToString();
        return search.Length == 0 ? null : search;
    }

    private static AutotaskException NotFound() => new(StatusCodes.Status404NotFound, new JsonObject { ["item"] = null });
}
