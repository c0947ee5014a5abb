using System.Globalization;
using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.ConnectWise.Conditions;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The query string of a list or count request, parsed once before the data is touched: conditions,
/// childConditions, orderBy, fields and paging (psa-api.md A4).
/// <list type="bullet">
/// <item>pageSize: default 25; above 1000 it is clamped to 1000 (GUESS: A4/F leave clamp vs 400 open;
/// clamping never hurts a client that asks for more); below 1 or not a number is 400.</item>
/// <item>page: 1-based, default 1; below 1 or not a number is 400 (GUESS). Past the last page: [] with 200.</item>
/// <item>forward-only (request header <c>pagination-type: forward-only</c>): page is ignored, results are
/// id &gt; pageId (default 0) in id order, and orderBy is refused with 400 (GUESS on the body).</item>
/// </list>
/// </summary>
internal sealed class CwListQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;

    public ConditionFilter? Filter { get; private init; }
    public CwOrderBy? OrderBy { get; private init; }
    public CwFieldProjection? Fields { get; private init; }
    public bool ForwardOnly { get; private init; }
    public int Page { get; private init; } = 1;
    public int PageSize { get; private init; } = DefaultPageSize;
    public long PageId { get; private init; }

    public static ConditionFilter? ParseFilter(HttpRequest request, CwModel model) =>
        ConditionFilter.Create(model, request.Query["conditions"].ToString(), request.Query["childConditions"].ToString(), request.Query["customFieldConditions"].ToString());

    /// <param name="forwardOnlyServed">False: the pagination-type header is ignored (an endpoint without forward-only paging).</param>
    public static CwListQuery Parse(HttpRequest request, CwModel model, bool forwardOnlyServed = true)
    {
        var forwardOnly = forwardOnlyServed && request.Headers["pagination-type"].ToString().Trim().Equals("forward-only", StringComparison.OrdinalIgnoreCase);
        var orderByText = request.Query["orderBy"].ToString();
        if (forwardOnly && !string.IsNullOrWhiteSpace(orderByText))
        {
            throw CwErrors.BadRequest("orderBy cannot be used with forward-only pagination: results are ordered by id.");
        }

        var pageSize = Integer(request, "pageSize") ?? DefaultPageSize;
        if (pageSize < 1) throw CwErrors.BadRequest("pageSize must be at least 1.");
        var page = forwardOnly ? 1 : Integer(request, "page") ?? 1;
        if (page < 1) throw CwErrors.BadRequest("page must be at least 1.");
        var pageId = forwardOnly ? Integer(request, "pageId") ?? 0 : 0;

        return new CwListQuery
        {
            Filter = ParseFilter(request, model),
            OrderBy = CwOrderBy.Parse(model, orderByText),
            Fields = CwFieldProjection.Parse(request.Query["fields"].ToString()),
            ForwardOnly = forwardOnly,
            Page = (int)Math.Min(page, int.MaxValue),
            PageSize = (int)Math.Min(pageSize, MaxPageSize),
            PageId = pageId,
        };
    }

    private static long? Integer(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CwErrors.BadRequest(name + " must be an integer.");
    }

    public int Count(ICwRows rows)
    {
        if (Filter == null) return rows.Count;
        var count = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (Filter.Matches(rows[i])) count++;
        }
        return count;
    }

    /// <summary>
    /// One page. Unfiltered navigable pages index straight into the id-ordered rows; filtered ones scan once
    /// (the total is needed for the last link); forward-only pages binary-search to pageId and stop one match
    /// after the page (to know whether a next link is due).
    /// </summary>
    public CwPageResult Execute(ICwRows rows)
    {
        var page = new List<JsonObject>(Math.Min(PageSize, rows.Count));
        if (ForwardOnly)
        {
            var more = false;
            for (var i = rows.IndexAfter(PageId); i < rows.Count; i++)
            {
                if (Filter != null && !Filter.Matches(rows[i])) continue;
                if (page.Count == PageSize)
                {
                    more = true;
                    break;
                }
                page.Add(rows[i]);
            }
            return new CwPageResult(page, -1, more);
        }

        var skip = (long)(Page - 1) * PageSize;
        if (Filter == null && OrderBy == null)
        {
            for (var i = skip; i < rows.Count && page.Count < PageSize; i++) page.Add(rows[(int)i]);
            return new CwPageResult(page, rows.Count, skip + page.Count < rows.Count);
        }

        var matches = new List<JsonObject>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (Filter == null || Filter.Matches(rows[i])) matches.Add(rows[i]);
        }
        if (OrderBy != null) matches.Sort(OrderBy);
        for (var i = skip; i < matches.Count && page.Count < PageSize; i++) page.Add(matches[(int)i]);
        return new CwPageResult(page, matches.Count, skip + page.Count < matches.Count);
    }
}

/// <summary>A page of rows; Total is -1 for forward-only pages (never counted).</summary>
internal sealed record CwPageResult(List<JsonObject> Rows, int Total, bool HasMore)
{
    /// <summary>The last row's id, read under the store lock (the next forward-only pageId).</summary>
    public long? LastId { get; } = Rows.Count > 0 ? ConnectWiseData.IntOf(Rows[^1]["id"]) : null;
}
