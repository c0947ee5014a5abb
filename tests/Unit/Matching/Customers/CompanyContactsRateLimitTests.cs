using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Psa.ConnectWise;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Matching.Customers;

/// <summary>ConnectWise answering 429 to parallel company reads: every company still read, backing off as Retry-After says (on the test clock).</summary>
public class CompanyContactsRateLimitTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _sim;

    public CompanyContactsRateLimitTests(SimulatorFixture sim)
    {
        _sim = sim;
        var companies = string.Join(",", Enumerable.Range(1, 12).Select(i => $$"""{ "id": {{i}}, "identifier": "C{{i}}", "name": "Company {{i}}" }"""));
        var contacts = string.Join(",", Enumerable.Range(1, 36).Select(i => $$"""{ "id": {{i}}, "firstName": "F{{i}}", "lastName": "L{{i}}", "company": { "id": {{(i - 1) % 12 + 1}} } }"""));
        _sim.Seed("{ \"connectWise\": { \"companies\": [" + companies + "], \"contacts\": [" + contacts + "] }, \"autotask\": { \"companies\": [], \"contacts\": [] } }");
    }

    [Fact]
    public async Task Parallel_company_reads_ride_out_429s_and_every_company_is_read()
    {
        using var h = new CwClientHarness(_sim);
        await h.SetFaults("""{ "rateLimitEveryNth": 3, "retryAfterSeconds": 2 }""");
        var companies = Enumerable.Range(1, 12).Select(i => new PsaCompany { Id = i.ToString(), Name = "Company " + i, Psa = "ConnectWise" }).ToList();

        var results = await CompanyContactsReader.ReadAsync(h.Client, companies, false, 4, null, CancellationToken.None);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.All(results, r => Assert.Equal(3, r.Contacts.Count));
        var logged = await h.Logged("company/contacts");
        Assert.Contains(logged, e => e.Status == 429);
        Assert.Equal(12, logged.Count(e => e.Status == 200));
        Assert.Contains(h.Verbose, line => line.Contains("HTTP 429"));
        await h.SetFaults("{}");
    }
}
