using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>psa-api.md A1: codebase discovery, Basic auth, clientId, the Accept version; each wrong value named; no secret in any text.</summary>
public class CwClientAuthTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwClientAuthTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    [Fact]
    public async Task Validate_asks_company_info_without_auth_then_the_api_with_every_header()
    {
        using var h = new CwClientHarness(_fixture);

        await h.Client.ValidateAsync(CancellationToken.None);
        await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250" }, null, CancellationToken.None);

        var sent = h.Sent;
        Assert.Equal(3, sent.Count);
        Assert.Equal("/login/companyinfo/qpsa", sent[0].Url.AbsolutePath);
        Assert.Equal("http", sent[0].Url.Scheme); // loopback: the simulator
        Assert.False(sent[0].Headers.ContainsKey("Authorization"));
        Assert.Equal("/v4_6_release/apis/3.0/system/info", sent[1].Url.AbsolutePath);
        foreach (var request in sent.Skip(1))
        {
            Assert.Equal("Basic " + h.Token, request.Headers["Authorization"]);
            Assert.Equal("qpsa-tests", request.Headers["clientId"]);
            Assert.Equal("application/vnd.connectwise.com+json; version=2025.1", request.Headers["Accept"]);
        }
        Assert.False(sent[1].Headers.ContainsKey("pagination-type"));
        Assert.Equal("forward-only", sent[2].Headers["pagination-type"]);
        Assert.Contains("pageSize=1000", sent[2].Url.Query);
        Assert.Equal(1, _fixture.Sim.Requests.Entries().Count(e => e.Path.StartsWith("/login/companyinfo/"))); // discovery cached
        h.AssertNoSecrets();
    }

    [Fact]
    public async Task The_api_version_asked_for_goes_in_the_Accept_header()
    {
        using var h = new CwClientHarness(_fixture, apiVersion: "2019.1");

        await h.Client.ValidateAsync(CancellationToken.None);

        Assert.Equal("application/vnd.connectwise.com+json; version=2019.1", h.Sent.Last().Headers["Accept"]);
    }

    [Fact]
    public async Task Unknown_company_id_names_the_company_id()
    {
        using var h = new CwClientHarness(_fixture, company: "nosuchcompany");

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.ValidateAsync(CancellationToken.None));

        Assert.Equal("UnknownCompany", ex.ErrorCode);
        Assert.Contains("company id", ex.Hint);
        // Round 63c: an answer that came (JSON null) is not a failed request: not "failed with HTTP 200 (UnknownCompany)".
        Assert.StartsWith("ConnectWise GET /login/companyinfo/nosuchcompany answered HTTP 200, but the server does not know the company id 'nosuchcompany'. Check the company id", ex.Message);
        Assert.Single(h.Sent); // nothing with credentials was sent
        h.AssertNoSecrets(ex);
    }

    [Theory]
    [InlineData("wrong-public-key-7", CwClientHarness.PrivateKey)]
    [InlineData(CwClientHarness.PublicKey, "wrong-private-key-7")]
    public async Task Wrong_key_is_401_naming_the_keys_and_no_key_appears_anywhere(string publicKey, string privateKey)
    {
        using var h = new CwClientHarness(_fixture, publicKey: publicKey, privateKey: privateKey);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.ValidateAsync(CancellationToken.None));

        Assert.Equal(401, ex.StatusCode);
        Assert.True(ex.IsAuthenticationFailure);
        Assert.Equal("Unauthorized", ex.ErrorCode);
        Assert.Contains("public key and private key", ex.Hint);
        Assert.Contains(ex.Hint!, ex.Message);
        // The server's own "Check the company id, public key and private key." is left out beside the hint: the advice once (round 63a).
        Assert.Contains("The API member could not be authenticated.", ex.Message);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ex.Message, "Check "));
        Assert.Contains(ex.Messages, m => m.Contains("Check the company id")); // the answer itself is kept as it came
        Assert.NotEmpty(h.Debug); // the requests were logged (redacted)
        h.AssertNoSecrets(ex);
    }

    [Fact]
    public async Task Missing_clientId_names_the_clientId()
    {
        using var h = new CwClientHarness(_fixture, clientId: "");

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.ValidateAsync(CancellationToken.None));

        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("clientId", ex.Hint);
        Assert.DoesNotContain("private key", ex.Hint);
        Assert.False(h.Sent.Last().Headers.ContainsKey("clientId"));
        h.AssertNoSecrets(ex);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_names_the_server()
    {
        using var h = new CwClientHarness(_fixture, server: "127.0.0.1:1");
        h.Options.MaxAttempts = 2;

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.ValidateAsync(CancellationToken.None));

        Assert.Null(ex.StatusCode);
        Assert.Contains("server address", ex.Hint);
        h.AssertNoSecrets(ex);
    }

    [Fact]
    public async Task Errors_on_later_calls_keep_secrets_out_too()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.CreateContactAsync(new Core.Psa.NewPsaContact { CompanyId = "99999", FirstName = "No", LastName = "Company" }, CancellationToken.None));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("InvalidObject", ex.ErrorCode);
        h.AssertNoSecrets(ex);
    }
}

/// <summary>A simulator whose company runs on a cloud codebase.</summary>
public class CloudCodebaseSimulatorFixture : SimulatorFixture
{
    protected override PsaSimulatorOptions Options() => new() { ConnectWise = { Codebase = "v2025_1/" } };
}

/// <summary>psa-api.md A1: the codebase company info names is the one the API is called on.</summary>
public class CwClientCodebaseTests : IClassFixture<CloudCodebaseSimulatorFixture>
{
    private readonly CloudCodebaseSimulatorFixture _fixture;

    public CwClientCodebaseTests(CloudCodebaseSimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    [Fact]
    public async Task The_discovered_codebase_is_used()
    {
        using var h = new CwClientHarness(_fixture);

        var contacts = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250", IncludeInactive = true }, null, CancellationToken.None);

        Assert.Equal(2, contacts.Count);
        Assert.Equal("/v2025_1/apis/3.0/company/contacts", h.Sent.Last().Url.AbsolutePath);
    }
}
