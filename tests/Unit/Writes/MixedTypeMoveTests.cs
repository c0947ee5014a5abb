using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 70b (t10): 'Cell' and 'Mixed' have the email and the phone flag (MixedFlags), 'Mobile' is a clean phone type. The contact's
/// number under 'Cell', read as its mobile, was overwritten in place with the account's new mobile, and its only address under 'Cell'
/// with the new address: both stayed under the type of two kinds, which ConnectWise files as an email. An item Update-PsaContact changes
/// now moves, in the same PATCH, to the clean type a new item would get (Mobile, Email), keeping its id, default flag and (as the value
/// needs) extension; when there is none, the row is refused before anything of it is written. Items it does not change stay where they
/// are. Read back from the simulator over HTTP.
/// </summary>
public sealed class MixedTypeTenant : SimulatorFixture
{
    public const string Company = "300";

    /// <summary>Email (1) and Direct (2) and Mobile (3) clean; Mixed (5) and Cell (7) with the email and the phone flag.</summary>
    public const string Types = """
        [ { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
          { "id": 2, "description": "Direct", "phoneFlag": true, "defaultFlag": true },
          { "id": 3, "description": "Mobile", "phoneFlag": true },
          { "id": 5, "description": "Mixed", "emailFlag": true, "phoneFlag": true },
          { "id": 7, "description": "Cell", "emailFlag": true, "phoneFlag": true } ]
        """;

    private const string Contacts = """
        [ { "id": 2001, "firstName": "Ann", "lastName": "Lee", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 1 }, "value": "ann.lee@acme.com", "defaultFlag": true },
            { "type": { "id": 7 }, "value": "07700 900111" } ] },
          { "id": 2002, "firstName": "Bob", "lastName": "Ray", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 7 }, "value": "bob.old@acme.com" } ] },
          { "id": 2003, "firstName": "Cy", "lastName": "Dow", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 1 }, "value": "cy.dow@acme.com", "defaultFlag": true },
            { "type": { "id": 5 }, "value": "07700 900444" } ] },
          { "id": 2004, "firstName": "Di", "lastName": "Fox", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 1 }, "value": "di.fox@acme.com", "defaultFlag": true },
            { "type": { "id": 7 }, "value": "tel:+447700900666", "extension": "5", "defaultFlag": true } ] },
          { "id": 2005, "firstName": "Ed", "lastName": "Gray", "company": { "id": 300 }, "communicationItems": [
            { "type": { "id": 1 }, "value": "ed.gray@acme.com", "defaultFlag": true },
            { "type": { "id": 7 }, "value": "447700900888@sms.gw.com" } ] } ]
        """;

    /// <summary>Fresh data, an empty request log, no faults; <paramref name="types"/> (a JSON array) replaces the setup table.</summary>
    public void Fresh(string? types = null)
    {
        Sim.Reset();
        Sim.Seed(new JsonObject
        {
            ["connectWise"] = new JsonObject
            {
                ["companies"] = JsonNode.Parse("""[ { "id": 300, "identifier": "Acme", "name": "Acme Corp" } ]"""),
                ["communicationTypes"] = JsonNode.Parse(types ?? Types),
                ["contacts"] = JsonNode.Parse(Contacts),
            },
        });
        Sim.Faults.Set(new FaultSettings());
        Sim.Requests.Clear();
    }

    /// <summary>The contact's items as ConnectWise holds them: (type, communicationType, value, extension, default), in the server's order.</summary>
    public (string? Type, string? Kind, string? Value, string? Extension, bool Default)[] Items(int id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v4_6_release/apis/3.0/company/contacts/" + id);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("qpsa+qpsa-public:qpsa-private")));
        request.Headers.TryAddWithoutValidation("clientId", "qpsa-tests");
        using var response = Http.Send(request);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())!;
        return body["communicationItems"]!.AsArray().Select(i => i!.AsObject())
            .Select(i => ((string?)i["type"]?["name"], (string?)i["communicationType"], (string?)i["value"], (string?)i["extension"], i["defaultFlag"]?.GetValue<bool>() == true))
            .ToArray();
    }

    /// <summary>The ids of the contact's items, in the server's order.</summary>
    public int[] ItemIds(int id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v4_6_release/apis/3.0/company/contacts/" + id);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("qpsa+qpsa-public:qpsa-private")));
        request.Headers.TryAddWithoutValidation("clientId", "qpsa-tests");
        using var response = Http.Send(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())!["communicationItems"]!.AsArray().Select(i => (int)i!["id"]!).ToArray();
    }

    /// <summary>Writes the PSA received for this contact (POST, PATCH, PUT, DELETE).</summary>
    public string[] Writes(int id) => Sim.Requests.Entries()
        .Where(e => e.Method != "GET" && e.Path.Contains("/contacts/" + id, StringComparison.Ordinal))
        .Select(e => e.Method + " " + e.Path.Substring(e.Path.IndexOf("/contacts/", StringComparison.Ordinal) + 1)).ToArray();

    public int AllWrites() => Sim.Requests.Entries().Count(e => e.Method != "GET");
}

public class MixedTypeMoveTests : IClassFixture<MixedTypeTenant>, IDisposable
{
    private readonly MixedTypeTenant _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public MixedTypeMoveTests(MixedTypeTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
        _store = System.IO.Path.Combine(_folder.Path, "decisions.json");
    }

    public void Dispose() => _folder.Dispose();

    private static Account Account(string first, string last, string email, string? mobile = null) => new()
    {
        Id = email, FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email, UserPrincipalName = email, MobilePhone = mobile,
        Source = AccountSource.CsvFile, Customer = "Acme Corp",
    };

    private PsaContact[] Contacts(PowerShellHost ps) =>
        ps.Run($"Get-PsaContact -CompanyId '{MixedTypeTenant.Company}' -IncludeInactive | Sort-Object Id").Objects<PsaContact>().ToArray();

    private static ContactMatch Linked(Account account, PsaContact contact)
    {
        var row = LinkedMatch.Create(account, contact);
        row.Status = MatchStatus.Matched;
        row.CompanyId = contact.CompanyId;
        return row;
    }

    /// <summary>The five rows of t10: Ann's mobile under Cell, Bob's only address under Cell, Cy's number under Mixed, Di's tel: with an extension, Ed's address made of digits.</summary>
    private ContactMatch[] Rows(PowerShellHost ps)
    {
        var c = Contacts(ps);
        return new[]
        {
            Linked(Account("Ann", "Lee", "ann.lee@acme.com", "+44 7700 900222"), c[0]),
            Linked(Account("Bob", "Ray", "bob.ray@acme.com", "+44 7700 900333"), c[1]),
            Linked(Account("Cy", "Dow", "cy.dow@acme.com", "+44 7700 900555"), c[2]),
            Linked(Account("Di", "Fox", "di.fox@acme.com", "+44 7700 900777 x12"), c[3]),
            Linked(Account("Ed", "Gray", "ed.gray@acme.com", "+44 7700 900888"), c[4]),
        };
    }

    private PsResult Update(PowerShellHost ps, string parameters, params ContactMatch[] rows) =>
        ps.Run($"$args | Update-PsaContact -DecisionPath '{_store}' -Confirm:$false {parameters}", rows.Cast<object>().ToArray());

    private static (string, string?, string?, string?, string?, bool) Seen(ContactChange c) => (c.ContactId + " " + c.Field, c.Before, c.After, c.TypeBefore, c.TypeAfter, c.Applied);

    [Fact]
    public void The_item_changed_under_a_type_of_two_kinds_moves_to_the_clean_type_with_the_new_value_and_a_second_run_changes_nothing()
    {
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");
        var annIds = _sim.ItemIds(2001);
        var diIds = _sim.ItemIds(2004);
        _sim.Sim.Requests.Clear();

        var result = Update(ps, string.Empty, Rows(ps));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        // The change objects say what moved where: the type of the item written into, and the type the value is under after.
        Assert.Equal(new (string, string?, string?, string?, string?, bool)[]
        {
            ("2001 MobilePhone", "07700 900111", "+44 7700 900222", "Cell", "Mobile", true),
            ("2002 Email", "bob.old@acme.com", "bob.ray@acme.com", "Cell", "Email", true),
            ("2002 MobilePhone", null, "+44 7700 900333", null, "Mobile", true),
            ("2003 MobilePhone", null, "+44 7700 900555", null, "Mobile", true),
            ("2004 MobilePhone", "tel:+447700900666 x5", "+44 7700 900777 x12", "Cell", "Mobile", true),
            ("2005 MobilePhone", null, "+44 7700 900888", null, "Mobile", true),
        }, result.Objects<ContactChange>().Select(Seen));

        // Ann: the same item (its id), now a phone under Mobile with the new number, not the default (it was not); one PATCH, nothing added.
        Assert.Equal(new (string?, string?, string?, string?, bool)[] { ("Email", "Email", "ann.lee@acme.com", null, true), ("Mobile", "Phone", "+44 7700 900222", null, false) }, _sim.Items(2001));
        Assert.Equal(annIds, _sim.ItemIds(2001));
        Assert.Equal(new[] { "PATCH contacts/2001/communications/" + annIds[1] }, _sim.Writes(2001));
        // Bob: his only address moved to Email with the new address; the mobile is a new item under Mobile, the default phone.
        Assert.Equal(new (string?, string?, string?, string?, bool)[] { ("Email", "Email", "bob.ray@acme.com", null, false), ("Mobile", "Phone", "+44 7700 900333", null, true) }, _sim.Items(2002));
        // Cy: the number under Mixed is no mobile (the name says nothing of one) and is not changed: it stays; the mobile is added (not the
        // default phone: the number under Mixed is read as a phone).
        Assert.Equal(new (string?, string?, string?, string?, bool)[]
        {
            ("Email", "Email", "cy.dow@acme.com", null, true), ("Mixed", "Email", "07700 900444", null, false), ("Mobile", "Phone", "+44 7700 900555", null, false),
        }, _sim.Items(2003));
        // Di: moved with the new number, its extension (12) in the extension field, and its default flag kept.
        Assert.Equal(new (string?, string?, string?, string?, bool)[] { ("Email", "Email", "di.fox@acme.com", null, true), ("Mobile", "Phone", "+44 7700 900777", "12", true) }, _sim.Items(2004));
        Assert.Equal(diIds, _sim.ItemIds(2004));
        // Ed: the address made of digits under Cell is an address, not changed, and stays.
        Assert.Equal(new (string?, string?, string?, string?, bool)[]
        {
            ("Email", "Email", "ed.gray@acme.com", null, true), ("Cell", "Email", "447700900888@sms.gw.com", null, false), ("Mobile", "Phone", "+44 7700 900888", null, true),
        }, _sim.Items(2005));

        // Read back as the module reads a contact: the new values are the mobile and the addresses, and nothing is read twice.
        var after = Contacts(ps);
        Assert.Equal(new[] { "+44 7700 900222", "+44 7700 900333", "+44 7700 900555", "+44 7700 900777 x12", "+44 7700 900888" }, after.Select(c => c.MobilePhone));
        Assert.Equal(new[] { "bob.ray@acme.com" }, after[1].Emails);
        Assert.All(after, c => Assert.Empty(c.OtherMobilePhones));

        // A second run with fresh rows finds every value where the first put it, and writes nothing.
        _sim.Sim.Requests.Clear();
        var again = Update(ps, string.Empty, Rows(ps));
        Assert.Empty(again.Errors);
        Assert.Empty(again.Objects<ContactChange>());
        Assert.Equal(0, _sim.AllWrites());
    }

    [Fact]
    public void WhatIf_emits_the_same_changes_with_the_move_and_sends_nothing()
    {
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");
        _sim.Sim.Requests.Clear();

        var result = Update(ps, "-WhatIf", Rows(ps));

        Assert.Empty(result.Errors);
        var changes = result.Objects<ContactChange>();
        Assert.Equal(6, changes.Count);
        Assert.All(changes, c => Assert.False(c.Applied));
        Assert.Equal(("Cell", "Mobile"), (changes[0].TypeBefore, changes[0].TypeAfter));
        Assert.Equal(("Cell", "Email"), (changes[1].TypeBefore, changes[1].TypeAfter));
        Assert.Equal(0, _sim.AllWrites());
        Assert.Equal(("Cell", "Email", "07700 900111"), (_sim.Items(2001)[1].Type, _sim.Items(2001)[1].Kind, _sim.Items(2001)[1].Value));
    }

    [Fact]
    public void An_item_under_a_clean_type_is_changed_in_place_and_its_change_names_its_type()
    {
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");
        var first = Update(ps, string.Empty, Rows(ps)[0]);
        Assert.Empty(first.Errors);
        _sim.Sim.Requests.Clear();

        var result = Update(ps, string.Empty, Linked(Account("Ann", "Lee", "ann.lee2@acme.com", "+44 7700 900999"), Contacts(ps)[0]));

        Assert.Empty(result.Errors);
        Assert.Equal(new (string, string?, string?, string?, string?, bool)[]
        {
            ("2001 Email", "ann.lee@acme.com", "ann.lee2@acme.com", "Email", "Email", true),
            ("2001 MobilePhone", "+44 7700 900222", "+44 7700 900999", "Mobile", "Mobile", true),
        }, result.Objects<ContactChange>().Select(Seen));
        Assert.Equal(new (string?, string?, string?, string?, bool)[] { ("Email", "Email", "ann.lee2@acme.com", null, true), ("Mobile", "Phone", "+44 7700 900999", null, false) }, _sim.Items(2001));
    }

    [Fact]
    public void Without_a_clean_mobile_type_the_row_is_refused_under_WhatIf_too_before_anything_of_it_is_written_and_the_others_go_on()
    {
        // No clean type named like a mobile: Cell (7) is the only one, and it has the email flag too.
        _sim.Fresh("""
            [ { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
              { "id": 2, "description": "Direct", "phoneFlag": true, "defaultFlag": true },
              { "id": 5, "description": "Mixed", "emailFlag": true, "phoneFlag": true },
              { "id": 7, "description": "Cell", "emailFlag": true, "phoneFlag": true } ]
            """);
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");
        var c = Contacts(ps);
        var rows = new[]
        {
            // Ann's new address and new mobile: the mobile would move off Cell, and there is nowhere to move it.
            Linked(Account("Ann", "Lee", "ann.lee2@acme.com", "+44 7700 900222"), c[0]),
            // Bob's address moves from Cell to Email: that row is written.
            Linked(Account("Bob", "Ray", "bob.ray@acme.com"), c[1]),
        };
        _sim.Sim.Requests.Clear();

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.CommunicationTypeNotFound,", error.FullyQualifiedErrorId);
            Assert.Same(rows[0], error.TargetObject);
            Assert.StartsWith("For Ann Lee <ann.lee2@acme.com>", error.ErrorDetails.Message);
            Assert.Contains("'07700 900111'", error.Exception.Message);
            Assert.Contains("'Cell' (id 7)", error.Exception.Message);
            Assert.Contains("email and the phone flags", error.Exception.Message);
            Assert.Contains("MixedFlags", error.Exception.Message);
            Assert.Contains("Nothing was written for this row", error.Exception.Message);
            var bob = Assert.Single(result.Objects<ContactChange>());
            Assert.Equal(("2002", "Cell", "Email"), (bob.ContactId, bob.TypeBefore, bob.TypeAfter));
        }
        // Nothing of Ann's row, her address included; Bob's address moved.
        Assert.Equal(new (string?, string?, string?, string?, bool)[] { ("Email", "Email", "ann.lee@acme.com", null, true), ("Cell", "Email", "07700 900111", null, false) }, _sim.Items(2001));
        Assert.Empty(_sim.Writes(2001));
        Assert.Equal(new (string?, string?, string?, string?, bool)[] { ("Email", "Email", "bob.ray@acme.com", null, false) }, _sim.Items(2002));
    }

    [Fact]
    public void Without_a_clean_email_type_an_address_under_a_type_of_two_kinds_is_not_replaced_in_place()
    {
        // Email (1) has the phone flag too: no clean type can take Bob's new address.
        _sim.Fresh("""
            [ { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": true, "defaultFlag": true },
              { "id": 2, "description": "Direct", "phoneFlag": true, "defaultFlag": true },
              { "id": 3, "description": "Mobile", "phoneFlag": true },
              { "id": 5, "description": "Mixed", "emailFlag": true, "phoneFlag": true },
              { "id": 7, "description": "Cell", "emailFlag": true, "phoneFlag": true } ]
            """);
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");
        var bob = Contacts(ps)[1];
        _sim.Sim.Requests.Clear();

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, Linked(Account("Bob", "Ray", "bob.ray@acme.com", "+44 7700 900333"), bob));

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.CommunicationTypeNotFound,", error.FullyQualifiedErrorId);
            Assert.Contains("address 'bob.old@acme.com'", error.Exception.Message);
            Assert.Contains("'Cell' (id 7)", error.Exception.Message);
            Assert.Contains("'Email' (id 1)", error.Exception.Message);
            Assert.Empty(result.Objects<ContactChange>());
        }
        Assert.Equal(0, _sim.AllWrites());
    }

    [Fact]
    public void A_setup_table_the_member_may_not_read_leaves_a_change_in_place_as_before()
    {
        _sim.Sim.Faults.Set(new FaultSettings { FailWhenContains = "communicationTypes", FailWhenContainsStatus = 403 });
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");
        var ann = Contacts(ps)[0];
        _sim.Sim.Requests.Clear();

        // Read without the table, the number under Cell is an address (as ConnectWise files it); Ann's address is changed in place.
        var result = Update(ps, "-Verbose", Linked(Account("Ann", "Lee", "ann.lee2@acme.com"), ann));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal(("ann.lee@acme.com", "Email", "Email", true), (change.Before, change.TypeBefore, change.TypeAfter, change.Applied));
        Assert.Contains(result.Verbose, v => v.Contains("setup table could not be read (HTTP 403)", StringComparison.Ordinal));
        Assert.Equal(("Email", "ann.lee2@acme.com"), (_sim.Items(2001)[0].Type, _sim.Items(2001)[0].Value));
    }
}
