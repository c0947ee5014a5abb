using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Psa.Autotask;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.Autotask;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>
/// The clients' certificate check, for real: the simulator serves HTTPS with a self-signed certificate made at
/// start. Without trust it is a clear error naming the problem (never a silent bypass, never retried); with a
/// handler that trusts that certificate, both PSAs work over https, paging links included.
/// </summary>
public class HttpsTests : IClassFixture<HttpsTests.HttpsSimulator>
{
    public sealed class HttpsSimulator : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { Https = true };
    }

    private readonly HttpsSimulator _fixture;

    public HttpsTests(HttpsSimulator fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    private PsaHttpOptions Options(bool trust) => new()
    {
        Handler = trust ? TrustingHandler.For(_fixture.Sim.Certificate!) : null,
        TimeProvider = TestClock.Immediate(),
        Output = PsaOutput.Silent,
    };

    private ConnectWiseClient ConnectWise(bool trust) => new(new ConnectWiseConnectionInfo
    {
        Server = _fixture.Sim.ConnectWiseSite,
        CompanyId = "qpsa",
        PublicKey = Secrets.ToSecure("qpsa-public"),
        PrivateKey = Secrets.ToSecure("qpsa-private"),
        ClientId = "qpsa-tests",
    }, Options(trust));

    private AutotaskClient Autotask(bool trust) => new(new AutotaskConnectionInfo
    {
        UserName = "api@qpsa.test",
        Secret = Secrets.ToSecure("qpsa-secret"),
        IntegrationCode = Secrets.ToSecure("QPSA-TRACKING"),
        DiscoveryUrl = _fixture.Sim.AutotaskZoneUrl,
    }, Options(trust));

    [Fact]
    public void The_simulator_serves_https_on_loopback_with_a_self_signed_certificate()
    {
        Assert.Equal("https", _fixture.Sim.BaseUrl.Scheme);
        Assert.Equal("https://" + _fixture.Sim.BaseUrl.Authority, _fixture.Sim.ConnectWiseSite);
        Assert.Equal(_fixture.Sim.Certificate!.Subject, _fixture.Sim.Certificate.Issuer);
    }

    [Fact]
    public async Task ConnectWise_refuses_the_untrusted_certificate_with_an_error_that_names_the_problem()
    {
        using var client = ConnectWise(trust: false);

        var ex = await Assert.ThrowsAsync<PsaCertificateException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Contains("The server's certificate is not trusted: RemoteCertificateChainErrors", ex.Message);
        Assert.Contains("UntrustedRoot", ex.Problem);
        Assert.Contains("never switched off", ex.Hint);
        Assert.Null(ex.StatusCode);
        Assert.Empty(_fixture.Sim.Requests.Entries()); // no request got through the refused handshake
    }

    [Fact]
    public async Task Autotask_refuses_the_untrusted_certificate_at_the_zone_lookup()
    {
        using var client = Autotask(trust: false);

        var ex = await Assert.ThrowsAsync<PsaCertificateException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Contains("RemoteCertificateChainErrors", ex.Message);
        Assert.Empty(_fixture.Sim.Requests.Entries());
    }

    [Fact]
    public async Task ConnectWise_works_over_https_when_the_certificate_is_trusted_and_follows_https_page_links()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(1001));
        _fixture.Sim.Requests.Clear();
        using var client = ConnectWise(trust: true);

        await client.ValidateAsync(CancellationToken.None);
        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "1" }, null, CancellationToken.None);

        Assert.Equal(1001, contacts.Count);
        Assert.Equal("https", client.Endpoint!.Scheme);
        Assert.Equal(2, _fixture.Sim.Requests.Entries().Count(e => e.Path.EndsWith("/company/contacts", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Autotask_works_over_https_when_the_certificate_is_trusted_and_follows_https_page_links()
    {
        _fixture.SeedContacts(501);
        _fixture.Sim.Requests.Clear();
        using var client = Autotask(trust: true);

        await client.ValidateAsync(CancellationToken.None);
        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        Assert.Equal(501, contacts.Count);
        Assert.Equal(new Uri(_fixture.Sim.AutotaskZoneUrl, "V1.0/"), client.Endpoint);
        Assert.Equal(1, _fixture.Count("POST", "/Contacts/query/next"));
    }

    [Fact]
    public async Task Location_headers_and_next_page_links_carry_https()
    {
        _fixture.Sim.Seed(Cw.ManyContacts(3));
        var token = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("qpsa+qpsa-public:qpsa-private"));
        HttpRequestMessage Request(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, new Uri(_fixture.Sim.ConnectWiseApiUrl, path));
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + token);
            request.Headers.TryAddWithoutValidation("clientId", "qpsa-tests");
            return request;
        }

        var list = Request(HttpMethod.Get, "company/contacts?pageSize=1");
        list.Headers.TryAddWithoutValidation("pagination-type", "forward-only");
        var page = await _fixture.Http.SendAsync(list);
        var create = Request(HttpMethod.Post, "company/contacts");
        create.Content = SimulatorFixture.JsonBody("""{"firstName":"Zoë","lastName":"Ng","company":{"id":1}}""");
        var created = await _fixture.Http.SendAsync(create);
        var zone = await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("atservicesrest/v1.0/zoneInformation?user=api@qpsa.test"));

        Assert.StartsWith("<https://" + _fixture.Sim.BaseUrl.Authority + "/", string.Join(",", page.Headers.GetValues("Link")));
        Assert.Equal("https", created.Headers.Location!.Scheme);
        Assert.Equal(_fixture.Sim.AutotaskZoneUrl.ToString(), (string)zone!["url"]!);
    }
}
