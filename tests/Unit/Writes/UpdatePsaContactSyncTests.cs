using System;
using System.Collections;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Simulator;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// One company, Acme Corp (ConnectWise 300, Autotask 500), seeded as round 65b's tester seeded it: contacts with two mobile items,
/// a shared desk address beside the person's own, an extension in ConnectWise's extension field, an address another contact holds.
/// </summary>
public sealed class AcmeTenant : SimulatorFixture
{
    public const string CwCompany = "300";
    public const string AtCompany = "500";

    private const string SeedJson = """
        {
          "connectWise": {
            "companies": [ { "id": 300, "identifier": "Acme", "name": "Acme Corp" } ],
            "communicationTypes": [
              { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true },
              { "id": 2, "description": "Direct", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": true },
              { "id": 3, "description": "Mobile", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": false }
            ],
            "contacts": [
              { "id": 2001, "firstName": "Kate", "lastName": "Bell", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "reception@acme.com", "defaultFlag": true },
                { "type": { "name": "Email" }, "value": "kate.old@acme.com" },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0201", "defaultFlag": true } ] },
              { "id": 2002, "firstName": "Ann", "lastName": "Cole", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "ann.cole@acme.com", "defaultFlag": true },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0202", "defaultFlag": true } ] },
              { "id": 2003, "firstName": "Eve", "lastName": "Dunn", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "eve.dunn@acme.com", "defaultFlag": true },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0203", "extension": "5", "defaultFlag": true } ] },
              { "id": 2005, "firstName": "Lia", "lastName": "Ford", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "lia.ford@acme.com", "defaultFlag": true },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0205", "defaultFlag": true } ] },
              { "id": 2007, "firstName": "Uma", "lastName": "Hart", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "uma.hart@acme.com", "defaultFlag": true },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0207", "defaultFlag": true },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0277" } ] },
              { "id": 2014, "firstName": "Al", "lastName": "Otto", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "al.otto@acme.com", "defaultFlag": true },
                { "type": { "name": "Mobile" }, "value": "+1 206 555 0214", "defaultFlag": true } ] },
              { "id": 2016, "firstName": "Vi", "lastName": "Quon", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "vi.quon@acme.com", "defaultFlag": true } ] },
              { "id": 2017, "firstName": "Pam", "lastName": "Reed", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "pam.reed@acme.com", "defaultFlag": true } ] },
              { "id": 2018, "firstName": "Ann", "lastName": "Lee", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "ann.lee@acme.com", "defaultFlag": true } ] },
              { "id": 2100, "firstName": "Zed", "lastName": "Leaver", "company": { "id": 300 }, "communicationItems": [
                { "type": { "name": "Email" }, "value": "zed.leaver@acme.com", "defaultFlag": true } ] },
              { "id": 2101, "firstName": "Quinn", "lastName": "Gone", "company": { "id": 300 }, "inactiveFlag": true, "communicationItems": [
                { "type": { "name": "Email" }, "value": "desk7@acme.com", "defaultFlag": true } ] }
            ]
          },
          "autotask": {
            "companies": [ { "id": 500, "companyName": "Acme Corp", "companyNumber": "ACME", "companyType": 1, "isActive": true } ],
            "contacts": [
              { "id": 41001, "companyID": 500, "firstName": "Kate", "lastName": "Bell", "emailAddress": "reception@acme.com", "emailAddress2": "kate.old@acme.com", "mobilePhone": "+1 206 555 0201", "isActive": 1 },
              { "id": 41002, "companyID": 500, "firstName": "Ann", "lastName": "Cole", "emailAddress": "ann.cole@acme.com", "mobilePhone": "+1 206 555 0202", "isActive": 1 },
              { "id": 41003, "companyID": 500, "firstName": "Eve", "lastName": "Dunn", "emailAddress": "eve.dunn@acme.com", "mobilePhone": "+1 206 555 0203 x5", "isActive": 1 },
              { "id": 41005, "companyID": 500, "firstName": "Lia", "lastName": "Ford", "emailAddress": "lia.ford@acme.com", "mobilePhone": "+1 206 555 0205", "isActive": 1 },
              { "id": 41007, "companyID": 500, "firstName": "Uma", "lastName": "Hart", "emailAddress": "uma.hart@acme.com", "mobilePhone": "+1 206 555 0207", "alternatePhone": "+1 206 555 0277", "isActive": 1 },
              { "id": 41014, "companyID": 500, "firstName": "Al", "lastName": "Otto", "emailAddress": "al.otto@acme.com", "mobilePhone": "+1 206 555 0214", "isActive": 1 },
              { "id": 41017, "companyID": 500, "firstName": "Pam", "lastName": "Reed", "emailAddress": "pam.reed@acme.com", "isActive": 1 },
              { "id": 41018, "companyID": 500, "firstName": "Ann", "lastName": "Lee", "emailAddress": "ann.lee@acme.com", "isActive": 1 },
              { "id": 41100, "companyID": 500, "firstName": "Zed", "lastName": "Leaver", "emailAddress": "zed.leaver@acme.com", "isActive": 1 },
              { "id": 41101, "companyID": 500, "firstName": "Quinn", "lastName": "Gone", "emailAddress": "desk7@acme.com", "isActive": 0 }
            ]
          }
        }
        """;

    /// <summary>Fresh data, an empty request log, no faults; <paramref name="communicationTypes"/> (a JSON array) replaces the setup table.</summary>
    public void Fresh(string? communicationTypes = null)
    {
        Sim.Reset();
        var seed = (JsonObject)JsonNode.Parse(SeedJson)!;
        if (communicationTypes != null) seed["connectWise"]!["communicationTypes"] = JsonNode.Parse(communicationTypes);
        Sim.Seed(seed);
        Sim.Faults.Set(new FaultSettings());
        Sim.Requests.Clear();
    }

    public string Connect(string psa) => psa == "ConnectWise"
        ? $"Connect-Psa -ConnectWise -Server '{Sim.ConnectWiseSite}' -CompanyId 'qpsa' -ClientId 'qpsa-tests' " +
          "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword) | Out-Null\n"
        : $"Connect-Psa -Autotask -ZoneUrl '{Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
          "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword) | Out-Null\n";

    public static string Company(string psa) => psa == "ConnectWise" ? CwCompany : AtCompany;

    /// <summary>The contact's id in this PSA: ConnectWise 2001, Autotask 41001.</summary>
    public static string Id(string psa, int n) => (psa == "ConnectWise" ? 2000 + n : 41000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>GET the contact over HTTP, as the PSA holds it (the whole record: Autotask's alternatePhone too).</summary>
    public JsonObject Get(string psa, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, psa == "ConnectWise" ? "v4_6_release/apis/3.0/company/contacts/" + id : "atservicesrest/V1.0/Contacts/" + id);
        if (psa == "ConnectWise")
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("qpsa+qpsa-public:qpsa-private")));
            request.Headers.TryAddWithoutValidation("clientId", "qpsa-tests");
        }
        else
        {
            request.Headers.TryAddWithoutValidation("ApiIntegrationCode", "QPSA-TRACKING");
            request.Headers.TryAddWithoutValidation("UserName", "api@qpsa.test");
            request.Headers.TryAddWithoutValidation("Secret", "qpsa-secret");
        }
        using var response = Http.Send(request);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())!.AsObject();
        return psa == "ConnectWise" ? body : body["item"]!.AsObject();
    }

    /// <summary>A ConnectWise contact's items of this communicationType: (value, extension, default).</summary>
    public (string? Value, string? Extension, bool Default)[] Items(string id, string kind) =>
        Get("ConnectWise", id)["communicationItems"]!.AsArray().Select(i => i!.AsObject()).Where(i => (string?)i["communicationType"] == kind)
            .Select(i => ((string?)i["value"], (string?)i["extension"], i["defaultFlag"]?.GetValue<bool>() == true)).ToArray();

    /// <summary>A ConnectWise contact's items: (type name, communicationType, value).</summary>
    public (string? Type, string? Kind, string? Value)[] AllItems(string id) =>
        Get("ConnectWise", id)["communicationItems"]!.AsArray().Select(i => i!.AsObject())
            .Select(i => ((string?)i["type"]?["name"], (string?)i["communicationType"], (string?)i["value"])).ToArray();

    /// <summary>The contact as the module reads it (Get-PsaContact), by its number in the seed.</summary>
    public PsaContact Contact(PowerShellHost ps, string psa, int n) =>
        Assert.Single(ps.Run(Connect(psa) + $"Get-PsaContact -CompanyId '{Company(psa)}' -IncludeInactive").Objects<PsaContact>(), c => c.Id == Id(psa, n));

    /// <summary>A Matched row linking the account to the contact, as Find-PsaContactMatch returns one from a stored decision.</summary>
    public static ContactMatch Linked(Account account, PsaContact contact)
    {
        var row = LinkedMatch.Create(account, contact);
        row.Status = MatchStatus.Matched;
        row.CompanyId = contact.CompanyId;
        return row;
    }

    public int Writes() => Sim.Requests.Entries().Count(e =>
        (e.Method == "POST" || e.Method == "PATCH" || e.Method == "PUT") && e.Path.IndexOf("/query", StringComparison.OrdinalIgnoreCase) < 0);
}

/// <summary>Round 65b: what Update-PsaContact writes, read back from the simulator over HTTP.</summary>
public class UpdatePsaContactSyncTests : IClassFixture<AcmeTenant>, IDisposable
{
    private readonly AcmeTenant _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public UpdatePsaContactSyncTests(AcmeTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
        _store = System.IO.Path.Combine(_folder.Path, "decisions.json");
    }

    public void Dispose() => _folder.Dispose();

    private static Account Account(string first, string last, string? email, string? mobile = null, string? id = null) => new()
    {
        Id = id ?? email, FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email, UserPrincipalName = email, MobilePhone = mobile,
        Source = AccountSource.CsvFile, Customer = "Acme Corp",
    };

    private PsResult Update(PowerShellHost ps, string parameters, params ContactMatch[] rows) =>
        ps.Run($"$args | Update-PsaContact -DecisionPath '{_store}' {parameters}", rows.Cast<object>().ToArray());

    // ---------------------------------------------------------------- 1. a mobile the contact already holds

    [Fact]
    public void ConnectWise_a_mobile_on_the_contacts_second_mobile_item_is_no_change_and_both_numbers_stay()
    {
        using var ps = PowerShellHost.WithModule();
        var uma = _sim.Contact(ps, "ConnectWise", 7);
        _sim.Sim.Requests.Clear();

        var result = Update(ps, "-Verbose", AcmeTenant.Linked(Account("Uma", "Hart", "uma.hart@acme.com", "+1 206 555 0277"), uma));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(new (string?, string?, bool)[] { ("+1 206 555 0207", null, true), ("+1 206 555 0277", null, false) }, _sim.Items("2007", "Phone"));
    }

    [Fact]
    public void Autotask_has_one_mobile_field_a_number_in_alternatePhone_does_not_stop_the_mobile_and_is_never_written()
    {
        using var ps = PowerShellHost.WithModule();
        var uma = _sim.Contact(ps, "Autotask", 7);

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Uma", "Hart", "uma.hart@acme.com", "+1 206 555 0277"), uma));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.MobilePhone, "+1 206 555 0207", "+1 206 555 0277", true), (change.Field, change.Before, change.After, change.Applied));
        var stored = _sim.Get("Autotask", "41007");
        Assert.Equal(("+1 206 555 0277", "+1 206 555 0277"), ((string?)stored["mobilePhone"], (string?)stored["alternatePhone"]));
    }

    // ---------------------------------------------------------------- 2. the address the link was made on

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_new_address_replaces_the_address_the_stored_link_was_made_on_not_a_shared_one_in_the_first_slot(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var kate = _sim.Contact(ps, psa, 1);
        var then = Account("Kate", "Bell", "kate.old@acme.com", "+1 206 555 0201", id: "0f8fad5b-d9cb-469f-a165-70867728950e");
        var now = Account("Kate", "Bell", "kate.bell@acme.com", "+1 206 555 0201", id: then.Id);
        ps.Run($"Set-PsaContactMatch -Account $args[0] -ContactId '{kate.Id}' -CompanyId '{kate.CompanyId}' -DecisionPath '{_store}' -Confirm:$false", then);
        var row = Assert.Single(ps.Run($"$args | Find-PsaContactMatch -CompanyId '{kate.CompanyId}' -DecisionPath '{_store}'", now).Objects<ContactMatch>());
        Assert.Equal((MatchStatus.Matched, kate.Id), (row.Status, row.ContactId));

        var result = Update(ps, string.Empty, row);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.Email, "kate.old@acme.com", "kate.bell@acme.com", true), (change.Field, change.Before, change.After, change.Applied));
        if (psa == "ConnectWise")
        {
            Assert.Equal(new (string?, string?, bool)[] { ("reception@acme.com", null, true), ("kate.bell@acme.com", null, false) }, _sim.Items(kate.Id, "Email"));
        }
        else
        {
            var stored = _sim.Get(psa, kate.Id);
            Assert.Equal(("reception@acme.com", "kate.bell@acme.com"), ((string?)stored["emailAddress"], (string?)stored["emailAddress2"]));
        }
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_link_saved_on_an_address_the_contact_never_had_is_described_as_the_accounts_not_the_contacts(string psa)
    {
        // Round 78a: the warning said "the stored link was made on hannah.pryce@..., which the contact no longer has", of an address
        // the contact never had: the decision keeps the account's address, not the contact's.
        using var ps = PowerShellHost.WithModule();
        var kate = _sim.Contact(ps, psa, 1);
        var then = Account("Kate", "Bell", "kate.b@acme.com", "+1 206 555 0201", id: "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        var now = Account("Kate", "Bell", "kate.bell@acme.com", "+1 206 555 0201", id: then.Id);
        ps.Run($"Set-PsaContactMatch -Account $args[0] -ContactId '{kate.Id}' -CompanyId '{kate.CompanyId}' -DecisionPath '{_store}' -Confirm:$false", then);
        var row = Assert.Single(ps.Run($"$args | Find-PsaContactMatch -CompanyId '{kate.CompanyId}' -DecisionPath '{_store}'", now).Objects<ContactMatch>());

        var result = Update(ps, "-WhatIf", row);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("the stored link was saved when the account's address was kate.b@acme.com, and kate.old@acme.com is neither that nor one of the account's addresses", warning);
        Assert.DoesNotContain("no longer has", warning);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Without_a_stored_link_the_address_with_the_persons_name_is_replaced_not_the_shared_one_and_a_warning_names_it(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var kate = _sim.Contact(ps, psa, 1);

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, AcmeTenant.Linked(Account("Kate", "Bell", "kate.bell@acme.com"), kate));

            Assert.Empty(result.Errors);
            // Round 67a: kate.old@ holds her name; reception@ in the first slot is a desk's, and stays.
            Assert.Equal("kate.old@acme.com", Assert.Single(result.Objects<ContactChange>()).Before);
            var warning = Assert.Single(result.Warnings);
            Assert.StartsWith("For Kate Bell <kate.bell@acme.com>: the new address kate.bell@acme.com replaces kate.old@acme.com on Kate Bell [" + kate.Id + "]", warning);
            Assert.Contains("not an address the account is known to have had", warning);
            Assert.Contains("shared", warning);
        }
        Assert.Equal(["reception@acme.com", "kate.bell@acme.com"], _sim.Contact(ps, psa, 1).Emails);
    }

    // ---------------------------------------------------------------- 3. an address another contact holds

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_another_active_contact_of_the_company_holds_is_refused_under_WhatIf_too_and_the_other_rows_go_on(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var ann = _sim.Contact(ps, psa, 2);
        var lia = _sim.Contact(ps, psa, 5);
        var rows = new[] { AcmeTenant.Linked(Account("Ann", "Cole", "zed.leaver@acme.com", "+1 206 555 0292"), ann), AcmeTenant.Linked(Account("Lia", "Ford", "lia.ford@acme.com", "+1 206 555 0255"), lia) };

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.AddressHeldByOtherContact,", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Same(rows[0], error.TargetObject);
            Assert.Contains("zed.leaver@acme.com", error.Exception.Message);
            Assert.Contains("Zed Leaver [" + AcmeTenant.Id(psa, 100) + "]", error.Exception.Message);
            Assert.Contains("Nothing was written for this row", error.Exception.Message);
            Assert.Contains("Set-PsaContactMatch -ContactId " + AcmeTenant.Id(psa, 100), error.ErrorDetails.RecommendedAction);
            var change = Assert.Single(result.Objects<ContactChange>());
            Assert.Equal((lia.Id, "+1 206 555 0255", whatIf.Length == 0), (change.ContactId, change.After, change.Applied));
        }
        // Nothing of Ann's row was written, its mobile included.
        var stored = _sim.Contact(ps, psa, 2);
        Assert.Equal(new[] { "ann.cole@acme.com" }, stored.Emails);
        Assert.Equal("+1 206 555 0202", stored.MobilePhone);
        Assert.Equal(new[] { "zed.leaver@acme.com" }, _sim.Contact(ps, psa, 100).Emails);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Two_rows_of_one_run_giving_one_address_to_two_contacts_write_it_to_the_first_only(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var ann = _sim.Contact(ps, psa, 2);
        var pam = _sim.Contact(ps, psa, 17);
        var rows = new[] { AcmeTenant.Linked(Account("Ann", "Cole", "team@acme.com"), ann), AcmeTenant.Linked(Account("Pam", "Reed", "team@acme.com"), pam) };

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            Assert.Equal(ann.Id, Assert.Single(result.Objects<ContactChange>()).ContactId);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.AddressHeldByOtherContact,", error.FullyQualifiedErrorId);
            Assert.Contains("Ann Cole [" + ann.Id + "]", error.Exception.Message);
            Assert.Contains("an earlier row of this run", error.Exception.Message);
        }
        Assert.Equal(new[] { "pam.reed@acme.com" }, _sim.Contact(ps, psa, 17).Emails);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_an_inactive_contact_holds_is_written_with_a_warning_naming_that_contact(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var pam = _sim.Contact(ps, psa, 17);

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Pam", "Reed", "desk7@acme.com"), pam));

        Assert.Empty(result.Errors);
        Assert.True(Assert.Single(result.Objects<ContactChange>()).Applied);
        Assert.Contains(result.Warnings, w => w.Contains("inactive contact Quinn Gone [" + AcmeTenant.Id(psa, 101) + "]") && w.Contains("Remove it from"));
        Assert.Equal(new[] { "desk7@acme.com" }, _sim.Contact(ps, psa, 17).Emails);
    }

    // ---------------------------------------------------------------- 4. ConnectWise's extension field

    [Fact]
    public void ConnectWise_reads_a_mobile_items_extension_field_into_the_contacts_mobile()
    {
        using var ps = PowerShellHost.WithModule();

        Assert.Equal("+1 206 555 0203 x5", _sim.Contact(ps, "ConnectWise", 3).MobilePhone);
    }

    [Fact]
    public void ConnectWise_another_extension_is_a_change_written_to_the_items_extension_field()
    {
        using var ps = PowerShellHost.WithModule();
        var eve = _sim.Contact(ps, "ConnectWise", 3);

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Eve", "Dunn", "eve.dunn@acme.com", "+1 206 555 0203 ext. 12"), eve));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal(("+1 206 555 0203 x5", "+1 206 555 0203 ext. 12", true), (change.Before, change.After, change.Applied));
        Assert.Equal(new (string?, string?, bool)[] { ("+1 206 555 0203", "12", true) }, _sim.Items("2003", "Phone"));
    }

    [Fact]
    public void ConnectWise_the_same_number_with_the_extension_on_one_side_only_is_no_change()
    {
        using var ps = PowerShellHost.WithModule();
        var eve = _sim.Contact(ps, "ConnectWise", 3);
        _sim.Sim.Requests.Clear();

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Eve", "Dunn", "eve.dunn@acme.com", "+1 206 555 0203"), eve));

        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void ConnectWise_a_new_number_without_an_extension_clears_the_old_numbers_extension()
    {
        using var ps = PowerShellHost.WithModule();
        var eve = _sim.Contact(ps, "ConnectWise", 3);

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Eve", "Dunn", "eve.dunn@acme.com", "+1 206 555 0299"), eve));

        Assert.True(Assert.Single(result.Objects<ContactChange>()).Applied);
        Assert.Equal(new (string?, string?, bool)[] { ("+1 206 555 0299", null, true) }, _sim.Items("2003", "Phone"));
    }

    [Fact]
    public void ConnectWise_a_new_mobile_item_gets_the_extension_in_its_extension_field()
    {
        using var ps = PowerShellHost.WithModule();
        var vi = _sim.Contact(ps, "ConnectWise", 16);

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Vi", "Quon", "vi.quon@acme.com", "+1 206 555 0216 ext. 7"), vi));

        Assert.True(Assert.Single(result.Objects<ContactChange>()).Applied);
        Assert.Equal(new (string?, string?, bool)[] { ("+1 206 555 0216", "7", true) }, _sim.Items("2016", "Phone"));
        Assert.Equal("+1 206 555 0216 x7", _sim.Contact(ps, "ConnectWise", 16).MobilePhone);
    }

    [Fact]
    public void ConnectWise_New_PsaContact_puts_the_extension_in_the_mobile_items_extension_field()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));

        var result = ps.Run($"$args | New-PsaContact -CompanyId '{AcmeTenant.CwCompany}' -DecisionPath '{_store}' -Confirm:$false",
            Account("Ned", "Vale", "ned.vale@acme.com", "+1 206 555 0230 x44"));

        Assert.Empty(result.Errors);
        var created = Assert.Single(result.Objects<ContactMatch>()).Contact!;
        Assert.Equal(new (string?, string?, bool)[] { ("+1 206 555 0230", "44", true) }, _sim.Items(created.Id, "Phone"));
    }

    // ---------------------------------------------------------------- 5. a failed write names its row

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_write_the_PSA_fails_begins_its_message_with_the_row_in_the_exception_too(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var al = _sim.Contact(ps, psa, 14);
        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = 500, FailNextCount = 1, FailNextMethod = "PATCH" });

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Al", "Otto", "aotto@acme.com", "+1 206 555 0244"), al));
        _sim.Sim.Faults.Set(new FaultSettings());

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.PsaRequestFailed,", error.FullyQualifiedErrorId);
        var who = "For Al Otto <aotto@acme.com> (contact [" + al.Id + "]): " + psa + " PATCH ";
        Assert.StartsWith(who, error.Exception.Message);
        Assert.StartsWith(who, error.ErrorDetails.Message);
        Assert.Contains("failed with HTTP 500", error.Exception.Message);
        Assert.Equal(500, Assert.IsAssignableFrom<PsaApiException>(error.Exception).StatusCode);
    }

    // ---------------------------------------------------------------- 6. a value too long: Update's own advice

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_value_too_long_says_to_shorten_the_accounts_value_or_edit_the_contact_not_to_create_one(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var lia = _sim.Contact(ps, psa, 5);
        var email = new string('l', 255) + "@acme.com";

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var error = Assert.Single(Update(ps, whatIf, AcmeTenant.Linked(Account("Lia", "Ford", email), lia)).Errors);

            Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", error.FullyQualifiedErrorId);
            Assert.DoesNotContain("create the contact by hand", error.Exception.Message);
            Assert.Contains("The contact exists and keeps the address it has", error.Exception.Message);
            Assert.Contains("shorten the account's address at the source", error.ErrorDetails.RecommendedAction);
            Assert.Contains("edit the contact's address by hand", error.ErrorDetails.RecommendedAction);
        }
        Assert.Equal(new[] { "lia.ford@acme.com" }, _sim.Contact(ps, psa, 5).Emails);
    }

    // ---------------------------------------------------------------- 8. a short id's stored link passed over

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_row_whose_short_id_link_Find_passed_over_is_named_in_the_warning_with_why_and_what_to_do(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var annLee = _sim.Contact(ps, psa, 18);
        var lia = _sim.Contact(ps, psa, 5);
        var then = Account("Ann", "Lee", "ann.lee@acme.com", id: "acc-18");
        var now = Account("Ann", "Lee", "alee@acme.com", id: "acc-18");
        ps.Run($"Set-PsaContactMatch -Account $args[0] -ContactId '{annLee.Id}' -CompanyId '{annLee.CompanyId}' -DecisionPath '{_store}' -Confirm:$false", then);
        var row = Assert.Single(ps.Run($"$args | Find-PsaContactMatch -CompanyId '{annLee.CompanyId}' -DecisionPath '{_store}'", now).Objects<ContactMatch>());
        Assert.NotEqual(MatchStatus.Matched, row.Status); // the documented rule (Find-PsaContactMatch -DecisionPath), unchanged
        _sim.Sim.Requests.Clear();

        var result = Update(ps, "-Verbose", row, AcmeTenant.Linked(Account("Lia", "Ford", "lia.ford@acme.com"), lia));

        Assert.Equal(0, _sim.Writes());
        Assert.Equal(2, result.Warnings.Count);
        var warning = result.Warnings[1];
        Assert.Contains("Ann Lee <alee@acme.com> (stored link to Ann Lee [" + annLee.Id + "], id 'acc-18')", warning);
        Assert.Contains("short one, such as a sAMAccountName", warning);
        Assert.Contains("both its email and its UPN changed", warning);
        Assert.Contains("Set-PsaContactMatch", warning);
        Assert.Contains("alias", warning);
        Assert.Contains(result.Verbose, v => v.StartsWith("Skipped Ann Lee <alee@acme.com>") && v.Contains("passed that link over"));
    }

    [Fact]
    public void A_row_of_an_account_with_a_GUID_id_or_no_link_gets_the_generic_warning_only()
    {
        using var ps = PowerShellHost.WithModule();
        var annLee = _sim.Contact(ps, "ConnectWise", 18);
        var row = Assert.Single(ps.Run($"$args | Find-PsaContactMatch -CompanyId '{annLee.CompanyId}' -DecisionPath '{_store}'",
            Account("Ann", "Lee", "alee@acme.com", id: "acc-18")).Objects<ContactMatch>());

        var result = Update(ps, string.Empty, row);

        Assert.StartsWith("1 row was not updated because it is not a linked pair", Assert.Single(result.Warnings));
    }
}
