using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>psa-api.md A2/A4/A7: filters, quoting over HTTP, mapping to PsaContact/PsaCompany, creates, UTF-8.</summary>
public class CwClientContactTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    /// <summary>
    /// Types named as MSPs name them ("Email - Work", "Cell"), a company whose name holds an apostrophe, and one
    /// whose name holds double quotes.
    /// </summary>
    private const string MappingSeed = """
    {
      "connectWise": {
        "companies": [
          { "id": 300, "identifier": "OBrien", "name": "O'Brien & Sons" },
          { "id": 301, "identifier": "SayHi", "name": "Say \"Hi\" Ltd" },
          { "id": 302, "identifier": "Cafe", "name": "Café Ünïcode" }
        ],
        "communicationTypes": [
          { "id": 11, "description": "Email - Work", "emailFlag": true },
          { "id": 12, "description": "Direct", "phoneFlag": true },
          { "id": 13, "description": "Cell", "phoneFlag": true },
          { "id": 14, "description": "Email", "emailFlag": true, "defaultFlag": true },
          { "id": 15, "description": "Home Fax", "faxFlag": true }
        ],
        "contacts": [
          { "id": 2001, "firstName": "Bob", "lastName": "O'Brien", "company": { "id": 300 },
            "communicationItems": [
              { "type": { "id": 12 }, "value": "555-0102", "defaultFlag": true },
              { "type": { "id": 11 }, "value": "bob.work@obrien.test" },
              { "type": { "id": 14 }, "value": "o'brien@obrien.test", "defaultFlag": true },
              { "type": { "id": 13 }, "value": "+1 206 555 0133" },
              { "type": { "id": 15 }, "value": "555-0999" } ] },
          { "id": 2002, "firstName": "Desk", "lastName": "Phone", "company": { "id": 300 }, "inactiveFlag": true,
            "communicationItems": [ { "type": { "id": 12 }, "value": "555-0200" } ] }
        ]
      }
    }
    """;

    public CwClientContactTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private static ContactQuery Company(string id, string? email = null, bool includeInactive = false) =>
        new() { CompanyId = id, Email = email, IncludeInactive = includeInactive };

    [Fact] // A2: company/id condition, inactiveFlag=false unless IncludeInactive
    public async Task A2_contacts_of_one_company_active_only_unless_inactive_are_asked_for()
    {
        using var h = new CwClientHarness(_fixture);

        var active = await h.Client.GetContactsAsync(Company("250"), null, CancellationToken.None);
        var all = await h.Client.GetContactsAsync(Company("250", includeInactive: true), null, CancellationToken.None);

        Assert.Equal(new[] { "1001" }, active.Select(c => c.Id).ToArray());
        Assert.Equal(new[] { "1001", "1002" }, all.Select(c => c.Id).ToArray());
        Assert.False(all[1].Active);
        Assert.Contains("inactiveFlag%3Dfalse", (await h.Logged("company/contacts"))[0].Query);
        Assert.DoesNotContain("inactiveFlag", (await h.Logged("company/contacts"))[1].Query);
    }

    [Fact] // A4: childConditions need ONE item that is both the value and an Email item; case-insensitive
    public async Task A4_email_filter_matches_email_items_only()
    {
        using var h = new CwClientHarness(_fixture);

        var found = await h.Client.GetContactsAsync(Company("251", "JOHN@outlook.com"), null, CancellationToken.None);
        var none = await h.Client.GetContactsAsync(Company("251", "nobody@outlook.com"), null, CancellationToken.None);

        Assert.Equal("1003", Assert.Single(found).Id); // 1004 has the text in a phone item
        Assert.Empty(none);
        // "contains", and the exact address kept by the client (a stored value may carry spaces around it).
        Assert.Contains("childConditions=communicationItems%2Fvalue%20contains%20%22JOHN%40outlook.com%22%20AND%20communicationItems%2FcommunicationType%3D%22Email%22",
            (await h.Logged("company/contacts"))[0].Query);
    }

    [Fact] // A2: emails (default first, every Email-type item), mobile by type name ("Cell"), company, Raw
    public async Task A2_mapping_of_emails_mobile_and_company()
    {
        _fixture.Seed(MappingSeed);
        using var h = new CwClientHarness(_fixture);

        var contacts = await h.Client.GetContactsAsync(Company("300", includeInactive: true), null, CancellationToken.None);

        var bob = contacts[0];
        Assert.Equal("2001", bob.Id);
        Assert.Equal("ConnectWise", bob.Psa);
        Assert.Equal("300", bob.CompanyId);
        Assert.Equal("O'Brien & Sons", bob.CompanyName);
        Assert.Equal("Bob", bob.FirstName);
        Assert.Equal("O'Brien", bob.LastName);
        Assert.Equal(new[] { "o'brien@obrien.test", "bob.work@obrien.test" }, bob.Emails);
        Assert.Equal("+1 206 555 0133", bob.MobilePhone);
        Assert.True(bob.Active);
        var raw = Assert.IsAssignableFrom<System.Collections.Hashtable>(bob.Raw);
        Assert.Equal(5, Assert.IsType<object[]>(raw["communicationItems"]).Length);
        Assert.IsType<string>(((System.Collections.Hashtable)raw["_info"]!)["lastUpdated"]); // dates stay as sent

        var desk = contacts[1];
        Assert.Empty(desk.Emails);
        Assert.Null(desk.MobilePhone); // "Direct" is no mobile
        Assert.False(desk.Active);
    }

    [Fact] // A4 quoting over HTTP: apostrophes in double quotes, double quotes in single quotes, injection stays a value
    public async Task A4_quoted_values_over_http()
    {
        _fixture.Seed(MappingSeed);
        using var h = new CwClientHarness(_fixture);

        Assert.Equal("300", Assert.Single(await h.Client.GetCompaniesAsync("O'Brien & Sons", CancellationToken.None)).Id);
        Assert.Equal("301", Assert.Single(await h.Client.GetCompaniesAsync("say \"hi\" ltd", CancellationToken.None)).Id);
        Assert.Equal("302", Assert.Single(await h.Client.GetCompaniesAsync("Café Ünïcode", CancellationToken.None)).Id);
        Assert.Empty(await h.Client.GetCompaniesAsync("x\" OR id>0 OR name=\"y", CancellationToken.None));
        Assert.Empty(await h.Client.GetCompaniesAsync("x' OR id>0 OR name='y", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetCompaniesAsync("O'Brien \"Bob\"", CancellationToken.None));

        var bob = await h.Client.GetContactsAsync(Company("300", "o'brien@obrien.test"), null, CancellationToken.None);
        Assert.Equal("2001", Assert.Single(bob).Id);
        Assert.All((await h.Logged("company/companies")).Concat(await h.Logged("company/contacts")), e => Assert.Equal(200, e.Status));
    }

    [Fact] // A7: companies by name (all pages), by id (404 -> null), Active from status/deletedFlag
    public async Task A7_companies()
    {
        using var h = new CwClientHarness(_fixture);

        var all = await h.Client.GetCompaniesAsync(null, CancellationToken.None);
        var contoso = await h.Client.GetCompanyAsync("250", CancellationToken.None);

        Assert.Equal(new[] { "250", "251" }, all.Select(c => c.Id).ToArray());
        Assert.True(all[0].Active);
        Assert.False(all[1].Active); // status "Inactive"
        Assert.All(all, c => Assert.Equal("ConnectWise", c.Psa));
        Assert.NotNull(contoso);
        Assert.Equal("Contoso Ltd", contoso!.Name);
        Assert.Equal("Contoso", contoso.Identifier);
        Assert.Equal("Contoso", Assert.IsAssignableFrom<System.Collections.Hashtable>(contoso.Raw)["identifier"]);
        Assert.Null(await h.Client.GetCompanyAsync("999", CancellationToken.None));
        Assert.Null(await h.Client.GetCompanyAsync("Contoso", CancellationToken.None));
        Assert.Equal("251", Assert.Single(await h.Client.GetCompaniesAsync("fabrikam inc", CancellationToken.None)).Id);
    }

    [Fact] // A2 create: email and mobile items typed from the setup table ("Email", "Mobile"), 201 mapped back
    public async Task A2_create_with_email_and_mobile()
    {
        using var h = new CwClientHarness(_fixture);

        var created = await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Nia", LastName = "New", Email = "nia@contoso.com", MobilePhone = "+1 206 555 0177" }, CancellationToken.None);

        Assert.Equal("250", created.CompanyId);
        Assert.Equal(new[] { "nia@contoso.com" }, created.Emails);
        Assert.Equal("+1 206 555 0177", created.MobilePhone);
        var items = ((object[])created.Raw!["communicationItems"]!).Cast<System.Collections.Hashtable>()
            .Select(i => ((int)(long)((System.Collections.Hashtable)i["type"]!)["id"]!, (string)i["communicationType"]!, (bool)i["defaultFlag"]!)).ToArray();
        Assert.Equal(new[] { (1, "Email", true), (4, "Phone", true) }, items);
        var read = await h.Client.GetContactsAsync(Company("250", "nia@contoso.com"), null, CancellationToken.None);
        Assert.Equal(created.Id, Assert.Single(read).Id);
    }

    [Fact] // A3: "Email" preferred over other email types; "Cell" when there is no "Mobile"
    public async Task A2_create_picks_Email_and_Cell_types()
    {
        _fixture.Seed(MappingSeed);
        using var h = new CwClientHarness(_fixture);

        var created = await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "300", FirstName = "Cal", LastName = "Cell", Email = "cal@obrien.test", MobilePhone = "555-0300" }, CancellationToken.None);

        var typeIds = ((object[])created.Raw!["communicationItems"]!).Cast<System.Collections.Hashtable>().Select(i => (int)(long)((System.Collections.Hashtable)i["type"]!)["id"]!).ToArray();
        Assert.Equal(new[] { 14, 13 }, typeIds);
        Assert.Equal("555-0300", created.MobilePhone);
    }

    [Fact]
    public async Task A2_create_without_an_email_type_says_what_to_repair()
    {
        _fixture.Seed("""
        { "connectWise": { "companies": [ { "id": 1, "identifier": "A", "name": "A" } ],
          "communicationTypes": [ { "id": 1, "description": "Email", "phoneFlag": true } ] } }
        """);
        using var h = new CwClientHarness(_fixture);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "1", FirstName = "A", LastName = "B", Email = "a@b.test" }, CancellationToken.None));

        Assert.Contains("Repair-CwCommunicationType", ex.Message);
        Assert.Empty(await h.Logged("company/contacts", "POST"));
    }

    [Theory]
    [InlineData("", "First")]
    [InlineData("acme", "First")]
    [InlineData("250", " ")]
    public async Task A2_create_checks_company_and_first_name(string companyId, string firstName)
    {
        using var h = new CwClientHarness(_fixture);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Client.CreateContactAsync(new NewPsaContact { CompanyId = companyId, FirstName = firstName, LastName = "X" }, CancellationToken.None));
        Assert.Empty(h.Sent);
    }

    [Theory] // UTF-8 both ways: names survive create + read
    [InlineData("Zoë", "Ångström", "zoe@contoso.com")]
    [InlineData("Łukasz", "Żółkiewski", "lukasz@contoso.com")]
    [InlineData("Nguyễn", "Thị Minh", "minh@contoso.com")]
    [InlineData("Søren", "O'Brien-Müller", "søren@contoso.com")]
    public async Task Utf8_names_round_trip(string first, string last, string email)
    {
        using var h = new CwClientHarness(_fixture);

        var created = await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = first, LastName = last, Email = email }, CancellationToken.None);
        var read = Assert.Single(await h.Client.GetContactsAsync(Company("250", email), null, CancellationToken.None));

        Assert.Equal(first, created.FirstName);
        Assert.Equal(last, created.LastName);
        Assert.Equal(created.Id, read.Id);
        Assert.Equal(first, read.FirstName);
        Assert.Equal(last, read.LastName);
        Assert.Equal(new[] { email }, read.Emails);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    public async Task A2_a_company_id_that_is_no_number_is_refused_before_any_request(string companyId)
    {
        using var h = new CwClientHarness(_fixture);

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetContactsAsync(Company(companyId), null, CancellationToken.None));
        Assert.Empty(h.Sent);
    }
}
