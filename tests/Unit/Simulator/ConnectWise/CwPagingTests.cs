using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>psa-api.md A4 "Pagination": navigable and forward-only paging over 0, 1, 1000 and 1001 records; fields; orderBy.</summary>
public class CwPagingTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwPagingTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    private string Url(string pathAndQuery) => _fixture.Sim.BaseUrl + Cw.Api + pathAndQuery;

    private static void ForwardOnly(HttpRequestMessage request) => request.Headers.Add("pagination-type", "forward-only");

    private async Task<(int[] Ids, string? Link, HttpStatusCode Status)> Page(string path, bool forwardOnly = false)
    {
        var response = await Cw.Get(_fixture, path, forwardOnly ? ForwardOnly : null);
        var ids = response.IsSuccessStatusCode ? (await Cw.Json(response)).AsArray().Select(n => (int)n!["id"]!).ToArray() : new int[0];
        return (ids, Cw.Link(response), response.StatusCode);
    }

    [Theory] // psa-api.md A4: a result that fits one page has no navigable Link (first/prev and next/last are left out)
    [InlineData(0)]
    [InlineData(1)]
    public async Task A4_navigable_zero_or_one_record_has_no_Link(int count)
    {
        _fixture.Sim.Seed(Cw.ManyContacts(count));

        var (ids, link, status) = await Page("company/contacts");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Enumerable.Range(1, count).ToArray(), ids);
        Assert.Null(link);
    }

    [Fact] // psa-api.md A4: pageSize default 25; Link shaped like the vendor example (page 1: next and last only)
    public async Task A4_navigable_1000_records_default_page_size_25()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(1000));

        var (ids, link, _) = await Page("company/contacts");

        Assert.Equal(Enumerable.Range(1, 25).ToArray(), ids);
        Assert.Equal("<" + Url("company/contacts?pageSize=25&page=2") + ">; rel=\"next\", <" + Url("company/contacts?pageSize=25&page=40") + ">; rel=\"last\"", link);
    }

    [Fact] // psa-api.md A4: 1000 records at pageSize 1000 is one page
    public async Task A4_navigable_1000_records_in_one_page_of_1000()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(1000));

        var (ids, link, _) = await Page("company/contacts?pageSize=1000");

        Assert.Equal(1000, ids.Length);
        Assert.Equal(1000, ids[^1]);
        Assert.Null(link);
    }

    [Fact] // psa-api.md A4: 1001 records -> two pages; prev/first on page 2; [] with 200 past the end
    public async Task A4_navigable_1001_records()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(1001));

        var first = await Page("company/contacts?pageSize=1000&page=1");
        Assert.Equal(Enumerable.Range(1, 1000).ToArray(), first.Ids);
        Assert.Equal("<" + Url("company/contacts?pageSize=1000&page=2") + ">; rel=\"next\", <" + Url("company/contacts?pageSize=1000&page=2") + ">; rel=\"last\"", first.Link);

        var second = await Page("company/contacts?page=2&pageSize=1000");
        Assert.Equal(new[] { 1001 }, second.Ids);
        Assert.Equal("<" + Url("company/contacts?pageSize=1000&page=1") + ">; rel=\"first\", <" + Url("company/contacts?pageSize=1000&page=1") + ">; rel=\"prev\"", second.Link);

        var past = await Page("company/contacts?pageSize=1000&page=3");
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Empty(past.Ids);
    }

    [Fact] // psa-api.md A4: a middle page has all four links, and the other query parameters are kept
    public async Task A4_navigable_middle_page_keeps_conditions_in_its_links()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(100));
        var conditions = "conditions=" + Cw.Q("id > 10");

        var (ids, link, _) = await Page("company/contacts?" + conditions + "&pageSize=20&page=2");

        Assert.Equal(Enumerable.Range(31, 20).ToArray(), ids);
        string L(int page, string rel) => "<" + Url("company/contacts?" + conditions + "&pageSize=20&page=" + page) + ">; rel=\"" + rel + "\"";
        Assert.Equal(string.Join(", ", L(1, "first"), L(1, "prev"), L(3, "next"), L(5, "last")), link);
    }

    [Fact] // psa-api.md A4/F: pageSize above 1000 is clamped to 1000 (documented guess); pageSize 0 is 400
    public async Task A4_page_size_above_1000_is_clamped()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(1001));

        var (ids, link, _) = await Page("company/contacts?pageSize=5000");

        Assert.Equal(1000, ids.Length);
        Assert.Contains("pageSize=1000&page=2", link);
        Assert.Equal(HttpStatusCode.BadRequest, (await Cw.Get(_fixture, "company/contacts?pageSize=0")).StatusCode);
    }

    [Theory] // psa-api.md A4 forward-only: 0, 1 or 1000 records at pageSize 1000 -> one page and an EMPTY Link header
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public async Task A4_forward_only_single_page_sends_an_empty_Link(int count)
    {
        _fixture.Sim.Seed(Cw.ManyContacts(count));

        var (ids, link, status) = await Page("company/contacts?pageSize=1000", forwardOnly: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Enumerable.Range(1, count).ToArray(), ids);
        Assert.Equal(string.Empty, link); // present, but empty: "done"
    }

    [Fact] // psa-api.md A4 forward-only: <...pageSize=N&pageId=LAST>; rel="next", then an empty Link on the last page
    public async Task A4_forward_only_1001_records()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(1001));

        var first = await Page("company/contacts?pageSize=1000", forwardOnly: true);
        Assert.Equal(Enumerable.Range(1, 1000).ToArray(), first.Ids);
        Assert.Equal("<" + Url("company/contacts?pageSize=1000&pageId=1000") + ">; rel=\"next\"", first.Link);

        // Follow the link exactly as CW-CTC does: Link.Split(';')[0].Trim('<','>').
        var next = first.Link!.Split(';')[0].Trim('<', '>');
        var request = Cw.Request(HttpMethod.Get, "/" + next.Substring(_fixture.Sim.BaseUrl.ToString().Length));
        ForwardOnly(request);
        var response = await _fixture.Http.SendAsync(request);
        Assert.Equal(new[] { 1001 }, (await Cw.Json(response)).AsArray().Select(n => (int)n!["id"]!).ToArray());
        Assert.Equal(string.Empty, Cw.Link(response));
    }

    [Fact] // psa-api.md A4 forward-only: page is ignored, ids above pageId in id order, filters still apply
    public async Task A4_forward_only_ignores_page_and_filters_by_pageId()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(50));

        var (ids, link, _) = await Page("company/contacts?page=7&pageSize=10&pageId=20&conditions=" + Cw.Q("lastName != 'Last25'"), forwardOnly: true);

        Assert.Equal(new[] { 21, 22, 23, 24, 26, 27, 28, 29, 30, 31 }, ids);
        Assert.Equal("<" + Url("company/contacts?conditions=" + Cw.Q("lastName != 'Last25'") + "&pageSize=10&pageId=31") + ">; rel=\"next\"", link);
    }

    [Fact] // psa-api.md A4 forward-only: "orderBy cannot be used" -> 400
    public async Task A4_forward_only_rejects_orderBy()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(3));

        var response = await Cw.Get(_fixture, "company/contacts?orderBy=" + Cw.Q("lastName desc"), ForwardOnly);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("orderBy", (string)(await Cw.Json(response))["message"]!);
    }

    [Fact] // psa-api.md A4 orderBy: "name asc", "id desc", several keys; unknown field is 400
    public async Task A4_orderBy()
    {
        _fixture.Seed(Cw.StandardSeed);

        Assert.Equal(new[] { 1005, 1004, 1003, 1002, 1001 }, await Cw.Ids(_fixture, "company/contacts?orderBy=" + Cw.Q("id desc")));
        Assert.Equal(new[] { 1005, 1004, 1001, 1002, 1003 }, await Cw.Ids(_fixture, "company/contacts?orderBy=" + Cw.Q("lastName asc")));
        Assert.Equal(new[] { 1005, 1002, 1001, 1003, 1004 }, await Cw.Ids(_fixture, "company/contacts?orderBy=" + Cw.Q("company/name asc, firstName DESC")));
        Assert.Equal(new[] { 251, 250 }, await Cw.Ids(_fixture, "company/companies?orderBy=" + Cw.Q("name desc")));
        Assert.Equal(new[] { 1003, 1002 }, await Cw.Ids(_fixture, "company/contacts?orderBy=" + Cw.Q("lastName desc") + "&pageSize=2"));

        var bad = await Cw.Get(_fixture, "company/contacts?orderBy=" + Cw.Q("nosuch asc"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("ApiFindCondition", (string)(await Cw.Json(bad))["code"]!);
    }

    [Fact] // psa-api.md A4 fields: comma list with nested a/b paths, on lists and single records
    public async Task A4_fields_projection()
    {
        _fixture.Seed(Cw.StandardSeed);

        var list = (await Cw.Json(await Cw.Get(_fixture, "company/contacts?conditions=id=1001&fields=" + Cw.Q("id,firstName,company/name,communicationItems/value")))).AsArray();
        var one = Assert.Single(list)!.AsObject();
        Assert.Equal(new[] { "id", "firstName", "company", "communicationItems" }, one.Select(p => p.Key).ToArray());
        Assert.Equal("""{"name":"Contoso Ltd"}""", one["company"]!.ToJsonString());
        var items = one["communicationItems"]!.AsArray();
        Assert.All(items, i => Assert.Equal(new[] { "value" }, i!.AsObject().Select(p => p.Key).ToArray()));
        Assert.Equal(new[] { "ann.lee@contoso.com", "+1 206 555 0100" }, items.Select(i => (string)i!["value"]!).ToArray());

        var company = (await Cw.Json(await Cw.Get(_fixture, "company/companies/251?fields=id,NAME,status/id"))).AsObject();
        Assert.Equal("""{"id":251,"name":"Fabrikam Inc","status":{"id":2}}""", company.ToJsonString());
    }

    [Fact] // psa-api.md A4 + task brief: 25,000 contacts page in 1000s, both ways, every id exactly once
    public async Task A4_25000_contacts_page_through_completely()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(25_000));

        var seen = new System.Collections.Generic.List<int>();
        string? next = "company/contacts?pageSize=1000";
        while (next != null)
        {
            var response = await Cw.Get(_fixture, next, ForwardOnly);
            seen.AddRange((await Cw.Json(response)).AsArray().Select(n => (int)n!["id"]!));
            var link = Cw.Link(response);
            next = string.IsNullOrEmpty(link) ? null : link.Split(';')[0].Trim('<', '>').Substring((_fixture.Sim.BaseUrl + Cw.Api).Length);
        }
        Assert.Equal(Enumerable.Range(1, 25_000), seen);

        var last = await Page("company/contacts?pageSize=1000&page=25");
        Assert.Equal(24_001, last.Ids[0]);
        Assert.Equal(1000, last.Ids.Length);
    }
}
