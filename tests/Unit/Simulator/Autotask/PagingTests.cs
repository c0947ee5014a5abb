using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>Paging through nextPageUrl (psa-api.md B3 "Pagination", "Query response shape").</summary>
public class PagingTests : IClassFixture<SimulatorFixture>
{
    private const string Filter = """{"filter":[{"op":"eq","field":"companyID","value":174}]}""";

    private readonly SimulatorFixture _fixture;

    public PagingTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
    }

    public enum Follow
    {
        PostWithBody,
        PostWithoutBody,
        GetWithSearch,
    }

    [Theory]
    [InlineData(0, Follow.PostWithBody)]
    [InlineData(1, Follow.PostWithBody)]
    [InlineData(500, Follow.PostWithBody)]
    [InlineData(501, Follow.PostWithBody)]
    [InlineData(1001, Follow.PostWithBody)]
    [InlineData(1001, Follow.PostWithoutBody)]
    [InlineData(0, Follow.GetWithSearch)]
    [InlineData(1, Follow.GetWithSearch)]
    [InlineData(500, Follow.GetWithSearch)]
    [InlineData(501, Follow.GetWithSearch)]
    [InlineData(1001, Follow.GetWithSearch)]
    public async Task B3_following_nextPageUrl_returns_every_record_once_in_id_order(int count, Follow follow)
    {
        _fixture.SeedContacts(count);

        var pages = await Walk(follow);

        var ids = pages.SelectMany(p => AutotaskApi.Ids(p)).ToArray();
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), ids);
        Assert.Equal(Math.Max(1, (count + 499) / 500), pages.Count);
        Assert.All(pages, p => Assert.Equal(500, (int)p["pageDetails"]!["requestCount"]!));
        Assert.Equal(pages.Select(p => p["items"]!.AsArray().Count), pages.Select(p => (int)p["pageDetails"]!["count"]!));
        Assert.Null(pages[0]["pageDetails"]!["prevPageUrl"]);
        Assert.Null(pages[^1]["pageDetails"]!["nextPageUrl"]);
    }

    [Fact]
    public async Task B3_a_post_query_next_page_url_is_absolute_on_the_same_host_with_the_real_paging_shape()
    {
        _fixture.SeedContacts(501);

        var first = await _fixture.Query("Contacts", """[{"op":"eq","field":"companyID","value":174}]""");

        var next = new Uri((string)first["pageDetails"]!["nextPageUrl"]!);
        Assert.Equal(_fixture.Sim.BaseUrl.Authority, next.Authority);
        Assert.EndsWith("/V1.0/Contacts/query/next", next.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        var paging = JsonNode.Parse(Query(next)["paging"])!;
        Assert.Equal(500, (int)paging["pageSize"]!);
        Assert.Equal(new long[] { -1 }, paging["previousIds"]!.AsArray().Select(n => (long)n!));
        Assert.Equal(new long[] { 500 }, paging["nextIds"]!.AsArray().Select(n => (long)n!));
        Assert.False(Query(next).ContainsKey("search"));
    }

    [Fact]
    public async Task B3_get_on_a_post_query_next_page_url_is_405_with_the_web_api_message()
    {
        _fixture.SeedContacts(501);
        var first = await _fixture.Post("Contacts/query", Filter);

        var response = await _fixture.Get((string)first.Json["pageDetails"]!["nextPageUrl"]!);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("The requested resource does not support http method 'GET'.", (string)response.Json["Message"]!);
    }

    [Fact]
    public async Task B3_a_get_query_next_page_url_carries_search_and_answers_get()
    {
        _fixture.SeedContacts(501);
        var first = await _fixture.Get("Contacts/query?search=" + Uri.EscapeDataString(Filter));

        var next = (string)first.Json["pageDetails"]!["nextPageUrl"]!;
        Assert.Equal(Filter, Query(new Uri(next))["search"]);
        var second = await _fixture.Get(next);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(new long[] { 501 }, AutotaskApi.Ids(second.Json));
    }

    [Fact]
    public async Task B3_later_pages_have_a_prevPageUrl_that_leads_back()
    {
        _fixture.SeedContacts(1001);
        var pages = await Walk(Follow.PostWithBody);

        var back = await _fixture.Post((string)pages[2]["pageDetails"]!["prevPageUrl"]!, Filter);

        Assert.Equal(AutotaskApi.Ids(pages[1]), AutotaskApi.Ids(back.Json));
        var first = await _fixture.Post((string)back.Json["pageDetails"]!["prevPageUrl"]!, Filter);
        Assert.Equal(AutotaskApi.Ids(pages[0]), AutotaskApi.Ids(first.Json));
        Assert.Null(first.Json["pageDetails"]!["prevPageUrl"]);
    }

    [Fact]
    public async Task B3_include_fields_and_page_size_survive_a_bodiless_next_page_post()
    {
        _fixture.SeedContacts(5);
        var first = await _fixture.Post("Contacts/query", """{"filter":[{"op":"gte","field":"id","value":0}],"MaxRecords":2,"IncludeFields":["lastName"]}""");

        var second = await _fixture.Post((string)first.Json["pageDetails"]!["nextPageUrl"]!, null);

        Assert.Equal(new long[] { 3, 4 }, AutotaskApi.Ids(second.Json));
        Assert.Equal(new[] { "id", "lastName", "userDefinedFields" }, second.Json["items"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(2, (int)second.Json["pageDetails"]!["requestCount"]!);
    }

    [Fact]
    public async Task B3_child_collection_get_pages_a_companys_contacts()
    {
        _fixture.SeedContacts(501);

        var first = await _fixture.Get("Companies/174/Contacts");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(500, AutotaskApi.Ids(first.Json).Length);
        var second = await _fixture.Get((string)first.Json["pageDetails"]!["nextPageUrl"]!);

        Assert.Equal(new long[] { 501 }, AutotaskApi.Ids(second.Json));
        Assert.Null(second.Json["pageDetails"]!["nextPageUrl"]);
        var empty = await _fixture.Get("Companies/175/Contacts");
        Assert.Empty(AutotaskApi.Ids(empty.Json));
    }

    [Fact]
    public async Task B3_paging_through_25000_contacts_500_at_a_time()
    {
        _fixture.SeedContacts(25_000);

        var pages = await Walk(Follow.PostWithoutBody);

        Assert.Equal(50, pages.Count);
        Assert.Equal(25_000, pages.Sum(p => AutotaskApi.Ids(p).Length));
        Assert.Equal(25_000L, AutotaskApi.Ids(pages[^1]).Last());
    }

    private async Task<List<JsonObject>> Walk(Follow follow)
    {
        var pages = new List<JsonObject>();
        var first = follow == Follow.GetWithSearch
            ? await _fixture.Get("Contacts/query?search=" + Uri.EscapeDataString(Filter))
            : await _fixture.Post("Contacts/query", Filter);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        pages.Add(first.Json);
        while ((string?)pages[^1]["pageDetails"]!["nextPageUrl"] is { } next)
        {
            var page = follow switch
            {
                Follow.PostWithBody => await _fixture.Post(next, Filter),
                Follow.PostWithoutBody => await _fixture.Post(next, null),
                _ => await _fixture.Get(next),
            };
            Assert.Equal(HttpStatusCode.OK, page.Status);
            pages.Add(page.Json);
            Assert.True(pages.Count < 100, "paging does not end");
        }
        return pages;
    }

    private static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
}
