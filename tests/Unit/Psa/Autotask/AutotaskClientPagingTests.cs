using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.Autotask;

namespace QuickpassPsa.Tests.Psa.Autotask;

/// <summary>POST queries followed through pageDetails.nextPageUrl (psa-api.md B3 "Pagination"): complete, in the fewest requests.</summary>
public class AutotaskClientPagingTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public AutotaskClientPagingTests(SimulatorFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(499)]
    [InlineData(500)]
    [InlineData(501)]
    [InlineData(25_000)]
    public async Task Every_contact_comes_back_in_ceil_n_over_500_query_requests(int count)
    {
        _fixture.Sim.Reset();
        _fixture.SeedContacts(count);
        _fixture.Sim.Requests.Clear();
        var log = new ClientLog();
        var progress = new ConcurrentQueue<int>();
        using var client = _fixture.Client(log);

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, new SyncProgress(progress.Enqueue), CancellationToken.None);

        Assert.Equal(count, contacts.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString()), contacts.Select(c => c.Id));
        Assert.Equal(count, contacts.Select(c => c.Emails[0]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var pages = Math.Max(1, (count + 499) / 500);
        Assert.Equal(pages, _fixture.ContactQueryRequests());
        Assert.Equal(1, _fixture.Count("POST", "/Contacts/query"));
        Assert.Equal(pages - 1, _fixture.Count("POST", "/Contacts/query/next"));
        Assert.Equal(0, _fixture.Log().Count(e => e.Method == "GET" && e.Path.Contains("/query", StringComparison.OrdinalIgnoreCase)));
        Assert.All(_fixture.Log(), e => Assert.Equal(200, e.Status));

        // Progress: the running count after each page.
        Assert.Equal(Enumerable.Range(1, pages).Select(p => Math.Min(count, p * 500)), progress);
        Assert.Equal(pages, log.Verbose.Count(l => l.Contains("Contacts query page")));
    }

    [Fact]
    public async Task All_companies_page_too()
    {
        _fixture.Sim.Reset();
        var companies = new System.Text.Json.Nodes.JsonArray();
        for (var i = 1; i <= 1200; i++) companies.Add(new System.Text.Json.Nodes.JsonObject { ["id"] = 1000 + i, ["companyName"] = "Company " + i, ["isActive"] = true });
        _fixture.Sim.Seed(new System.Text.Json.Nodes.JsonObject { ["autotask"] = new System.Text.Json.Nodes.JsonObject { ["companies"] = companies } });
        _fixture.Sim.Requests.Clear();
        using var client = _fixture.Client();

        var all = await client.GetCompaniesAsync(null, CancellationToken.None);

        Assert.Equal(1201, all.Count); // company 0 (the owner) is always there
        Assert.Equal(3, _fixture.Count("POST", "/Companies/query") + _fixture.Count("POST", "/Companies/query/next"));
    }

    [Fact]
    public async Task Cancellation_stops_paging()
    {
        _fixture.Sim.Reset();
        _fixture.SeedContacts(3000);
        using var client = _fixture.Client();
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(n => { if (n >= 1000) cts.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, progress, cts.Token));

        Assert.True(_fixture.ContactQueryRequests() < 6);
    }

    /// <summary>An IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress : IProgress<int>
    {
        private readonly Action<int> _report;

        public SyncProgress(Action<int> report) => _report = report;

        public void Report(int value) => _report(value);
    }
}
