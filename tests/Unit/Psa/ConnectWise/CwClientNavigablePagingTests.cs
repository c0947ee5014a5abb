using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Psa.Http;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>
/// psa-api.md A4: a server that ignores <c>pagination-type: forward-only</c> pages navigably, the default. Without a Link header
/// the client reads page 2, 3, ... of the same size until a short or empty page (round 63c: it sent pageId=LAST, got page 1
/// again and failed with "The server repeated records while paging"); with navigable links it follows rel="next".
/// </summary>
public class CwClientNavigablePagingTests
{
    public sealed class NoLinkSim : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { ConnectWise = { ForwardOnlyPaging = false, LinkHeaders = false } };
    }

    public sealed class NavigableSim : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { ConnectWise = { ForwardOnlyPaging = false } };
    }

    public class WithoutLink : IClassFixture<NoLinkSim>
    {
        private readonly NoLinkSim _fixture;

        public WithoutLink(NoLinkSim fixture)
        {
            _fixture = fixture;
            fixture.Sim.Reset();
        }

        [Theory]
        [InlineData(0, 1)]
        [InlineData(999, 1)]
        [InlineData(1000, 2)]  // a full page, then an empty one
        [InlineData(1001, 2)]
        [InlineData(2500, 3)]
        public async Task Every_contact_comes_back_page_by_page_until_a_short_or_empty_page(int count, int requests)
        {
            _fixture.Sim.Seed(Cw.ManyContacts(count));
            using var h = new CwClientHarness(_fixture);

            var contacts = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "1" }, null, CancellationToken.None);

            Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), contacts.Select(c => c.Id));
            var lists = await h.Logged("company/contacts");
            Assert.Equal(requests, lists.Count);
            Assert.All(lists, e => Assert.Equal(200, e.Status));
            Assert.All(lists, e => Assert.Contains("pageSize=1000", e.Query));
            Assert.All(lists, e => Assert.Contains("conditions=company%2Fid%3D1", e.Query));
            Assert.All(lists, e => Assert.DoesNotContain("pageId", e.Query));
            Assert.Equal(Enumerable.Range(2, requests - 1).Select(p => "page=" + p), lists.Skip(1).Select(e => e.Query.Split('&').Single(q => q.StartsWith("page=", StringComparison.Ordinal))));
            // The forward-only header goes with the first request only: the pages after it are navigable.
            var sent = h.Sent.Where(r => r.Url.AbsolutePath.EndsWith("company/contacts", StringComparison.Ordinal)).ToList();
            Assert.True(sent[0].Headers.ContainsKey("pagination-type"));
            Assert.All(sent.Skip(1), r => Assert.False(r.Headers.ContainsKey("pagination-type")));
            if (requests > 1) Assert.Contains(h.Verbose, v => v.Contains("without a Link header", StringComparison.Ordinal));
        }
    }

    public class WithNavigableLinks : IClassFixture<NavigableSim>
    {
        private readonly NavigableSim _fixture;

        public WithNavigableLinks(NavigableSim fixture)
        {
            _fixture = fixture;
            fixture.Sim.Reset();
        }

        [Fact]
        public async Task The_next_link_is_followed()
        {
            _fixture.Sim.Seed(Cw.ManyContacts(2001));
            using var h = new CwClientHarness(_fixture);

            var contacts = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "1" }, null, CancellationToken.None);

            Assert.Equal(2001, contacts.Select(c => c.Id).Distinct().Count());
            Assert.Equal(3, (await h.Logged("company/contacts")).Count);
        }
    }

    /// <summary>A server that answers page 1 whatever page is asked for, without a Link: the repeated-records check stops it.</summary>
    [Fact]
    public async Task A_server_that_repeats_its_first_page_stops_paging_with_an_error_instead_of_looping()
    {
        var page = new StringBuilder("[");
        for (var i = 1; i <= CwConnection.PageSize; i++) page.Append(i == 1 ? string.Empty : ",").Append("{\"id\":").Append(i).Append(",\"firstName\":\"F").Append(i).Append("\",\"lastName\":\"L\",\"company\":{\"id\":7}}");
        var rows = page.Append(']').ToString();
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, """{"CompanyName":"acme","Codebase":"v4_6_release/"}""")
            .Then(HttpStatusCode.OK, rows)
            .Then(HttpStatusCode.OK, rows);
        using var client = new ConnectWiseClient(new ConnectWiseConnectionInfo
        {
            Server = "na.myconnectwise.net", CompanyId = "acme", PublicKey = Secrets.ToSecure("pub-key"), PrivateKey = Secrets.ToSecure("priv-key"), ClientId = "cid",
        }, new PsaHttpOptions { Handler = handler, TimeProvider = TestClock.Immediate(), Output = PsaOutput.Silent });

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None));

        Assert.Contains("GET /v4_6_release/apis/3.0/company/contacts?", ex.Message);
        Assert.Contains(" answered HTTP 200, but the server repeated records while paging (id 1 after 1000)", ex.Message); // round 63c: not "failed with HTTP 200"
        Assert.Equal(3, handler.Sent.Count);
        Assert.Contains("page=2", handler.Sent[2].Url.Query);
    }
}
