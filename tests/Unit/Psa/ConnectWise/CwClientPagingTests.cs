using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>psa-api.md A4 forward-only paging: every record, exactly ceil(n/1000) list requests (one for none).</summary>
public class CwClientPagingTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwClientPagingTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    private sealed class ListProgress : IProgress<int>
    {
        public List<int> Reports { get; } = new();
        public void Report(int value) => Reports.Add(value); // called synchronously by the client
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(25_000)]
    public async Task A4_every_contact_comes_back_in_ceil_n_over_1000_requests(int count)
    {
        _fixture.Sim.Seed(Cw.ManyContacts(count));
        using var h = new CwClientHarness(_fixture);
        var progress = new ListProgress();

        var contacts = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "1" }, progress, CancellationToken.None);

        Assert.Equal(count, contacts.Count);
        Assert.Equal(count, contacts.Select(c => c.Id).Distinct().Count());
        if (count > 0)
        {
            Assert.Equal("First1", contacts[0].FirstName);
            Assert.Equal("Last" + count, contacts[^1].LastName);
        }
        var expectedRequests = Math.Max(1, (count + 999) / 1000);
        var lists = await h.Logged("company/contacts");
        Assert.Equal(expectedRequests, lists.Count);
        Assert.All(lists, e => Assert.Equal(200, e.Status));
        Assert.All(lists, e => Assert.Contains("pageSize=1000", e.Query));
        Assert.Equal(expectedRequests, progress.Reports.Count);
        Assert.Equal(count, progress.Reports.Last());
        Assert.Equal(progress.Reports.OrderBy(x => x), progress.Reports);
        // Later pages keep the filter: every request carries the company condition.
        Assert.All(lists, e => Assert.Contains("conditions=company%2Fid%3D1", e.Query));
    }

    [Fact]
    public async Task A4_companies_and_communication_types_are_paged_too()
    {
        var companies = new JsonArray();
        for (var i = 1; i <= 1001; i++) companies.Add(new JsonObject { ["identifier"] = "C" + i, ["name"] = "Company " + i });
        var types = new JsonArray();
        for (var i = 1; i <= 1001; i++) types.Add(new JsonObject { ["description"] = "Type " + i, ["phoneFlag"] = true });
        _fixture.Sim.Seed(new JsonObject { ["connectWise"] = new JsonObject { ["companies"] = companies, ["communicationTypes"] = types } });
        using var h = new CwClientHarness(_fixture);

        var all = await h.Client.GetCompaniesAsync(null, CancellationToken.None);
        var allTypes = await h.Client.GetCommunicationTypesAsync(CancellationToken.None);

        Assert.Equal(1001, all.Count);
        Assert.Equal(2, (await h.Logged("company/companies")).Count);
        Assert.Equal(1001, allTypes.Count);
        Assert.Equal(2, (await h.Logged("company/communicationTypes")).Count);
    }

    [Fact]
    public async Task A4_a_filtered_list_over_several_pages_keeps_its_filter()
    {
        var seed = Cw.ManyContacts(2500);
        var contacts = seed["connectWise"]!["contacts"]!.AsArray();
        for (var i = 0; i < contacts.Count; i++)
        {
            if (i % 2 == 1) contacts[i]!["inactiveFlag"] = true;
        }
        _fixture.Sim.Seed(seed);
        using var h = new CwClientHarness(_fixture);

        var active = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "1" }, null, CancellationToken.None);
        var all = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "1", IncludeInactive = true }, null, CancellationToken.None);

        Assert.Equal(1250, active.Count);
        Assert.All(active, c => Assert.True(c.Active));
        Assert.Equal(2500, all.Count);
        Assert.Equal(2 + 3, (await h.Logged("company/contacts")).Count);
    }
}
