using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>Which contacts of a company hold an account's address, as New-PsaContact looks them up before a create.</summary>
public class AddressHoldersTests
{
    private static PsaContact Contact(string id, string first, string last, params string[] emails) =>
        new() { Id = id, CompanyId = "19", FirstName = first, LastName = last, Emails = emails };

    /// <summary>A PSA that answers as a company's read does, and logs each query it is asked.</summary>
    private sealed class FakePsa
    {
        private readonly ExistingPersonCheck _read;

        public FakePsa(params PsaContact[] contacts) => _read = new ExistingPersonCheck(contacts, Array.Empty<Core.Decisions.ContactMatchDecision>(), "19");

        public List<string> Asked { get; } = new();

        public IReadOnlyList<PsaContact> Ask(ContactQuery query)
        {
            Asked.Add(query.Email != null ? "email " + query.Email : "contains " + query.EmailContains);
            Assert.True(query.IncludeInactive);
            Assert.Equal("19", query.CompanyId);
            return _read.Find(query)!;
        }
    }

    private static List<PsaContact> Find(FakePsa psa, Account account, string email, ExistingPersonCheck? check = null, Func<string, bool>? searchable = null) =>
        AddressHolders.Find(account, email, "19", check, psa.Ask, searchable ?? (_ => true));

    [Fact]
    public void The_address_itself_is_asked_once_and_inactive_contacts_count()
    {
        var psa = new FakePsa(Inactive(Contact("1", "Ann", "Lee", "ann@contoso.com")), Contact("2", "Bob", "Ray", "bob@contoso.com"));

        var found = Find(psa, new Account { DisplayName = "Ann Lee" }, "ann@contoso.com");

        Assert.Equal(new[] { "1" }, found.Select(c => c.Id));
        Assert.Equal(new[] { "email ann@contoso.com" }, psa.Asked);
    }

    private static PsaContact Inactive(PsaContact contact)
    {
        contact.Active = false;
        return contact;
    }

    [Fact]
    public void A_tagged_address_also_finds_the_contact_at_the_plain_one_without_doubling_a_contact_that_has_both()
    {
        var both = Contact("1", "Ann", "Lee", "ann+qp@contoso.com", "ann@contoso.com");
        var plain = Contact("2", "Ann", "Lee", "ann@contoso.com");
        var psa = new FakePsa(both, plain);

        var found = Find(psa, new Account { DisplayName = "Ann Lee" }, "ann+qp@contoso.com");

        Assert.Equal(new[] { "1", "2" }, found.Select(c => c.Id));
        Assert.Equal(new[] { "email ann+qp@contoso.com", "email ann@contoso.com" }, psa.Asked);
    }

    [Fact]
    public void A_tag_on_the_contacts_side_is_asked_only_when_nothing_was_found_and_counts_only_under_the_accounts_name()
    {
        // Round 43: daniel.kim+tickets@ is daniel.kim@ to the matcher. Round 44: it+dave@ is Dave's, not the it@ mailbox's.
        var daniel = Contact("1", "Daniel", "Kim", "daniel.kim+tickets@contoso.com");
        var dave = Contact("2", "Dave", "Jones", "it+dave@contoso.com");
        var psa = new FakePsa(daniel, dave, Contact("3", "Daniel", "Kimball", "daniel.kimball@contoso.com"));

        Assert.Equal(new[] { "1" }, Find(psa, new Account { FirstName = "Daniel", LastName = "Kim" }, "daniel.kim@contoso.com").Select(c => c.Id));
        Assert.Equal(new[] { "email daniel.kim@contoso.com", "contains daniel.kim+" }, psa.Asked);

        Assert.Empty(Find(psa, new Account { DisplayName = "IT Helpdesk" }, "it@contoso.com"));
    }

    [Fact]
    public void The_accounts_other_addresses_are_asked_only_when_its_address_found_nothing_and_at_most_five()
    {
        // Round 46: Jane Doe with jane.smith@ as an alias is Jane Smith's contact.
        var account = new Account
        {
            DisplayName = "Jane Doe",
            ProxyAddresses = new[] { "SMTP:jane.doe@contoso.com", "smtp:jane.smith@contoso.com", "smtp:JANE.SMITH@contoso.com", "smtp:j1@contoso.com", "smtp:j2@contoso.com", "smtp:j3@contoso.com", "smtp:j4@contoso.com", "smtp:j5@contoso.com" }
                .Select(p => ProxyAddress.Parse(p)!).ToArray(),
        };
        var psa = new FakePsa(Contact("7", "Jane", "Smith", "jane.smith@contoso.com"));

        var found = Find(psa, account, "jane.doe@contoso.com");

        Assert.Equal(new[] { "7" }, found.Select(c => c.Id));
        Assert.Equal(new[]
        {
            "email jane.doe@contoso.com", "contains jane.doe+", "email jane.smith@contoso.com", "email j1@contoso.com", "email j2@contoso.com", "email j3@contoso.com", "email j4@contoso.com",
        }, psa.Asked);

        var psa2 = new FakePsa(Contact("8", "Jane", "Doe", "jane.doe@contoso.com"), Contact("7", "Jane", "Smith", "jane.smith@contoso.com"));
        Assert.Equal(new[] { "8" }, Find(psa2, account, "jane.doe@contoso.com").Select(c => c.Id));
        Assert.Equal(new[] { "email jane.doe@contoso.com" }, psa2.Asked);
    }

    [Fact]
    public void A_value_the_PSA_cannot_search_for_is_left_out()
    {
        var psa = new FakePsa();

        Find(psa, new Account { DisplayName = "Ann Lee" }, "ann+qp@contoso.com", searchable: value => !value.StartsWith("ann@", StringComparison.Ordinal));

        Assert.Equal(new[] { "email ann+qp@contoso.com" }, psa.Asked);
    }

    [Fact]
    public void The_companys_read_answers_without_a_request_until_a_create_went_unanswered()
    {
        var read = new ExistingPersonCheck(new[] { Contact("1", "Ann", "Lee", "ann@contoso.com") }, Array.Empty<Core.Decisions.ContactMatchDecision>(), "19");
        var psa = new FakePsa(Contact("1", "Ann", "Lee", "ann@contoso.com"));

        Assert.Single(Find(psa, new Account { DisplayName = "Ann Lee" }, "ann@contoso.com", read));
        Assert.Empty(psa.Asked);

        read.Unsure();
        Assert.Single(Find(psa, new Account { DisplayName = "Ann Lee" }, "ann@contoso.com", read));
        Assert.Equal(new[] { "email ann@contoso.com" }, psa.Asked);
    }

    [Theory]
    [InlineData("ann+qp@contoso.com", "ann@contoso.com")]
    [InlineData("ann+a+b@contoso.com", "ann@contoso.com")]
    [InlineData("ann@contoso.com", null)]
    [InlineData("+qp@contoso.com", null)]        // nothing before the tag: no address without it
    [InlineData("ann@con+toso.com", null)]       // a plus in the domain is no tag
    public void The_plain_address_is_the_one_without_its_plus_tag(string email, string? untagged)
    {
        Assert.Equal(untagged, AddressHolders.Untagged(email));
    }

    [Fact]
    public void Under_the_create_lock_only_active_contacts_of_the_company_with_the_exact_address_count()
    {
        var answer = new[]
        {
            Contact("1", "Ann", "Lee", " ANN@contoso.com "),
            Inactive(Contact("2", "Ann", "Lee", "ann@contoso.com")),
            new PsaContact { Id = "3", CompanyId = "20", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann@contoso.com" } },
            Contact("4", "Ann", "Lee", "ann+qp@contoso.com"),
        };

        Assert.Equal(new[] { "1" }, AddressHolders.ActiveInCompany(answer, " 19 ", "ann@contoso.com").Select(c => c.Id));
    }
}
