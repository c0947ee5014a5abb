using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>
/// psa-api.md A4: an endpoint without forward-only paging ignores <c>pagination-type: forward-only</c> and pages navigably
/// (the options ForwardOnlyPaging = false and LinkHeaders = false, --cw-no-forward-only and --cw-no-link-header).
/// </summary>
public class CwNoForwardOnlyPagingTests : IClassFixture<CwNoForwardOnlyPagingTests.Sim>
{
    public sealed class Sim : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { ConnectWise = { ForwardOnlyPaging = false, LinkHeaders = false } };
    }

    private readonly Sim _fixture;

    public CwNoForwardOnlyPagingTests(Sim fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    private static void ForwardOnly(HttpRequestMessage request) => request.Headers.Add("pagination-type", "forward-only");

    [Fact]
    public async Task The_forward_only_header_is_ignored_pages_are_numbered_and_no_answer_carries_a_Link()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(25));

        var first = await Cw.Get(_fixture, "company/contacts?pageSize=10", ForwardOnly);
        var withPageId = await Cw.Get(_fixture, "company/contacts?pageSize=10&pageId=10", ForwardOnly);
        var third = await Cw.Get(_fixture, "company/contacts?pageSize=10&page=3", ForwardOnly);
        var past = await Cw.Get(_fixture, "company/contacts?pageSize=10&page=4", ForwardOnly);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(Enumerable.Range(1, 10), (await Cw.Json(first)).AsArray().Select(n => (int)n!["id"]!));
        Assert.Equal(Enumerable.Range(1, 10), (await Cw.Json(withPageId)).AsArray().Select(n => (int)n!["id"]!)); // a pageId is ignored: page 1 again
        Assert.Equal(Enumerable.Range(21, 5), (await Cw.Json(third)).AsArray().Select(n => (int)n!["id"]!));
        Assert.Empty((await Cw.Json(past)).AsArray());
        Assert.All(new[] { first, withPageId, third, past }, r => Assert.Null(Cw.Link(r)));
        // orderBy is no longer refused: the list is navigable.
        Assert.Equal(HttpStatusCode.OK, (await Cw.Get(_fixture, "company/contacts?orderBy=" + Cw.Q("lastName desc"), ForwardOnly)).StatusCode);
    }
}
