using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Psa.Autotask;

/// <summary>Zone discovery (psa-api.md B1) and header auth with its odd statuses (B2), through AutotaskClient.</summary>
public class AutotaskClientAuthTests : IClassFixture<SimulatorFixture>
{
    private const string WrongSecret = "Wr0ng-Secret-7f3a9c";
    private const string WrongCode = "WRONG-TRACKING-55e1";

    private readonly SimulatorFixture _fixture;

    public AutotaskClientAuthTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.SeedAutotask(AutotaskClientHarness.Contact(30001, "Ann", "Lee", "ann.lee@contoso.com"));
    }

    [Fact]
    public async Task The_zone_is_looked_up_once_per_client_whatever_the_calls()
    {
        using var client = _fixture.Client();

        await client.ValidateAsync(CancellationToken.None);
        var companies = await client.GetCompaniesAsync(null, CancellationToken.None);
        var contoso = await client.GetCompanyAsync("174", CancellationToken.None);
        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetCompanyAsync("175", CancellationToken.None)));

        Assert.Equal(1, _fixture.Count("GET", "/zoneInformation"));
        Assert.Contains(companies, c => c.Name == "Contoso Ltd");
        Assert.Equal("CONTOSO", contoso!.Identifier);
        Assert.Equal("Ann", Assert.Single(contacts).FirstName);

        // A second client (a second connection) looks it up again.
        using var second = _fixture.Client();
        await second.ValidateAsync(CancellationToken.None);
        Assert.Equal(2, _fixture.Count("GET", "/zoneInformation"));
    }

    [Fact]
    public async Task A_given_zone_url_skips_the_lookup()
    {
        using var client = _fixture.Client(tweak: i => i.ZoneUrl = _fixture.Sim.AutotaskZoneUrl);

        await client.ValidateAsync(CancellationToken.None);
        var company = await client.GetCompanyAsync("174", CancellationToken.None);

        Assert.Equal("Contoso Ltd", company!.Name);
        Assert.Equal(0, _fixture.Count("GET", "/zoneInformation"));
        Assert.Equal(1, _fixture.Count("GET", "/ThresholdInformation"));
    }

    [Fact]
    public async Task A_zone_url_that_is_no_Autotask_api_says_check_the_zone_url()
    {
        using var client = _fixture.Client(tweak: i => i.ZoneUrl = new Uri(_fixture.Sim.BaseUrl, "atservicesrest/elsewhere/"));

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.ValidateAsync(CancellationToken.None));
        var missing = await Assert.ThrowsAsync<PsaApiException>(() => client.GetCompanyAsync("174", CancellationToken.None));

        Assert.Contains("Check the zone URL", ex.Message);
        Assert.Equal(404, missing.StatusCode); // not mistaken for "no such company"
    }

    [Theory]
    [InlineData("http://webservices3.autotask.net/atservicesrest/")]
    [InlineData("http://10.0.0.5/atservicesrest/")]
    public async Task A_plain_http_zone_off_loopback_is_refused_before_sending(string zone)
    {
        using var client = _fixture.Client(tweak: i => i.ZoneUrl = new Uri(zone));

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Contains("HTTPS", ex.Message);
        Assert.Empty(_fixture.Log());
    }

    [Fact]
    public async Task A_zone_url_holding_a_user_and_password_is_refused_without_echoing_them()
    {
        using var client = _fixture.Client(tweak: i => i.ZoneUrl = new Uri("https://api:Hunter2-Secret@webservices3.autotask.net/atservicesrest/"));

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Contains("user name or password", ex.Message);
        Assert.DoesNotContain("Hunter2", ex.ToString());
        Assert.Empty(_fixture.Log());
    }

    [Fact]
    public async Task A_plain_http_discovery_url_off_loopback_is_refused_too()
    {
        using var client = _fixture.Client(tweak: i => i.DiscoveryUrl = new Uri("http://webservices.autotask.net/atservicesrest/"));

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Contains("HTTPS", ex.Message);
    }

    [Fact]
    public async Task An_unknown_user_fails_at_the_zone_lookup_saying_check_the_user_name()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log, i => { i.UserName = "nobody@qpsa.test"; i.Secret = Secrets.ToSecure(WrongSecret); });

        var ex = await Assert.ThrowsAsync<AutotaskCredentialException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Equal(AutotaskCredential.UserName, ex.Credential);
        Assert.Equal(500, ex.StatusCode);
        Assert.True(ex.IsAuthenticationFailure);
        Assert.Contains("Check the user name", ex.Message);
        Assert.Contains("nobody@qpsa.test", ex.Message);
        Assert.Equal(0, _fixture.Count("GET", "/ThresholdInformation"));
        AssertNoSecrets(ex, log);
    }

    [Fact]
    public async Task An_unknown_user_with_a_given_zone_fails_at_the_login_saying_check_the_user_name()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log, i => { i.UserName = "nobody@qpsa.test"; i.ZoneUrl = _fixture.Sim.AutotaskZoneUrl; });

        var ex = await Assert.ThrowsAsync<AutotaskCredentialException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Equal(AutotaskCredential.UserName, ex.Credential);
        Assert.Equal(500, ex.StatusCode);
        Assert.Contains("Check the user name", ex.Message);
        AssertNoSecrets(ex, log);
    }

    [Fact]
    public async Task A_wrong_secret_is_401_saying_check_the_secret()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log, i => i.Secret = Secrets.ToSecure(WrongSecret));

        var ex = await Assert.ThrowsAsync<AutotaskCredentialException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Equal(AutotaskCredential.Secret, ex.Credential);
        Assert.Equal(401, ex.StatusCode);
        Assert.True(ex.IsAuthenticationFailure);
        Assert.Contains("Check the secret", ex.Message);
        AssertNoSecrets(ex, log, WrongSecret);
    }

    [Fact]
    public async Task A_wrong_integration_code_is_500_saying_check_the_integration_code()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log, i => i.IntegrationCode = Secrets.ToSecure(WrongCode));

        var ex = await Assert.ThrowsAsync<AutotaskCredentialException>(() => client.ValidateAsync(CancellationToken.None));

        Assert.Equal(AutotaskCredential.IntegrationCode, ex.Credential);
        Assert.Equal(500, ex.StatusCode);
        Assert.True(ex.IsAuthenticationFailure); // a credential refused with 500 is still an authentication failure
        Assert.Contains("Check the integration code", ex.Message);
        AssertNoSecrets(ex, log, WrongCode);
    }

    [Fact]
    public async Task A_wrong_credential_is_explained_on_any_call_not_only_on_validate()
    {
        using var client = _fixture.Client(tweak: i => i.IntegrationCode = Secrets.ToSecure(WrongCode));

        var ex = await Assert.ThrowsAsync<AutotaskCredentialException>(() =>
            client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None));

        Assert.Equal(AutotaskCredential.IntegrationCode, ex.Credential);
    }

    [Fact]
    public async Task A_successful_session_never_shows_the_secret_or_the_code_either()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log);

        await client.ValidateAsync(CancellationToken.None);
        await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);
        await client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Bo", LastName = "Ray", Email = "bo.ray@contoso.com" }, CancellationToken.None);

        Assert.NotEmpty(log.Debug);
        Assert.Contains(log.Debug, l => l.Contains("Secret: ***") && l.Contains("ApiIntegrationCode: ***"));
        AssertNoSecrets(null, log);
    }

    [Fact]
    public async Task Companies_by_name_all_and_by_id()
    {
        using var client = _fixture.Client();

        var all = await client.GetCompaniesAsync(null, CancellationToken.None);
        var byName = await client.GetCompaniesAsync("fabrikam", CancellationToken.None);
        var none = await client.GetCompaniesAsync("Nobody \"Inc\" ' ]}", CancellationToken.None);
        var missing = await client.GetCompanyAsync("999999", CancellationToken.None);
        var notANumber = await client.GetCompanyAsync("contoso", CancellationToken.None);

        Assert.Equal(new[] { "0", "174", "175" }, all.Select(c => c.Id));
        var fabrikam = Assert.Single(byName);
        Assert.Equal(("175", "Fabrikam", (string?)null, false, "Autotask"), (fabrikam.Id, fabrikam.Name, fabrikam.Identifier, fabrikam.Active, fabrikam.Psa));
        Assert.Equal("Fabrikam", Assert.IsAssignableFrom<System.Collections.Hashtable>(fabrikam.Raw)["companyName"]);
        Assert.Empty(none);
        Assert.Null(missing);
        Assert.Null(notANumber);
        var contoso = all.Single(c => c.Id == "174");
        Assert.True(contoso.Active);
        Assert.Equal("CONTOSO", contoso.Identifier);
    }

    /// <summary>Neither the right nor the given wrong secret/code appears in any text the client produced.</summary>
    private void AssertNoSecrets(Exception? ex, ClientLog log, params string[] extra)
    {
        var options = _fixture.Sim.Options.Autotask;
        var secrets = new List<string> { options.Secret, options.IntegrationCode };
        secrets.AddRange(extra);
        var texts = log.All.ToList();
        for (var e = ex; e != null; e = e.InnerException)
        {
            texts.Add(e.Message);
            texts.Add(e.ToString());
            if (e is PsaApiException api)
            {
                texts.AddRange(api.Messages);
                texts.Add(api.Hint ?? string.Empty);
                texts.Add(api.Path);
            }
        }
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            foreach (var secret in secrets) Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
