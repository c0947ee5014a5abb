using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Simulator;
using static QuickpassPsa.Tests.Psa.Autotask.AutotaskClientHarness;

namespace QuickpassPsa.Tests.Psa.Autotask;

/// <summary>Contact queries (psa-api.md B3): company, active flag, email over the three slots, mapping.</summary>
public class AutotaskClientQueryTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public AutotaskClientQueryTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.SeedAutotask(
            Contact(30001, "Ann", "Lee", "ann.lee@contoso.com", mobile: "+1 206 555 0100"),
            Contact(30002, "Bob", "Stone", "bob@contoso.com", isActive: 0),
            Contact(30003, "Cy", "Park", "cy.park@contoso.com", email2: "shared@contoso.com"),
            Contact(30004, "Di", "Nash", null, email3: "Shared@Contoso.com", email2: "di@contoso.com"),
            Contact(30005, "Ed", "Fox", "ed@fabrikam.com", company: 175, email2: "shared@contoso.com"),
            Contact(30006, "Flo", "Ray", "", mobile: ""));
    }

    [Fact]
    public async Task Active_contacts_of_one_company_by_default_and_inactive_ones_on_request()
    {
        using var client = _fixture.Client();

        var active = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);
        var all = await client.GetContactsAsync(new ContactQuery { CompanyId = " 174 ", IncludeInactive = true }, null, CancellationToken.None);

        Assert.Equal(new[] { "30001", "30003", "30004", "30006" }, active.Select(c => c.Id));
        Assert.Equal(new[] { "30001", "30002", "30003", "30004", "30006" }, all.Select(c => c.Id));
        Assert.False(all.Single(c => c.Id == "30002").Active);
        Assert.All(active, c => Assert.True(c.Active));
    }

    [Fact]
    public async Task The_email_filter_looks_in_all_three_slots_of_that_company_only()
    {
        using var client = _fixture.Client();

        var shared = await client.GetContactsAsync(new ContactQuery { CompanyId = "174", Email = "shared@contoso.com" }, null, CancellationToken.None);
        var primary = await client.GetContactsAsync(new ContactQuery { CompanyId = "174", Email = "ann.lee@contoso.com" }, null, CancellationToken.None);
        var inactive = await client.GetContactsAsync(new ContactQuery { CompanyId = "174", Email = "bob@contoso.com" }, null, CancellationToken.None);
        var inactiveToo = await client.GetContactsAsync(new ContactQuery { CompanyId = "174", Email = "bob@contoso.com", IncludeInactive = true }, null, CancellationToken.None);
        var odd = await client.GetContactsAsync(new ContactQuery { CompanyId = "174", Email = "x\"}],\"op\":\"gte@contoso.com" }, null, CancellationToken.None);

        Assert.Equal(new[] { "30003", "30004" }, shared.Select(c => c.Id));
        Assert.Equal("30001", Assert.Single(primary).Id);
        Assert.Empty(inactive);
        Assert.Equal("30002", Assert.Single(inactiveToo).Id);
        Assert.Empty(odd);
    }

    [Fact]
    public async Task Contacts_map_to_the_neutral_model()
    {
        using var client = _fixture.Client();

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        var ann = contacts.Single(c => c.Id == "30001");
        Assert.Equal(("Autotask", "174", "Ann", "Lee", "+1 206 555 0100", true), (ann.Psa, ann.CompanyId, ann.FirstName, ann.LastName, ann.MobilePhone, ann.Active));
        Assert.Equal(new[] { "ann.lee@contoso.com" }, ann.Emails);
        var di = contacts.Single(c => c.Id == "30004");
        Assert.Equal(new[] { "di@contoso.com", "Shared@Contoso.com" }, di.Emails);
        var flo = contacts.Single(c => c.Id == "30006");
        Assert.Empty(flo.Emails);
        Assert.Null(flo.MobilePhone);
        var raw = Assert.IsAssignableFrom<System.Collections.Hashtable>(ann.Raw);
        Assert.Equal(30001L, raw["id"]);
    }

    [Fact]
    public async Task The_query_asks_only_for_the_mapped_fields()
    {
        using var client = _fixture.Client();

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        var raw = contacts[0].Raw!;
        Assert.Equal(
            new[] { "companyid", "emailaddress", "emailaddress2", "emailaddress3", "firstname", "id", "isactive", "lastname", "mobilephone", "title", "userdefinedfields" },
            raw.Keys.Cast<string>().Select(n => n.ToLowerInvariant()).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_company_id_that_is_not_a_number_is_an_argument_error()
    {
        using var client = _fixture.Client();

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "Contoso" }, null, CancellationToken.None));
    }
}
