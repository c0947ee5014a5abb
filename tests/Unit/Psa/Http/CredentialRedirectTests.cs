using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Psa.Autotask;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>
/// A server that redirects to the same host on another port (here: a redirector in front of the simulator,
/// both on 127.0.0.1) is another origin: the credentials do not follow, and the connection check does not end
/// in "login accepted" with them stripped; it fails and says why.
/// </summary>
public class CredentialRedirectTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CredentialRedirectTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    [Fact]
    public async Task Autotask_credentials_do_not_follow_a_redirect_to_the_same_host_on_another_port()
    {
        using var redirector = LoopbackServer.RedirectingTo(_fixture.Sim.BaseUrl);
        var log = new ClientLog();
        using var client = _fixture.Client(log, info => info.ZoneUrl = new Uri(redirector.BaseUrl, "atservicesrest/"));

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Equal(307, ex.StatusCode);
        Assert.Contains("redirected to " + PsaUrls.Origin(_fixture.Sim.BaseUrl) + ", another origin than " + PsaUrls.Origin(redirector.BaseUrl), ex.Message);
        Assert.DoesNotContain(log.Verbose, line => line.Contains("login accepted"));
        // Nothing reached the other port: not the credentials, and not the request without them.
        Assert.Empty(_fixture.Sim.Requests.Entries());
        Assert.Single(redirector.Heads);
    }

    [Fact]
    public async Task ConnectWise_keys_do_not_follow_a_redirect_to_the_same_host_on_another_port()
    {
        using var redirector = LoopbackServer.RedirectingTo(_fixture.Sim.BaseUrl);
        using var client = new ConnectWiseClient(new ConnectWiseConnectionInfo
        {
            Server = "127.0.0.1:" + redirector.Port,
            CompanyId = "qpsa",
            PublicKey = Secrets.ToSecure("qpsa-public"),
            PrivateKey = Secrets.ToSecure("qpsa-private"),
            ClientId = "qpsa-tests",
        }, new PsaHttpOptions { TimeProvider = TestClock.Immediate(), Output = PsaOutput.Silent });

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Contains("another origin", ex.Message);
        // Company info needs no credentials and may follow; the authenticated call never reached the simulator.
        var reached = _fixture.Sim.Requests.Entries();
        Assert.All(reached, e => Assert.Contains("/login/companyinfo/", e.Path));
        Assert.DoesNotContain(reached, e => e.Path.EndsWith("system/info", StringComparison.Ordinal));
    }
}
