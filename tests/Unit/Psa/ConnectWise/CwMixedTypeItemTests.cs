using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>
/// Round 69: ConnectWise files every item of a communication type with the email flag and the phone or fax flag (MixedFlags) as an
/// Email, whatever it holds, and the module read it so: "0412 345 678" under a mixed 'Mobile' showed among the contact's Emails (and
/// an email update could overwrite it with an address). An item under such a type is now read by its value: an address is an email,
/// a phone number (seven digits or more) a phone, the mobile when the type's name says mobile, anything else neither; never both.
/// The rule directly (CwMapper, CwItemKinds), the client over HTTP against the simulator, and Get-PsaContact in hosted PowerShell.
/// </summary>
public class CwMixedTypeItemTests : IClassFixture<SimulatorFixture>
{
    /// <summary>
    /// 'Mobile' (3) and 'Home' (5) have the flags of two kinds; Kate's number and Bob's are stored under them, as are an address and a
    /// note; Cal's items are clean.
    /// </summary>
    private const string Seed = """
    {
      "connectWise": {
        "companies": [ { "id": 300, "identifier": "Acme", "name": "Acme Corp" }, { "id": 301, "identifier": "Clean", "name": "Clean Co" } ],
        "communicationTypes": [
          { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
          { "id": 2, "description": "Direct", "phoneFlag": true, "defaultFlag": true },
          { "id": 3, "description": "Mobile", "emailFlag": true, "phoneFlag": true },
          { "id": 5, "description": "Home", "emailFlag": true, "faxFlag": true },
          { "id": 7, "description": "Cell", "phoneFlag": true }
        ],
        "contacts": [
          { "id": 2001, "firstName": "Kate", "lastName": "Bell", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 1 }, "value": "kate.bell@acme.com", "defaultFlag": true },
            { "type": { "id": 3 }, "value": "0412 345 678", "defaultFlag": true },
            { "type": { "id": 5 }, "value": "kate@home.test" },
            { "type": { "id": 5 }, "value": "n/a" } ] },
          { "id": 2002, "firstName": "Bob", "lastName": "Ray", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 3 }, "value": "(02) 9876 5432", "defaultFlag": true },
            { "type": { "id": 5 }, "value": "+61 2 9000 1111" } ] },
          { "id": 2003, "firstName": "Cal", "lastName": "Dee", "company": { "id": 301 }, "communicationItems": [
            { "type": { "id": 1 }, "value": "cal@clean.test", "defaultFlag": true },
            { "type": { "id": 7 }, "value": "+1 206 555 0203", "defaultFlag": true } ] }
        ]
      }
    }
    """;

    private readonly SimulatorFixture _sim;

    public CwMixedTypeItemTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Sim.Reset();
        _sim.Seed(Seed);
        _sim.Sim.Faults.Set(new FaultSettings());
        _sim.Sim.Requests.Clear();
    }

    private static JObject Item(int typeId, string typeName, string kind, string value, bool isDefault = false) => new()
    {
        ["id"] = typeId * 100 + value.Length,
        ["type"] = new JObject { ["id"] = typeId, ["name"] = typeName },
        ["value"] = value,
        ["defaultFlag"] = isDefault,
        ["communicationType"] = kind,
    };

    private static JObject Record(params JObject[] items) => new() { ["id"] = 2001, ["firstName"] = "Kate", ["lastName"] = "Bell", ["communicationItems"] = new JArray(items) };

    [Fact]
    public void The_engine_reads_an_item_under_a_mixed_type_by_its_value_never_as_both()
    {
        // As ConnectWise sends them: every item of a type with the email flag is an "Email", whatever it holds.
        var record = Record(
            Item(1, "Email", "Email", "kate.bell@acme.com", isDefault: true),
            Item(3, "Mobile", "Email", "0412 345 678", isDefault: true),
            Item(5, "Home", "Email", "kate@home.test"),
            Item(5, "Home", "Email", "+61 2 9000 1111"),
            Item(5, "Home", "Email", "n/a"));
        var mixed = new HashSet<int> { 3, 5 };

        var read = CwMapper.Contact(record, mixed);

        Assert.Equal(new[] { "kate.bell@acme.com", "kate@home.test" }, read.Emails);
        Assert.Equal("0412 345 678", read.MobilePhone); // a number, under a type named like a mobile
        Assert.Empty(read.OtherMobilePhones); // +61 2 9000 1111 is a phone under 'Home': not a mobile, and never an email
        Assert.DoesNotContain(read.Emails, e => e.Contains("n/a", StringComparison.Ordinal) || e.Any(char.IsDigit) && !e.Contains('@'));

        // Without the table (not known, or clean), the server's kind is the item's: the round-69 reading.
        var unknown = CwMapper.Contact(record, null);
        Assert.Contains("0412 345 678", unknown.Emails);
        Assert.Null(unknown.MobilePhone);

        Assert.Equal(CwItemKind.Email, CwItemKinds.ByValue(" ann@contoso.com "));
        Assert.Equal(CwItemKind.Phone, CwItemKinds.ByValue("+1 (206) 555-0123 x5"));
        Assert.Equal(CwItemKind.None, CwItemKinds.ByValue("ext 5501")); // fewer than seven digits
        Assert.Equal(CwItemKind.None, CwItemKinds.ByValue("ann@contoso")); // no domain
        Assert.Equal(CwItemKind.None, CwItemKinds.ByValue("Ann <ann@contoso.com>"));
        Assert.Equal(CwItemKind.None, CwItemKinds.ByValue("see notes"));

        // The table is asked about only when an item could be read otherwise than its kind says.
        Assert.True(CwItemKinds.MayBeMixed(Item(3, "Mobile", "Email", "0412 345 678")));
        Assert.True(CwItemKinds.MayBeMixed(Item(7, "Cell", "Phone", "bob@acme.com")));
        Assert.False(CwItemKinds.MayBeMixed(Item(1, "Email", "Email", "kate.bell@acme.com")));
        Assert.False(CwItemKinds.MayBeMixed(Item(7, "Cell", "Phone", "+1 206 555 0203")));
    }

    [Fact]
    public async Task The_client_reads_items_under_a_mixed_type_by_their_value_reading_the_setup_table_once()
    {
        using var h = new CwClientHarness(_sim);

        var contacts = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "300" }, null, CancellationToken.None);
        var again = await h.Client.GetContactAsync("2002", CancellationToken.None);

        var kate = contacts.Single(c => c.Id == "2001");
        Assert.Equal(new[] { "kate.bell@acme.com", "kate@home.test" }, kate.Emails);
        Assert.Equal("0412 345 678", kate.MobilePhone);
        var bob = contacts.Single(c => c.Id == "2002");
        Assert.Empty(bob.Emails);
        Assert.Null(bob.PrimaryEmail);
        Assert.Equal("(02) 9876 5432", bob.MobilePhone);
        Assert.Empty(bob.OtherMobilePhones);
        Assert.Equal(("(02) 9876 5432", 0), (again!.MobilePhone, again.Emails.Count));
        // One read of the table for both reads: it is kept with the client.
        Assert.Single(await h.Logged("company/communicationTypes"));
    }

    [Fact]
    public async Task Clean_items_cost_no_read_of_the_setup_table()
    {
        using var h = new CwClientHarness(_sim);

        var cal = Assert.Single(await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "301" }, null, CancellationToken.None));

        Assert.Equal(new[] { "cal@clean.test" }, cal.Emails);
        Assert.Equal("+1 206 555 0203", cal.MobilePhone);
        Assert.Empty(await h.Logged("company/communicationTypes"));
    }

    [Fact]
    public async Task A_setup_table_the_member_may_not_read_leaves_the_items_as_ConnectWise_types_them_and_says_so()
    {
        using var h = new CwClientHarness(_sim);
        _sim.Sim.Faults.Set(new FaultSettings { FailWhenContains = "communicationTypes", FailWhenContainsStatus = 403 });

        var kate = (await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "300" }, null, CancellationToken.None)).Single(c => c.Id == "2001");

        Assert.Contains("0412 345 678", kate.Emails);
        Assert.Contains(h.Verbose, v => v.Contains("setup table could not be read (HTTP 403)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_email_update_never_overwrites_a_number_under_a_mixed_type_and_a_mobile_update_moves_the_item_read_as_the_mobile_to_the_clean_Cell()
    {
        using var h = new CwClientHarness(_sim);
        var bob = await h.Client.GetContactAsync("2002", CancellationToken.None);

        // Bob has no email: the address is a new item under the clean Email type, the number under 'Mobile' stays.
        var withEmail = await h.Client.UpdateContactAsync(bob!, new ContactUpdate { Email = "bob.ray@acme.com" }, CancellationToken.None);
        Assert.Equal(new[] { "bob.ray@acme.com" }, withEmail.Emails);
        Assert.Equal("(02) 9876 5432", withEmail.MobilePhone);
        var items = Items(await h.Client.GetContactAsync("2002", CancellationToken.None));
        Assert.Contains(("Mobile", "(02) 9876 5432"), items);
        Assert.Contains(("Email", "bob.ray@acme.com"), items);

        // The mobile read from 'Mobile' is the item a new mobile goes into: no second mobile item, so a rerun writes nothing. Written
        // in place it would stay under the type of two kinds, stored as an email (round 70b): the same PATCH moves it to the clean Cell,
        // the type a new mobile gets, and keeps its id and default flag. Bob's number under 'Home' (not changed) stays where it is.
        var before = Items(await h.Client.GetContactAsync("2002", CancellationToken.None));
        var withMobile = await h.Client.UpdateContactAsync(withEmail, new ContactUpdate { MobilePhone = "0499 111 222" }, CancellationToken.None);
        Assert.Equal("0499 111 222", withMobile.MobilePhone);
        Assert.Empty(withMobile.OtherMobilePhones);
        var after = Items(await h.Client.GetContactAsync("2002", CancellationToken.None));
        Assert.Equal(before.Length, after.Length);
        Assert.Contains(("Cell", "0499 111 222"), after);
        Assert.DoesNotContain(after, i => i.Type == "Mobile");
        Assert.Contains(("Home", "+61 2 9000 1111"), after);
        // One PATCH of the item, no item added or removed: the move is the same request as the new value.
        var writes = _sim.Sim.Requests.Entries().Where(e => e.Method != "GET" && e.Path.Contains("/contacts/2002/", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "POST", "PATCH" }, writes.Select(e => e.Method));
    }

    private static (string? Type, string? Value)[] Items(PsaContact? contact) =>
        ((System.Collections.IEnumerable)contact!.GetRaw()!["communicationItems"]!).Cast<System.Collections.Hashtable>()
            .Select(i => ((string?)((System.Collections.Hashtable)i["type"]!)["name"], (string?)i["value"])).ToArray();

    [Fact]
    public void Get_PsaContact_shows_the_number_as_the_mobile_and_not_among_the_emails()
    {
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");

        var run = ps.Run("Get-PsaContact -CompanyId 300 | Sort-Object Id");

        Assert.Null(run.TerminatingError);
        var contacts = run.Objects<PsaContact>();
        Assert.Equal(("2001", "kate.bell@acme.com; kate@home.test", "0412 345 678"), (contacts[0].Id, string.Join("; ", contacts[0].Emails), contacts[0].MobilePhone));
        Assert.Equal(("2002", string.Empty, "(02) 9876 5432"), (contacts[1].Id, string.Join("; ", contacts[1].Emails), contacts[1].MobilePhone));
        // As the user sees it: the Emails column holds no number.
        var text = string.Join("\n", ps.Run("Get-PsaContact -CompanyId 300 | Format-List Emails, MobilePhone | Out-String -Stream").Output.Select(o => o.ToString()));
        Assert.DoesNotContain("Emails      : 0412", text);
        Assert.Contains("MobilePhone : 0412 345 678", text);

        // Matching gets the contact as read: Kate's number is her mobile, not an address to compare.
        using var temp = new TempFolder();
        var match = ps.Run("ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Kate'; Surname = 'Bell'; mail = 'kate.bell@acme.com'; mobile = '+61 412 345 678' }) | " +
            "Find-PsaContactMatch -CompanyId 300 -DecisionPath $args[0]", System.IO.Path.Combine(temp.Path, "store.json"));
        var row = Assert.Single(match.Objects<QuickpassPsa.Core.Matching.ContactMatch>());
        Assert.Equal("2001", row.Contact!.Id);
        Assert.Equal("0412 345 678", row.Contact.MobilePhone);
        Assert.DoesNotContain("0412 345 678", row.Contact.Emails);
    }
}
