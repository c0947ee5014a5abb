using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>
/// The sample tenant (samples/sample-tenant.json, samples/accounts/*.csv, samples/accounts/truth.csv) read straight from
/// the files: the seed has the documented shape, the setup table and the contacts are messy in the places samples/README.md
/// says, the accounts read cleanly, and the ground truth only names accounts and contacts that exist, in the right company.
/// </summary>
public class SampleTenantTests
{
    private static readonly Lazy<SampleTenant> Lazy = new(SampleTenant.Load);
    private static SampleTenant T => Lazy.Value;

    private static readonly string[] Customers = { "Contoso Ltd", "Fabrikam Inc", "Northwind Traders", "Tailspin Toys", "Woodgrove Bank" };
    private const string Msp = "Adatum IT Services";

    // ---------------------------------------------------------------- seed shape

    [Fact]
    public void The_seed_is_a_json_object_in_the_documented_shape()
    {
        var root = T.Seed.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var cw = Property(root, "connectWise", JsonValueKind.Object);
        var at = Property(root, "autotask", JsonValueKind.Object);

        foreach (var company in Property(cw, "companies", JsonValueKind.Array).EnumerateArray())
        {
            Property(company, "id", JsonValueKind.Number);
            Assert.InRange(Property(company, "identifier", JsonValueKind.String).GetString()!.Length, 1, 25);
            Assert.InRange(Property(company, "name", JsonValueKind.String).GetString()!.Length, 1, 50);
        }
        foreach (var type in Property(cw, "communicationTypes", JsonValueKind.Array).EnumerateArray())
        {
            Property(type, "id", JsonValueKind.Number);
            Property(type, "description", JsonValueKind.String);
            foreach (var flag in new[] { "phoneFlag", "faxFlag", "emailFlag", "defaultFlag" }) Assert.True(IsBoolean(Property(type, flag)), flag);
        }
        foreach (var contact in Property(cw, "contacts", JsonValueKind.Array).EnumerateArray())
        {
            Property(contact, "id", JsonValueKind.Number);
            Assert.False(string.IsNullOrWhiteSpace(Property(contact, "firstName", JsonValueKind.String).GetString()));
            Property(contact, "lastName", JsonValueKind.String);
            Property(Property(contact, "company", JsonValueKind.Object), "id", JsonValueKind.Number);
            Assert.True(IsBoolean(Property(contact, "inactiveFlag")));
            foreach (var item in Property(contact, "communicationItems", JsonValueKind.Array).EnumerateArray())
            {
                var type = Property(item, "type", JsonValueKind.Object);
                Assert.True(type.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number
                            || type.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String,
                    "an item's type names its id or its description");
                Assert.False(string.IsNullOrWhiteSpace(Property(item, "value", JsonValueKind.String).GetString()));
                Assert.True(IsBoolean(Property(item, "defaultFlag")));
            }
        }

        foreach (var company in Property(at, "companies", JsonValueKind.Array).EnumerateArray())
        {
            Property(company, "id", JsonValueKind.Number);
            Property(company, "companyName", JsonValueKind.String);
            Property(company, "companyNumber", JsonValueKind.String);
            Property(company, "companyType", JsonValueKind.Number);
            Assert.True(IsBoolean(Property(company, "isActive")), "Autotask companies' isActive is a boolean");
        }
        foreach (var contact in Property(at, "contacts", JsonValueKind.Array).EnumerateArray())
        {
            Property(contact, "id", JsonValueKind.Number);
            Property(contact, "companyID", JsonValueKind.Number);
            Assert.False(string.IsNullOrWhiteSpace(Property(contact, "firstName", JsonValueKind.String).GetString()));
            Assert.False(string.IsNullOrWhiteSpace(Property(contact, "lastName", JsonValueKind.String).GetString()));
            var active = Property(contact, "isActive", JsonValueKind.Number).GetInt32();
            Assert.True(active is 0 or 1, "Autotask contacts' isActive is the integer 0 or 1");
            foreach (var slot in new[] { "emailAddress", "emailAddress2", "emailAddress3", "mobilePhone" })
                if (contact.TryGetProperty(slot, out var v)) Assert.True(v.ValueKind is JsonValueKind.String or JsonValueKind.Null, slot);
        }
    }

    [Fact]
    public void Both_psas_hold_the_five_customers_and_the_msp()
    {
        var expected = Customers.Append(Msp).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, T.CwCompanies.Values.OrderBy(n => n, StringComparer.Ordinal).ToList());
        Assert.Equal(expected, T.AtCompanies.Values.OrderBy(n => n, StringComparer.Ordinal).ToList());

        var root = T.Seed.RootElement;
        var identifiers = root.GetProperty("connectWise").GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("identifier").GetString()).ToList();
        var numbers = root.GetProperty("autotask").GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("companyNumber").GetString()).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(numbers, n => Assert.False(string.IsNullOrWhiteSpace(n)));
    }

    [Fact]
    public void Contact_counts_are_in_the_stated_range_and_every_company_has_contacts()
    {
        Assert.InRange(T.Contacts("ConnectWise").Count, 250, 400);
        Assert.InRange(T.Contacts("Autotask").Count, 250, 400);
        foreach (var psa in Psas)
        {
            foreach (var customer in Customers) Assert.True(T.Contacts(psa).Count(c => c.Company == customer) >= 20, psa + " " + customer);
            Assert.Contains(T.Contacts(psa), c => c.Company == Msp);
        }
        Assert.InRange(T.CwTypes.Count, 6, 20);
    }

    [Fact]
    public void Ids_are_unique()
    {
        var root = T.Seed.RootElement;
        foreach (var path in new[] { ("connectWise", "companies"), ("connectWise", "communicationTypes"), ("connectWise", "contacts"), ("autotask", "companies"), ("autotask", "contacts") })
        {
            var ids = root.GetProperty(path.Item1).GetProperty(path.Item2).EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
        Assert.Equal(T.Accounts.Count, T.Accounts.Select(a => a.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    // ---------------------------------------------------------------- ConnectWise setup table

    [Fact]
    public void The_communication_type_table_is_broken_the_usual_ways()
    {
        var types = T.CwTypes.Values.ToList();
        var emailWork = Assert.Single(types, t => t.Description == "Email - Work");
        Assert.True(emailWork.Email && !emailWork.Phone && !emailWork.Fax);
        var cell = Assert.Single(types, t => t.Description == "Cell");
        Assert.True(cell.Phone && !cell.Email);
        var spaced = Assert.Single(types, t => t.Description != t.Description.Trim());
        Assert.True(spaced.Description.EndsWith(" ", StringComparison.Ordinal) && spaced.Phone);

        // The standard names are missing: that is what Repair-CwCommunicationType is for.
        Assert.DoesNotContain(types, t => t.Description.Trim() is "Email" or "Mobile");
        Assert.Contains(types, t => t.Description == "Fax" && t.Fax);
        Assert.Contains(types, t => t.Description == "Home" && t.Phone);
        Assert.Contains(types, t => t.Description == "Pager" && t.Phone);

        foreach (var t in types)
        {
            Assert.True(t.Phone || t.Fax || t.Email, t.Description + ": at least one of phoneFlag, faxFlag, emailFlag");
            Assert.True(new[] { t.Phone, t.Fax, t.Email }.Count(f => f) == 1, t.Description + ": one kind only");
            foreach (var xref in new[] { "exchangeXref", "iphoneXref", "androidXref", "googleXref" })
            {
                var value = t.Json.GetProperty(xref).GetString();
                Assert.False(string.IsNullOrWhiteSpace(value), t.Description + " " + xref);
                Assert.True(value!.Length <= 50, t.Description + " " + xref);
            }
        }
        // One default per kind.
        Assert.Single(types, t => t.Email && t.Default);
        Assert.Single(types, t => t.Phone && t.Default);
    }

    [Fact]
    public void Every_contact_names_an_existing_company_and_every_item_an_existing_type()
    {
        foreach (var contact in T.Seed.RootElement.GetProperty("connectWise").GetProperty("contacts").EnumerateArray())
        {
            var id = contact.GetProperty("id").GetInt64();
            Assert.True(T.CwCompanies.ContainsKey(contact.GetProperty("company").GetProperty("id").GetInt64()), "company of CW contact " + id);
            foreach (var item in contact.GetProperty("communicationItems").EnumerateArray())
            {
                var type = SampleTenant.ResolveType(T.CwTypes, item.GetProperty("type"));
                Assert.True(type != null, "type of an item of CW contact " + id);
                var value = item.GetProperty("value").GetString()!;
                if (type!.Email) Assert.Matches(@"^[^@\s]+@[^@\s]+\.[a-z]+$", value.ToLowerInvariant());
                else Assert.True(!value.Contains('@') && value.Count(char.IsDigit) >= 10, "phone value " + value + " of CW contact " + id);
            }
        }
        foreach (var contact in T.Contacts("Autotask"))
            Assert.Contains(contact.Company, T.AtCompanies.Values);
        // Items name their type both ways (id, description), as real integrations do.
        var refs = T.Seed.RootElement.GetProperty("connectWise").GetProperty("contacts").EnumerateArray()
            .SelectMany(c => c.GetProperty("communicationItems").EnumerateArray()).Select(i => i.GetProperty("type")).ToList();
        Assert.Contains(refs, r => !r.TryGetProperty("id", out _));
        Assert.Contains(refs, r => r.TryGetProperty("id", out _));
        Assert.Contains(refs, r => SampleTenant.ResolveType(T.CwTypes, r)!.Description == "Email - Work");
        Assert.Contains(refs, r => SampleTenant.ResolveType(T.CwTypes, r)!.Description == "Cell");
        Assert.Contains(refs, r => SampleTenant.ResolveType(T.CwTypes, r)!.Description == "Direct ");
    }

    [Fact]
    public void Values_fit_the_psas_field_lengths()
    {
        foreach (var c in T.Contacts("Autotask"))
        {
            Assert.True(c.First.Length <= 20 && c.Last.Length <= 20, "Autotask name of " + c.Id);
            Assert.All(c.Emails, e => Assert.True(e.Length <= 50, "Autotask email " + e));
        }
        foreach (var c in T.Contacts("ConnectWise"))
        {
            Assert.True(c.First.Length <= 30 && c.Last.Length <= 30, "ConnectWise name of " + c.Id);
            Assert.All(c.Emails, e => Assert.True(e.Length <= 250));
        }
    }

    [Fact]
    public void Duplicates_inactive_contacts_and_later_email_slots_exist()
    {
        foreach (var psa in Psas)
        {
            var contacts = T.Contacts(psa);
            Assert.True(contacts.Count(c => !c.Active) >= 10, psa + ": inactive contacts");
            var groups = contacts.GroupBy(c => (c.Company, SampleTenant.FoldName(c.First, c.Last))).Where(g => g.Count() > 1).ToList();
            Assert.Contains(groups, g => g.Any(c => c.Active) && g.Any(c => !c.Active));
            Assert.Contains(groups, g => g.All(c => c.Active));
            Assert.Contains(contacts, c => c.Slots.Count >= 2 && c.Slots[1] != null);
            Assert.Contains(contacts, c => c.Slots.Count >= 3 && c.Slots[2] != null);
            Assert.Contains(contacts, c => c.Emails.Count == 0);
        }
        var atJson = T.Seed.RootElement.GetProperty("autotask").GetProperty("contacts").EnumerateArray().ToList();
        Assert.Contains(atJson, c => c.GetProperty("emailAddress2").ValueKind == JsonValueKind.String);
        Assert.Contains(atJson, c => c.GetProperty("emailAddress3").ValueKind == JsonValueKind.String);
        Assert.Contains(atJson, c => c.GetProperty("isActive").GetInt32() == 0);
        Assert.Contains(T.Seed.RootElement.GetProperty("connectWise").GetProperty("contacts").EnumerateArray(), c => c.GetProperty("inactiveFlag").GetBoolean());
    }

    // ---------------------------------------------------------------- accounts and truth

    [Fact]
    public void Every_account_file_reads_without_errors()
    {
        var files = Directory.GetFiles(Path.Combine(T.Samples, "accounts"), "*.csv").Where(f => Path.GetFileName(f) != "truth.csv").ToList();
        Assert.Equal(5, files.Count);
        foreach (var file in files)
        {
            var results = AccountFileReader.Read(file).ToList();
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.Null(r.Error));
            Assert.All(results, r => Assert.Empty(r.Warnings));
            var customer = Assert.Single(results.Select(r => r.Account!.Customer).Distinct());
            Assert.Contains(customer, Customers);
            foreach (var a in results.Select(r => r.Account!))
            {
                Assert.True(Guid.TryParse(a.Id, out _), "Id " + a.Id + " is an Entra object id");
                Assert.False(string.IsNullOrEmpty(a.Email));
                Assert.False(string.IsNullOrEmpty(a.UserPrincipalName));
                Assert.False(string.IsNullOrEmpty(a.FirstName));
                Assert.False(string.IsNullOrEmpty(a.LastName));
                Assert.False(string.IsNullOrEmpty(a.DisplayName));
                if (a.ProxyAddresses.Count > 0) Assert.Single(a.ProxyAddresses, p => p.IsPrimary);
            }
        }
        Assert.Equal(T.Accounts.Count, T.Accounts.Select(a => a.UserPrincipalName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(T.Accounts.Count, T.Accounts.Select(a => a.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.InRange(T.Accounts.Count, 150, 400);
        Assert.Contains(T.Accounts, a => !a.Enabled);
        Assert.Contains(T.Accounts, a => !string.Equals(a.UserPrincipalName, a.Email, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(T.Accounts, a => a.ProxyAddresses.Any(p => !p.IsPrimary && p.Address.EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(T.Accounts, a => a.ProxyAddresses.Count == 0);
    }

    [Fact]
    public void Truth_names_every_account_once_per_psa_and_only_contacts_of_its_company()
    {
        var lines = File.ReadAllLines(Path.Combine(T.Samples, "accounts", "truth.csv"), Encoding.UTF8);
        Assert.Equal("Psa,AccountId,ContactId", lines[0]);
        var accounts = T.Accounts.ToDictionary(a => a.Id!, StringComparer.Ordinal);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        Assert.Equal(2 * accounts.Count, rows.Count);

        foreach (var psa in Psas)
        {
            var mine = rows.Where(r => r[0] == psa).ToList();
            Assert.Equal(accounts.Keys.OrderBy(k => k, StringComparer.Ordinal), mine.Select(r => r[1]).OrderBy(k => k, StringComparer.Ordinal));
            var contacts = T.Contacts(psa).ToDictionary(c => c.Id);
            foreach (var r in mine.Where(r => r[2].Length > 0))
            {
                var contact = contacts[long.Parse(r[2], CultureInfo.InvariantCulture)];
                Assert.Equal(accounts[r[1]].Customer, contact.Company);
            }
            var linked = mine.Where(r => r[2].Length > 0).Select(r => r[2]).ToList();
            Assert.Equal(linked.Count, linked.Distinct().Count());        // one contact, one account
            Assert.True(linked.Count > mine.Count / 2, psa + ": most accounts have a contact");
            Assert.True(mine.Count(r => r[2].Length == 0) >= 5, psa + ": some accounts have none");
        }
        Assert.Equal(rows.Count, rows.Where(r => r[0] is "ConnectWise" or "Autotask").Count());
    }

    // ---------------------------------------------------------------- the README's cases

    public static readonly string[] CaseNames =
    {
        "ExactEmail", "EmailCase", "PlusTag", "SecondSlot", "ThirdSlot", "PersonalEmail", "AliasDomain", "ProxyAddress", "OldDomain",
        "UpnNotEmail", "DuplicateInactive", "DuplicateActive", "Inactive", "InactiveOnly", "DisabledAccount", "SharedMailbox",
        "SameNameTwoPeople", "Ambiguous", "FamilyNegative", "NearMiss", "OtherCompanySameName", "LastCommaFirst", "Swapped",
        "Nickname", "Accent", "Apostrophe", "MiddleInitial", "MarriedName", "NoEmail", "NoContact", "Typo", "MobileFormat",
    };

    public static IEnumerable<object[]> Cases => CaseNames.Select(n => new object[] { n });

    [Fact]
    public void The_readme_lists_only_cases_this_test_knows()
    {
        Assert.NotEmpty(T.CaseRows);
        Assert.All(T.CaseRows, r => Assert.Contains(r.Case, CaseNames));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_readme_case_occurs_where_the_readme_says(string name)
    {
        var rows = T.CaseRows.Where(r => r.Case == name).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var account = row.Upn == null ? null : Assert.Single(T.Accounts, a => string.Equals(a.UserPrincipalName, row.Upn, StringComparison.OrdinalIgnoreCase));
            if (account != null) Assert.Equal(row.Customer, account.Customer);
            foreach (var psa in Psas)
            {
                var contacts = row.Contacts(psa).Select(id => Assert.Single(T.Contacts(psa), c => c.Id == id)).ToList();
                if (account == null) Assert.All(contacts, c => Assert.Equal(row.Customer, c.Company));
                var why = CaseHolds(name, psa, account, contacts);
                Assert.True(why == null, name + " / " + psa + " / " + (row.Upn ?? string.Join(",", contacts.Select(c => c.Id))) + ": " + why);
            }
        }
    }

    private static string? CaseHolds(string name, string psa, Account? a, List<Contact> cs)
    {
        var c = cs.FirstOrDefault();
        var truth = a == null ? null : T.Truth(psa, a.Id!);
        bool IsTruth(Contact? x) => x != null && truth == x.Id;
        string? Need(bool ok, string what) => ok ? null : what;
        string? Linked(bool ok, string what) => Need(ok, what) ?? Need(IsTruth(c), "truth.csv does not link the account to " + c?.Id);

        if (name is "Inactive" or "SharedMailbox")
            return Need(a == null && c != null, "a contact and no account")
                ?? Need(name == "Inactive" ? !c!.Active : c!.Active && c.Emails.Count > 0, "state")
                ?? Need(!T.IsLinked(psa, c!.Id), "no account links to it");
        if (name == "NoContact")
            return Need(a != null && cs.Count == 0 && truth == null, "an account, no contact, no truth")
                ?? Need(!T.Contacts(psa).Any(x => x.Company == a!.Customer && (SampleTenant.FoldName(x.First, x.Last) == SampleTenant.FoldName(a.FirstName, a.LastName) || x.Emails.Any(e => Addresses(a!).Contains(e)))),
                    "no contact of the company has the account's name or an address of it");
        if (name == "DisabledAccount")
            return Need(a != null && !a.Enabled, "a disabled account") ?? Need(truth == c?.Id, "truth is the listed contact, or none");
        if (name == "NoEmail")
            return Need(c != null && c.Emails.Count == 0, "a contact without email") ?? Need(a == null || IsTruth(c), "truth");
        if (a == null || c == null) return "the case needs an account and a contact";

        var addresses = Addresses(a);
        switch (name)
        {
            case "ExactEmail":
                return Linked(c.Emails.FirstOrDefault() == a.Email, "first email equals the account email exactly");
            case "EmailCase":
                return Linked(c.Emails.Any(e => Eq(e, a.Email) && e != a.Email), "email equal but for case");
            case "PlusTag":
                return Linked(c.Emails.Any(e => Local(e).Contains('+') && Eq(StripTag(e), a.Email)), "plus-tagged account address");
            case "SecondSlot":
                return Linked(c.Slots.Count >= 2 && c.Slots[0] != null && !addresses.Contains(c.Slots[0]!) && c.Slots[1] != null && addresses.Contains(c.Slots[1]!), "address in slot 2 only");
            case "ThirdSlot":
                return Linked(c.Slots.Count >= 3 && c.Slots.Take(2).All(s => s != null && !addresses.Contains(s)) && c.Slots[2] != null && addresses.Contains(c.Slots[2]!), "address in slot 3 only");
            case "PersonalEmail":
                return Linked(c.Emails.Count > 0 && c.Emails.All(e => ConsumerDomains.Contains(Domain(e))) && !c.Emails.Any(addresses.Contains), "personal addresses only");
            case "AliasDomain":
                return Linked(c.Emails.Any(e => Domain(e).EndsWith(".onmicrosoft.com", StringComparison.Ordinal) && a.ProxyAddresses.Any(p => !p.IsPrimary && Eq(p.Address, e))), "an onmicrosoft.com proxy address");
            case "ProxyAddress":
                return Linked(c.Emails.Any(e => !Eq(e, a.Email) && !Domain(e).EndsWith(".onmicrosoft.com", StringComparison.Ordinal) && a.ProxyAddresses.Any(p => !p.IsPrimary && Eq(p.Address, e))), "a secondary proxy address");
            case "OldDomain":
                return Linked(c.Emails.Any(e => Eq(Local(e), Local(a.Email!)) && Domain(e) != Domain(a.Email!) && !Domain(e).EndsWith(".onmicrosoft.com", StringComparison.Ordinal) && !ConsumerDomains.Contains(Domain(e))), "same mailbox name on another company domain");
            case "UpnNotEmail":
                return Linked(!Eq(a.UserPrincipalName, a.Email) && c.Emails.Any(e => Eq(e, a.UserPrincipalName)), "the contact has the UPN, not the email");
            case "DuplicateInactive":
                return Linked(cs.Count >= 2 && SameName(cs) && c.Active && cs.Skip(1).Any(x => !x.Active), "active + inactive duplicates");
            case "DuplicateActive":
                return Linked(cs.Count >= 2 && SameName(cs) && cs.All(x => x.Active) && c.Emails.Count > 0 && cs.Skip(1).Any(x => x.Emails.Count == 0), "active duplicates, the true one with email");
            case "InactiveOnly":
                return Linked(a.Enabled && !c.Active && !T.Contacts(psa).Any(x => x.Active && x.Company == c.Company && SampleTenant.FoldName(x.First, x.Last) == SampleTenant.FoldName(c.First, c.Last)), "only an inactive contact");
            case "SameNameTwoPeople":
                return Linked(cs.Count == 2 && SameName(cs) && cs.All(x => x.Active) && T.Accounts.Any(o => o.Id != a.Id && T.Truth(psa, o.Id!) == cs[1].Id && SampleTenant.FoldName(o.FirstName, o.LastName) == SampleTenant.FoldName(a.FirstName, a.LastName)), "two people, two accounts, same name");
            case "Ambiguous":
                return Linked(cs.Count >= 2 && cs.All(x => x.Active && SampleTenant.FoldName(x.First, x.Last) == SampleTenant.FoldName(a.FirstName, a.LastName) && !x.Emails.Any(addresses.Contains))
                              && a.MobilePhone != null && c.Mobiles.Any(m => Phone(m) == Phone(a.MobilePhone)), "same-name contacts, no email evidence, mobile says which");
            case "FamilyNegative":
                return Need(truth == null && c.Company == a.Customer && Fold(c.Last) == Fold(a.LastName) && Fold(c.First) != Fold(a.FirstName) && c.Emails.Any(e => Domain(e) == Domain(a.Email!)), "a relative's contact, no truth");
            case "NearMiss":
                return Need(truth == null && Fold(c.Last) == Fold(a.LastName) && Lev(Fold(c.First), Fold(a.FirstName)) == 1, "a one-letter-off first name, no truth");
            case "OtherCompanySameName":
                return Need(c.Company != a.Customer && SampleTenant.FoldName(c.First, c.Last) == SampleTenant.FoldName(a.FirstName, a.LastName) && truth != c.Id, "same name in another company, not linked");
            case "LastCommaFirst":
                return Linked((c.First + c.Last).Contains(',') && (c.First + " " + c.Last).Contains(a.LastName + ", " + a.FirstName), "\"Last, First\" in one field");
            case "Swapped":
                return Linked(Fold(c.First) == Fold(a.LastName) && Fold(c.Last) == Fold(a.FirstName), "first and last swapped");
            case "Nickname":
                return Linked(Fold(c.Last) == Fold(a.LastName) && Fold(c.First) != Fold(a.FirstName) && IsNickname(Fold(c.First), Fold(a.FirstName)), "nickname");
            case "Accent":
                return Linked(!string.Equals(c.First + c.Last, a.FirstName + a.LastName, StringComparison.OrdinalIgnoreCase) && Fold(c.First) == Fold(a.FirstName) && Fold(c.Last) == Fold(a.LastName), "equal once accents are folded");
            case "Apostrophe":
                return Linked(!string.Equals(c.Last, a.LastName, StringComparison.OrdinalIgnoreCase) && Squeeze(c.Last) == Squeeze(a.LastName) && Fold(c.First) == Fold(a.FirstName), "equal without apostrophes, hyphens, spaces");
            case "MiddleInitial":
                return Linked(StripInitial(c.First) == StripInitial(a.FirstName) && Fold(c.Last) == Fold(a.LastName) && (Fold(c.First) != Fold(a.FirstName) || c.MiddleInitial != null), "a middle initial on one side");
            case "MarriedName":
                return Linked(Fold(c.First) == Fold(a.FirstName) && Fold(c.Last) != Fold(a.LastName), "same first name, another surname");
            case "Typo":
                var d = Lev(SampleTenant.FoldName(c.First, c.Last), SampleTenant.FoldName(a.FirstName, a.LastName));
                return Linked(d is >= 1 and <= 2, "one or two letters off");
            case "MobileFormat":
                return Linked(a.MobilePhone != null && c.Mobiles.Any(m => m != a.MobilePhone && Phone(m) == Phone(a.MobilePhone)), "same mobile, another format");
            default:
                return "unknown case";
        }
    }

    // ---------------------------------------------------------------- helpers

    private static readonly string[] Psas = { "ConnectWise", "Autotask" };
    private static readonly HashSet<string> ConsumerDomains = new(StringComparer.OrdinalIgnoreCase) { "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com" };
    private static readonly string[][] Nicknames =
    {
        new[] { "robert", "bob" }, new[] { "elizabeth", "liz" }, new[] { "william", "bill" }, new[] { "katherine", "kate" },
        new[] { "alexandra", "alex" }, new[] { "margaret", "peggy" }, new[] { "christopher", "chris" },
    };

    private static bool IsNickname(string a, string b) => Nicknames.Any(p => p.Contains(a) && p.Contains(b));
    private static bool Eq(string? a, string? b) => a != null && b != null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    private static string Local(string email) => email.Substring(0, email.IndexOf('@'));
    private static string Domain(string email) => email.Substring(email.IndexOf('@') + 1).ToLowerInvariant();
    private static string StripTag(string email) => Local(email).Split('+')[0] + "@" + Domain(email);
    private static string Fold(string? s) => SampleTenant.Fold(s);
    private static string Squeeze(string? s) => new(Fold(s).Where(char.IsLetter).ToArray());
    private static string StripInitial(string? first) => string.Join(" ", Fold(first).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.TrimEnd('.').Length > 1));
    private static bool SameName(List<Contact> cs) => cs.Select(x => (x.Company, SampleTenant.FoldName(x.First, x.Last))).Distinct().Count() == 1;

    /// <summary>The last ten digits: "+1 (425) 555-0177", "425.555.0177", "+447700900514" and "07700 900514" compare equal.</summary>
    private static string Phone(string? s)
    {
        var digits = new string((s ?? string.Empty).Where(char.IsDigit).ToArray());
        return digits.Length > 10 ? digits.Substring(digits.Length - 10) : digits;
    }

    private static HashSet<string> Addresses(Account a)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (a.Email != null) set.Add(a.Email);
        if (a.UserPrincipalName != null) set.Add(a.UserPrincipalName);
        foreach (var p in a.ProxyAddresses) set.Add(p.Address);
        return set;
    }

    private static int Lev(string a, string b)
    {
        var d = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var next = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = next;
            }
        }
        return d[b.Length];
    }

    private static JsonElement Property(JsonElement e, string name, JsonValueKind? kind = null)
    {
        Assert.True(e.TryGetProperty(name, out var value), "missing property " + name + " in " + Truncate(e.GetRawText()));
        if (kind != null) Assert.True(value.ValueKind == kind, name + " is " + value.ValueKind + ", expected " + kind + " in " + Truncate(e.GetRawText()));
        return value;
    }

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;
    private static string Truncate(string s) => s.Length > 200 ? s.Substring(0, 200) + "..." : s;

    // ---------------------------------------------------------------- the files, read once

    private sealed record CommunicationType(long Id, string Description, bool Phone, bool Fax, bool Email, bool Default, JsonElement Json);

    /// <summary>A contact of either PSA, reduced to what the cases talk about. Slots keep the email positions (Autotask's three fields, ConnectWise's email items in order).</summary>
    private sealed record Contact(string Psa, long Id, string Company, string First, string Last, string? MiddleInitial, bool Active, IReadOnlyList<string?> Slots, IReadOnlyList<string> Mobiles)
    {
        public IReadOnlyList<string> Emails => Slots.Where(s => s != null).Select(s => s!).ToList();
    }

    private sealed record CaseRow(string Case, string Customer, string? Upn, IReadOnlyList<long> ConnectWise, IReadOnlyList<long> Autotask)
    {
        public IReadOnlyList<long> Contacts(string psa) => psa == "ConnectWise" ? ConnectWise : Autotask;
    }

    private sealed class SampleTenant
    {
        public string Samples { get; private init; } = "";
        public JsonDocument Seed { get; private init; } = null!;
        public Dictionary<long, string> CwCompanies { get; } = new();
        public Dictionary<long, string> AtCompanies { get; } = new();
        public Dictionary<long, CommunicationType> CwTypes { get; } = new();
        public List<Account> Accounts { get; } = new();
        public List<CaseRow> CaseRows { get; } = new();
        private readonly Dictionary<string, List<Contact>> _contacts = new();
        private readonly Dictionary<(string, string), long?> _truth = new();

        public List<Contact> Contacts(string psa) => _contacts[psa];
        public long? Truth(string psa, string accountId) => _truth.TryGetValue((psa, accountId), out var id) ? id : throw new KeyNotFoundException(psa + " " + accountId + " is not in truth.csv");
        public bool IsLinked(string psa, long contactId) => _truth.Any(t => t.Key.Item1 == psa && t.Value == contactId);

        public static SampleTenant Load()
        {
            var samples = Path.Combine(RepoPaths.Root, "samples");
            var t = new SampleTenant { Samples = samples, Seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(samples, "sample-tenant.json"), Encoding.UTF8)) };
            var cw = t.Seed.RootElement.GetProperty("connectWise");
            var at = t.Seed.RootElement.GetProperty("autotask");

            foreach (var c in cw.GetProperty("companies").EnumerateArray()) t.CwCompanies[c.GetProperty("id").GetInt64()] = c.GetProperty("name").GetString()!;
            foreach (var c in at.GetProperty("companies").EnumerateArray()) t.AtCompanies[c.GetProperty("id").GetInt64()] = c.GetProperty("companyName").GetString()!;
            foreach (var e in cw.GetProperty("communicationTypes").EnumerateArray())
                t.CwTypes[e.GetProperty("id").GetInt64()] = new CommunicationType(e.GetProperty("id").GetInt64(), e.GetProperty("description").GetString()!,
                    e.GetProperty("phoneFlag").GetBoolean(), e.GetProperty("faxFlag").GetBoolean(), e.GetProperty("emailFlag").GetBoolean(), e.GetProperty("defaultFlag").GetBoolean(), e);

            var cwContacts = new List<Contact>();
            foreach (var e in cw.GetProperty("contacts").EnumerateArray())
            {
                var items = e.GetProperty("communicationItems").EnumerateArray().Select(i => (Type: ResolveType(t.CwTypes, i.GetProperty("type")), Value: i.GetProperty("value").GetString()!)).ToList();
                cwContacts.Add(new Contact("ConnectWise", e.GetProperty("id").GetInt64(), t.CwCompanies.GetValueOrDefault(e.GetProperty("company").GetProperty("id").GetInt64(), "?"),
                    e.GetProperty("firstName").GetString()!, e.GetProperty("lastName").GetString()!, null, !e.GetProperty("inactiveFlag").GetBoolean(),
                    items.Where(i => i.Type?.Email == true).Select(i => (string?)i.Value).ToList(),
                    items.Where(i => i.Type?.Description.Trim() == "Cell").Select(i => i.Value).ToList()));
            }
            var atContacts = new List<Contact>();
            foreach (var e in at.GetProperty("contacts").EnumerateArray())
            {
                string? S(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var slots = new List<string?> { S("emailAddress"), S("emailAddress2"), S("emailAddress3") };
                while (slots.Count > 0 && slots[^1] == null) slots.RemoveAt(slots.Count - 1);
                atContacts.Add(new Contact("Autotask", e.GetProperty("id").GetInt64(), t.AtCompanies.GetValueOrDefault(e.GetProperty("companyID").GetInt64(), "?"),
                    S("firstName")!, S("lastName")!, S("middleInitial"), e.GetProperty("isActive").GetInt32() == 1, slots,
                    S("mobilePhone") is { } m ? new[] { m } : Array.Empty<string>()));
            }
            t._contacts["ConnectWise"] = cwContacts;
            t._contacts["Autotask"] = atContacts;

            foreach (var file in Directory.GetFiles(Path.Combine(samples, "accounts"), "*.csv").Where(f => Path.GetFileName(f) != "truth.csv").OrderBy(f => f, StringComparer.Ordinal))
                t.Accounts.AddRange(AccountFileReader.Read(file).Where(r => r.Account != null).Select(r => r.Account!));

            foreach (var line in File.ReadAllLines(Path.Combine(samples, "accounts", "truth.csv"), Encoding.UTF8).Skip(1).Where(l => l.Length > 0))
            {
                var f = line.Split(',');
                t._truth[(f[0], f[1])] = f[2].Length == 0 ? null : long.Parse(f[2], CultureInfo.InvariantCulture);
            }

            // | `Case` | Customer | Account (UPN) | ConnectWise contact(s) | Autotask contact(s) | What is odd |
            var readme = File.ReadAllLines(Path.Combine(samples, "README.md"), Encoding.UTF8);
        var section = readme.SkipWhile(l => !l.StartsWith("## Deliberate cases", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        foreach (var line in section.Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                static IReadOnlyList<long> Ids(string cell) => cell == "-" ? Array.Empty<long>() : cell.Split(',').Select(s => long.Parse(s.Trim(), CultureInfo.InvariantCulture)).ToList();
                t.CaseRows.Add(new CaseRow(cells[1].Trim('`'), cells[2], cells[3] == "-" ? null : cells[3], Ids(cells[4]), Ids(cells[5])));
            }
            return t;
        }

        public static CommunicationType? ResolveType(Dictionary<long, CommunicationType> types, JsonElement reference)
        {
            if (reference.TryGetProperty("id", out var id))
            {
                if (!types.TryGetValue(id.GetInt64(), out var byId)) return null;
                return !reference.TryGetProperty("name", out var n) || n.GetString() == byId.Description ? byId : null;
            }
            var name = reference.GetProperty("name").GetString();
            return types.Values.SingleOrDefault(t => string.Equals(t.Description, name, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Lower case, accents and special letters folded to ASCII ("Zoë Nguyễn" -> "zoe nguyen", "Łukasz" -> "lukasz", "Yılmaz" -> "yilmaz").</summary>
        public static string Fold(string? s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            var mapped = s.Replace("ł", "l").Replace("Ł", "L").Replace("ø", "o").Replace("Ø", "O").Replace("đ", "d").Replace("Đ", "D").Replace("ı", "i").Replace("ß", "ss");
            var sb = new StringBuilder();
            foreach (var ch in mapped.Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
            return sb.ToString().Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();
        }

        public static string FoldName(string? first, string? last) => (Fold(first) + " " + Fold(last)).Trim();
    }
}
