using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// The paging= value of a next/previous page URL, in the real shape {"pageSize":500,"previousIds":[...],
/// "nextIds":[id]} (psa-api.md B3 "Pagination"). nextIds holds the id the page starts after; previousIds is
/// the stack of where the earlier pages started, so a previous-page URL can be built (page 1 starts after -1,
/// which is why the captured first nextPageUrl shows previousIds [-1]).
/// </summary>
internal sealed record PagingToken(int PageSize, IReadOnlyList<long> PreviousIds, long AfterId)
{
    public static PagingToken First(int pageSize) => new(pageSize, Array.Empty<long>(), -1);

    public PagingToken Next(long lastId) => new(PageSize, PreviousIds.Append(AfterId).ToArray(), lastId);

    public PagingToken? Previous() =>
        PreviousIds.Count == 0 ? null : new PagingToken(PageSize, PreviousIds.Take(PreviousIds.Count - 1).ToArray(), PreviousIds[^1]);

    public string Encode() =>
        new JsonObject
        {
            ["pageSize"] = PageSize,
            ["previousIds"] = new JsonArray(PreviousIds.Select(id => (JsonNode?)id).ToArray()),
            ["nextIds"] = new JsonArray(AfterId),
        }.ToJsonString();

    public static PagingToken Decode(string text)
    {
        var node = QueryJson.ParseLenient(text, "paging parameter") as JsonObject ?? throw Invalid();
        var size = QueryJson.Get(node, "pageSize") is { } sizeNode ? Number(sizeNode) : QueryRequest.MaxPageSize;
        var previous = (QueryJson.Get(node, "previousIds") as JsonArray)?.Select(Number).ToArray() ?? Array.Empty<long>();
        var next = (QueryJson.Get(node, "nextIds") as JsonArray)?.Select(Number).ToArray() ?? Array.Empty<long>();
        if (size < 1 || size > QueryRequest.MaxPageSize || next.Length != 1) throw Invalid();
        return new PagingToken((int)size, previous, next[0]);
    }

    private static long Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), out var n) ? n : throw Invalid();

    private static AutotaskException Invalid() => ErrorBodies.Fail("The paging parameter is not valid.");
}

/// <summary>
/// Page URLs and pageDetails. URLs are absolute, on the host the request came to (so they point back at
/// this simulator whatever port it has), with the entity name in its canonical case.
/// </summary>
internal static class QueryPaging
{
    /// <summary>{count, requestCount, prevPageUrl, nextPageUrl}; count is this page's items, requestCount the page size.</summary>
    public static JsonObject Details(int count, int requestCount, string? prevPageUrl, string? nextPageUrl) => new()
    {
        ["count"] = count,
        ["requestCount"] = requestCount,
        ["prevPageUrl"] = prevPageUrl,
        ["nextPageUrl"] = nextPageUrl,
    };

    /// <summary>{scheme}://{host}/ATServicesRest/V1.0/{path}?paging=...{extra}</summary>
    public static string Url(HttpRequest request, string path, PagingToken token, string extraQuery) =>
        request.Scheme + "://" + request.Host + "/ATServicesRest/V1.0/" + path + "?paging=" + Uri.EscapeDataString(token.Encode()) + extraQuery;
}

/// <summary>
/// The bodies of POST queries, kept by a short hash so a next-page URL can name its query. AT-GO POSTs
/// nextPageUrl with no body, so the filter must be recoverable from the URL; putting the whole body in the
/// URL would break on long filters (Kestrel's 8 KB request line), hence a reference. A body sent with the
/// next-page POST always wins. Cleared on reset; bounded so a long-running demo cannot grow without end.
/// </summary>
internal sealed class QueryBodyCache
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, string> _bodies = new(StringComparer.Ordinal);

    public string Remember(JsonNode body)
    {
        var text = body.ToJsonString();
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8).ToLowerInvariant();
        if (_bodies.Count >= Capacity) _bodies.Clear();
        _bodies[key] = text;
        return key;
    }

    public JsonNode? Recall(string? key)
    {
        if (key == null || !_bodies.TryGetValue(key, out var text)) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Clear() => _bodies.Clear();
}
