using System.Globalization;
using System.Text;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The Link header (psa-api.md A4 "Pagination").
/// <para>
/// Navigable: RFC 5988 links with rel first, prev, next, last; absolute URLs on the host the client called,
/// with its other query parameters kept as sent and pageSize/page appended. As in the vendor's example (page 1
/// shows only next and last), first/prev appear only after page 1 and next/last only before the last page;
/// a result that fits on one page gets no Link header at all.
/// </para>
/// <para>
/// Forward-only: <c>&lt;...pageSize=N&amp;pageId=LAST&gt;; rel="next"</c> while more rows follow, and on the
/// last page an EMPTY Link header (the clients in A4 stop on an empty Link and treat a missing one as
/// "forward-only unsupported"). The last page is exact: 1000 rows at pageSize 1000 is one page, no next.
/// </para>
/// </summary>
internal static class CwPaging
{
    public static void SetLinkHeader(HttpContext context, CwListQuery query, CwPageResult result)
    {
        var request = context.Request;
        var prefix = request.Scheme + "://" + request.Host.Value + request.PathBase.Value + request.Path.Value + "?" + KeptQuery(request);

        if (query.ForwardOnly)
        {
            context.Response.Headers["Link"] = result.HasMore && result.LastId is { } lastId
                ? "<" + prefix + "pageSize=" + query.PageSize + "&pageId=" + lastId.ToString(CultureInfo.InvariantCulture) + ">; rel=\"next\""
                : string.Empty;
            return;
        }

        var lastPage = Math.Max(1, (result.Total + query.PageSize - 1) / query.PageSize);
        var links = new List<string>();
        string Link(long page, string rel) => "<" + prefix + "pageSize=" + query.PageSize + "&page=" + page.ToString(CultureInfo.InvariantCulture) + ">; rel=\"" + rel + "\"";
        if (query.Page > 1)
        {
            links.Add(Link(1, "first"));
            links.Add(Link(query.Page - 1, "prev"));
        }
        if (query.Page < lastPage) links.Add(Link(query.Page + 1, "next"));
        if (query.Page != lastPage) links.Add(Link(lastPage, "last"));
        if (links.Count > 0) context.Response.Headers["Link"] = string.Join(", ", links);
    }

    /// <summary>The request's query parameters other than page, pageSize and pageId, raw, each followed by '&amp;'.</summary>
    private static string KeptQuery(HttpRequest request)
    {
        var raw = request.QueryString.HasValue ? request.QueryString.Value!.TrimStart('?') : string.Empty;
        var kept = new StringBuilder();
        foreach (var part in raw.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Uri.UnescapeDataString(part.Split('=')[0]);
            if (key.Equals("page", StringComparison.OrdinalIgnoreCase) || key.Equals("pageSize", StringComparison.OrdinalIgnoreCase) ||
                key.Equals("pageId", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            kept.Append(part).Append('&');
        }
        return kept.ToString();
    }
}
