using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>
/// The simulator answers a one-company contact list from a per-company index (so a 60,000-contact MSP bench measures
/// the client, not the simulator's scan). The index must give exactly the rows a full scan gives, across pages, and
/// follow writes.
/// </summary>
public class CompanyIndexTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _sim;

    public CompanyIndexTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed(Seed());
        _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings());
    }

    /// <summary>Three companies whose contacts interleave by id; company 2 has 1,234 of them (two CW pages, three Autotask pages), some inactive.</summary>
    private static string Seed()
    {
        var cw = new List<string>();
        var at = new List<string>();
        for (var i = 1; i <= 3_000; i++)
        {
            var company = i % 5 == 0 ? 3 : i % 2 == 0 ? 2 : 1;
            var active = i % 7 != 0;
            cw.Add($$"""{ "id": {{i}}, "firstName": "F{{i}}", "lastName": "L{{i}}", "inactiveFlag": {{(!active).ToString().ToLowerInvariant()}}, "company": { "id": {{company}} } }""");
            at.Add($$"""{ "id": {{i}}, "companyID": {{company}}, "firstName": "F{{i}}", "lastName": "L{{i}}", "isActive": {{(active ? 1 : 0)}} }""");
        }
        var json = new StringBuilder();
        json.Append("""{ "connectWise": { "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true } ], "companies": [ { "id": 1, "identifier": "A", "name": "A" }, { "id": 2, "identifier": "B", "name": "B" }, { "id": 3, "identifier": "C", "name": "C" } ], "contacts": [ """)
            .Append(string.Join(",", cw)).Append("] }, \"autotask\": { \"companies\": [ { \"id\": 1, \"companyName\": \"A\" }, { \"id\": 2, \"companyName\": \"B\" }, { \"id\": 3, \"companyName\": \"C\" } ], \"contacts\": [ ")
            .Append(string.Join(",", at)).Append("] } }");
        return json.ToString();
    }

    private static IEnumerable<int> Expected(int company, bool includeInactive) =>
        Enumerable.Range(1, 3_000).Where(i => (i % 5 == 0 ? 3 : i % 2 == 0 ? 2 : 1) == company && (includeInactive || i % 7 != 0));

    private IPsaClient Client(string psa) => psa == "ConnectWise"
        ? new ConnectWiseClient(new ConnectWiseConnectionInfo
        {
            Server = _sim.Sim.ConnectWiseSite, CompanyId = "qpsa", ClientId = "tests", PublicKey = Secrets.ToSecure("qpsa-public"), PrivateKey = Secrets.ToSecure("qpsa-private"),
        }, new PsaHttpOptions())
        : new AutotaskClient(new AutotaskConnectionInfo
        {
            UserName = "api@qpsa.test", Secret = Secrets.ToSecure("qpsa-secret"), IntegrationCode = Secrets.ToSecure("QPSA-TRACKING"), ZoneUrl = _sim.Sim.AutotaskZoneUrl,
        }, new PsaHttpOptions());

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public async Task One_company_s_contacts_are_exactly_those_of_a_full_scan_on_every_page(string psa)
    {
        using var client = Client(psa);
        foreach (var company in new[] { 1, 2, 3 })
        {
            foreach (var inactive in new[] { false, true })
            {
                var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = company.ToString(), IncludeInactive = inactive }, null, CancellationToken.None);
                Assert.Equal(Expected(company, inactive), contacts.Select(c => int.Parse(c.Id)));
            }
        }
        Assert.Empty(await client.GetContactsAsync(new ContactQuery { CompanyId = "4" }, null, CancellationToken.None));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public async Task A_contact_created_after_a_read_is_in_the_next_read(string psa)
    {
        using var client = Client(psa);
        var before = await client.GetContactsAsync(new ContactQuery { CompanyId = "3" }, null, CancellationToken.None);

        var created = await client.CreateContactAsync(new NewPsaContact { CompanyId = "3", FirstName = "Nina", LastName = "New", Email = "nina.new@c.example", EmailTypeId = psa == "ConnectWise" ? 1 : null }, CancellationToken.None);

        var after = await client.GetContactsAsync(new ContactQuery { CompanyId = "3" }, null, CancellationToken.None);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Contains(after, c => c.Id == created.Id);
        Assert.DoesNotContain(await client.GetContactsAsync(new ContactQuery { CompanyId = "2" }, null, CancellationToken.None), c => c.Id == created.Id);
    }
}
