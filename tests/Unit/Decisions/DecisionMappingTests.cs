using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Decisions;

public class DecisionMappingTests
{
    [Fact]
    public void The_same_person_read_via_UPN_from_AD_and_via_email_from_Graph_keeps_its_decisions()
    {
        using var temp = new TempFolder();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"));
        // Saved from an AD export: UPN and objectGUID, no mail column.
        var fromAd = new Account { Id = "6f1c-ad-guid", UserPrincipalName = "Jane.Doe@Contoso.com", DisplayName = "Jane Doe", Source = AccountSource.ActiveDirectory };
        store.Save(new[]
        {
            ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", fromAd, "501", "Jane Doe"),
            ContactMatchDecision.For(MatchDecisionKind.Excluded, "19", fromAd, "777", "Jane Dough"),
        });

        // Read later from Graph: another id, the address as mail only.
        var fromGraph = new Account { Id = "graph-0042", Email = "jane.doe@contoso.com", DisplayName = "Jane Doe", Source = AccountSource.EntraId };
        var other = new Account { Id = "graph-0043", Email = "bob@contoso.com" };
        var decisions = store.DecisionsFor("19", new[] { fromGraph, other });

        Assert.Equal(new[] { "graph-0042 501 Confirmed", "graph-0042 777 Excluded" },
            decisions.Select(d => d.AccountId + " " + d.ContactId + " " + d.Kind).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Empty(store.DecisionsFor("20", new[] { fromGraph }));

        // The matcher takes them as they are: the stored link wins, the excluded contact never comes back.
        var contacts = new[]
        {
            new PsaContact { Id = "501", CompanyId = "19", FirstName = "Jane", LastName = "Doe", Emails = new[] { "jdoe@contoso.com" } },
            new PsaContact { Id = "777", CompanyId = "19", FirstName = "Jane", LastName = "Doe", Emails = new[] { "jane.doe@contoso.com" } },
        };
        var match = new ContactMatcher(contacts, decisions).Match(new[] { fromGraph }).Single();
        Assert.Equal((MatchStatus.Matched, "501"), (match.Status, match.ContactId));
    }

    [Fact]
    public void An_account_without_an_id_is_skipped_and_the_newest_of_two_links_wins()
    {
        var older = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", null, null) { DecidedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var newer = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "502", null, "j.doe@contoso.com", null) { DecidedAt = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc) };
        var account = new Account { Id = "a1", UserPrincipalName = "jane@contoso.com", Email = "j.doe@contoso.com" };

        var decisions = DecisionMapping.For(new[] { older, newer }, "19", new[] { account, new Account { Email = "jane@contoso.com" } });

        var only = Assert.Single(decisions);
        Assert.Equal(("a1", "502"), (only.AccountId, only.ContactId));
    }

    [Fact]
    public void For_matching_a_link_of_an_account_not_at_hand_holds_its_contact()
    {
        // Round 81a: Ann Lee's link (her work account) kept nothing from her namesake at a gmail address, matched alone: Suggested to
        // the same contact, and Save-PsaContactMatch replaced the person's decision.
        var link = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "9003", "ann.lee@contoso.com", "ann.lee@contoso.com", "a6");
        var other = new Account { Id = "a7", DisplayName = "Ann Lee", FirstName = "Ann", LastName = "Lee", Email = "annlee@gmail.com" };
        var owner = new Account { Id = "a6", DisplayName = "Ann Lee", FirstName = "Ann", LastName = "Lee", Email = "ann.lee@contoso.com", UserPrincipalName = "ann.lee@contoso.com" };
        var contacts = new[] { new PsaContact { Id = "9003", CompanyId = "19", FirstName = "Ann", LastName = "Lee" } };

        Assert.Empty(DecisionMapping.For(new[] { link }, "19", new[] { other }));
        var held = Assert.Single(DecisionMapping.ForMatching(new[] { link }, "19", new[] { other }));
        Assert.Equal("9003", held.ContactId);
        Assert.NotEqual("a7", held.AccountId);
        var match = new ContactMatcher(contacts, DecisionMapping.ForMatching(new[] { link }, "19", new[] { other })).Match(new[] { other }).Single();
        Assert.Equal((MatchStatus.Review, "9003"), (match.Status, match.ContactId));
        Assert.Contains(MatchReason.ContactClaimed, match.Reasons);

        // With the owner at hand, the link is hers, once, and not held for anyone else.
        var both = DecisionMapping.ForMatching(new[] { link }, "19", new[] { other, owner });
        Assert.Equal(("a6", "9003"), (Assert.Single(both).AccountId, both[0].ContactId));
    }

    [Fact]
    public void A_short_id_shared_by_two_people_whose_addresses_differ_does_not_carry_a_decision_over()
    {
        // Saved for Alpha's jsmith (John) while Alpha was linked to this company by mistake; Beta's jsmith is Jane.
        var john = new ContactMatchDecision(MatchDecisionKind.Confirmed, "200", "2001", "john.smith@alpha.com", "john.smith@alpha.com", "jsmith");
        var jane = new Account { Id = "jsmith", UserPrincipalName = "jane.smith@beta.com", Email = "jane.smith@beta.com" };

        Assert.Empty(DecisionMapping.For(new[] { john }, "200", new[] { jane }));
        Assert.Null(DecisionMapping.Forbidding(new[] { new ContactMatchDecision(MatchDecisionKind.Excluded, "200", "2003", "john.smith@alpha.com", null, "jsmith") }, "200", jane, "2003"));
    }

    [Theory]
    [InlineData("5c2f0a9e-1b7d-4e51-9a43-2f0d6b1c8e77")]     // an objectGUID: one account anywhere
    [InlineData("S-1-5-21-3623811015-3361044348-30300820-1013")]
    public void A_globally_unique_id_keeps_the_decision_of_a_person_whose_addresses_all_changed(string id)
    {
        // Jane Doe married: a new UPN and mail, the same directory object.
        var saved = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane.doe@contoso.com", "jane.doe@contoso.com", id);
        var now = new Account { Id = id, UserPrincipalName = "jane.smith@contoso.com", Email = "jane.smith@contoso.com" };

        var link = Assert.Single(DecisionMapping.For(new[] { saved }, "19", new[] { now }));
        Assert.Equal(("501", MatchDecisionKind.Confirmed), (link.ContactId, link.Kind));
    }

    [Theory]
    [InlineData("John Smith", false)]    // jsmith at another customer is Jane
    [InlineData("Smith, Jane", true)]    // the same person, her name written surname first
    [InlineData("Janet Smith", true)]    // a short form
    public void A_short_id_alone_with_another_given_name_kept_does_not_carry_a_decision(string storedName, bool applies)
    {
        // Saved from a row with an id and a name but no address (a Quickpass export keyed by user name).
        var saved = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "1133", null, null, "jsmith") { AccountName = storedName };
        var jane = new Account { Id = "jsmith", FirstName = "Jane", LastName = "Smith", Email = "jane.smith@omicrongroup.com" };

        Assert.Equal(applies, DecisionMapping.For(new[] { saved }, "19", new[] { jane }).Count == 1);
    }

    [Fact]
    public void A_renamed_account_with_its_old_address_kept_as_an_alias_keeps_its_decision()
    {
        // Jane Doe married: a new UPN and mail, the same sAMAccountName, the old address an alias.
        var saved = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane.doe@contoso.com", "jane.doe@contoso.com", "jdoe");
        var now = new Account
        {
            Id = "jdoe", UserPrincipalName = "jane.smith@contoso.com", Email = "jane.smith@contoso.com",
            ProxyAddresses = new[] { ProxyAddress.Parse("SMTP:jane.smith@contoso.com")!, ProxyAddress.Parse("smtp:jane.doe@contoso.com")! },
        };

        Assert.Equal("501", Assert.Single(DecisionMapping.For(new[] { saved }, "19", new[] { now })).ContactId);
    }

    [Fact]
    public void A_stored_link_that_reaches_two_accounts_of_one_run_goes_to_the_surest_one_only()
    {
        var saved = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", "jane@contoso.com", "a1");
        var byEmailOnly = new Account { Id = "b5", UserPrincipalName = "jane.second@contoso.com", Email = "jane@contoso.com" };
        var byUpn = new Account { Id = "a9", UserPrincipalName = "jane@contoso.com", Email = "jane@contoso.com" };

        var link = Assert.Single(DecisionMapping.For(new[] { saved }, "19", new[] { byEmailOnly, byUpn }));
        Assert.Equal(("a9", "501"), (link.AccountId, link.ContactId));
    }

    [Fact]
    public void Links_to_contacts_no_longer_in_the_PSA_are_listed_per_company()
    {
        var stored = new[]
        {
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", null, null),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "502", "bob@contoso.com", null, null),
            new ContactMatchDecision(MatchDecisionKind.Excluded, "19", "503", "eve@contoso.com", null, null),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "20", "504", "eve@contoso.com", null, null),
        };

        var missing = DecisionMapping.LinksToMissingContacts(stored, "19", new[] { "501" });

        Assert.Equal("502", Assert.Single(missing).ContactId);
    }

    [Fact]
    public void A_UPN_reused_for_a_new_hire_does_not_carry_the_leavers_link()
    {
        // Round 42: alee@ was Ann Lee's, linked to contact 1860; the new hire Alan Lee got alee@ with another object id.
        var ann = new Account { Id = "0f3c2a4e-1111-4222-8333-944455556666", UserPrincipalName = "alee@contoso.com", Email = "alee@contoso.com", FirstName = "Ann", LastName = "Lee", DisplayName = "Ann Lee" };
        var stored = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", ann, "1860", "Ann Lee") };
        var alan = new Account { Id = "7a1b2c3d-9999-4888-8777-666655554444", UserPrincipalName = "alee@contoso.com", Email = "alan.lee@contoso.com", FirstName = "Alan", LastName = "Lee", DisplayName = "Alan Lee" };
        // The same person read from Entra instead of AD: another object id, the same given name.
        var annFromEntra = new Account { Id = "5d4c3b2a-1234-4567-89ab-cdef01234567", UserPrincipalName = "alee@contoso.com", FirstName = "Ann", LastName = "Lee", DisplayName = "Ann Lee" };

        Assert.Empty(DecisionMapping.For(stored, "19", new[] { alan }));
        Assert.Null(DecisionMapping.LinkOf(stored, "19", alan));
        Assert.Equal("1860", Assert.Single(DecisionMapping.For(stored, "19", new[] { annFromEntra })).ContactId);
    }

    [Fact]
    public void A_link_whose_contact_now_names_another_person_is_stale_and_one_to_a_contact_of_another_name_is_not()
    {
        var ann = new Account { Id = "a-ann", UserPrincipalName = "ann.lee@contoso.com", Email = "ann.lee@contoso.com", FirstName = "Ann", LastName = "Lee", DisplayName = "Ann Lee" };
        var desk = new Account { Id = "a-desk", UserPrincipalName = "reception@contoso.com", Email = "reception@contoso.com", DisplayName = "Reception" };
        var stored = new[]
        {
            ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", ann, "1860", "Ann Lee"),
            // A person linked the shared mailbox to the receptionist's contact: another name, on purpose.
            ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", desk, "1870", "Jane Doe"),
        };
        var accounts = new[] { ann, desk };
        var decisions = DecisionMapping.For(stored, "19", accounts);
        // Another site: 1860 is Carl Diaz. 1870 is still Jane Doe.
        var contacts = new[]
        {
            new PsaContact { Id = "1860", CompanyId = "19", FirstName = "Carl", LastName = "Diaz", Emails = new[] { "carl.diaz@contoso.com" } },
            new PsaContact { Id = "1870", CompanyId = "19", FirstName = "Jane", LastName = "Doe", Emails = new[] { "jane.doe@contoso.com" } },
        };

        var stale = StaleLinks.Find(stored, "19", decisions, accounts, contacts);

        var only = Assert.Single(stale);
        Assert.Equal(("a-ann", "1860"), (only.Decision.AccountId, only.Decision.ContactId));
        // Renamed at marriage, the contact keeps a word of its name: not stale.
        contacts[0] = new PsaContact { Id = "1860", CompanyId = "19", FirstName = "Ann", LastName = "Smith", Emails = new[] { "ann.smith@contoso.com" } };
        Assert.Empty(StaleLinks.Find(stored, "19", decisions, accounts, contacts));
    }

    [Fact]
    public void Without_ids_another_given_name_under_the_same_surname_keeps_the_decision_but_is_not_taken_as_Matched()
    {
        // Round 43: with no Id column, Andrew Lee on Ann Lee's alee@ was Matched to her contact. Round 44: dropping the decision
        // made New-PsaContact twin the contacts of people merely renamed (Xiaoming Li, now Tom Li). So the decision stays the
        // account's, and Find passes it over for a person to confirm.
        var ann = new Account { UserPrincipalName = "alee@contoso.com", Email = "alee@contoso.com", DisplayName = "Dr Ann Lee" };
        ann.Id = ann.UserPrincipalName;
        var stored = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", ann, "1860", "Ann Lee") };
        var contact = new PsaContact { Id = "1860", CompanyId = "19", FirstName = "Ann", LastName = "Lee", Emails = new[] { "alee@contoso.com" } };
        Account Now(string display) => new() { Id = "alee@contoso.com", UserPrincipalName = "alee@contoso.com", Email = "alee@contoso.com", DisplayName = display };
        StaleWhy? Why(string display)
        {
            var account = Now(display);
            var decisions = DecisionMapping.For(stored, "19", new[] { account });
            Assert.Single(decisions);                                  // the decision is the account's in every case
            Assert.NotNull(DecisionMapping.LinkOf(stored, "19", account)); // so New-PsaContact makes no second contact
            return StaleLinks.Find(stored, "19", decisions, new[] { account }, new[] { contact }).SingleOrDefault()?.Why;
        }

        Assert.Equal(StaleWhy.AccountRenamed, Why("Andrew Lee"));
        Assert.Equal(StaleWhy.AccountRenamed, Why("Mark Evans"));   // round 45: another given name and surname, no id
        Assert.Null(Why("Ann Lee"));
        Assert.Null(Why("Annie Lee"));   // a short form
        Assert.Null(Why("Ann Smith"));   // married: the surname changed, not the given name
        Assert.Null(Why("Reception"));   // a mailbox renamed: no person's name to compare
    }

    [Fact]
    public void A_display_name_written_surname_first_is_the_same_name_and_its_link_stays_Matched()
    {
        // Round 63c: "Nguyen Zoe" (Zoe | Nguyen) stored with the link was read as the given name Nguyen, so the unchanged
        // account was taken for a rename on every run and never Matched again; so was "Li Wei" (Wei | Li) after New-PsaContact.
        StaleWhy? Why(string storedDisplay, string display, string first, string last)
        {
            var then = new Account { UserPrincipalName = "x@contoso.com", Email = "x@contoso.com", DisplayName = storedDisplay };
            then.Id = then.UserPrincipalName;
            var stored = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", then, "203", "Zoe Nguyen") };
            var now = new Account { Id = "x@contoso.com", UserPrincipalName = "x@contoso.com", Email = "x@contoso.com", DisplayName = display, FirstName = first, LastName = last };
            var decisions = DecisionMapping.For(stored, "19", new[] { now });
            Assert.Single(decisions);
            var contact = new PsaContact { Id = "203", CompanyId = "19", FirstName = "Zoe", LastName = "Nguyen", Emails = new[] { "x@contoso.com" } };
            return StaleLinks.Find(stored, "19", decisions, new[] { now }, new[] { contact }).SingleOrDefault()?.Why;
        }

        Assert.Null(Why("Nguyen Zoe", "Nguyen Zoe", "Zoe", "Nguyen"));   // the same account, unchanged
        Assert.Null(Why("Lee Ann", "Lee Ann", "Ann", "Lee"));
        Assert.Null(Why("Li Wei", "Li Wei", "Wei", "Li"));
        Assert.Null(Why("Nguyen Zoe", "Zoe Nguyen", "Zoe", "Nguyen"));   // the display name turned round, the fields unchanged
        Assert.Null(Why("NGUYEN Zoe", "Zoe Nguyen", "Zoe", "Nguyen"));
        Assert.Null(Why("Nguyen, Zoe", "Zoe Nguyen", "Zoe", "Nguyen"));
        Assert.Null(Why("Nguyen Zoe", "Nguyen Zoey", "Zoey", "Nguyen")); // a short form, as in the given-name-first order
        Assert.Null(Why("Nguyen Zoe", "Nguyen Zoe", "", ""));             // no fields: the same display name
        Assert.Null(Why("Nguyen Zoe", "Zoe Nguyen", "", ""));             // no fields: the same two words turned round
        // A real rename still warns, in either order of the stored name and of the new one.
        Assert.Equal(StaleWhy.AccountRenamed, Why("Nguyen Zoe", "Nguyen Mark", "Mark", "Nguyen"));
        Assert.Equal(StaleWhy.AccountRenamed, Why("Nguyen Zoe", "Mark Nguyen", "Mark", "Nguyen"));
        Assert.Equal(StaleWhy.AccountRenamed, Why("Zoe Nguyen", "Nguyen Mark", "Mark", "Nguyen"));
        Assert.Equal(StaleWhy.AccountRenamed, Why("Lee Ann", "Lee Andrew", "Andrew", "Lee"));
        Assert.Equal(StaleWhy.AccountRenamed, Why("Nguyen Zoe", "Evans Mark", "Mark", "Evans"));
    }

    [Fact]
    public void With_two_ids_a_display_name_written_surname_first_keeps_the_decision_for_the_same_person()
    {
        // The same person read from AD (objectGUID) and then from Entra ID (another id): the decision follows the given name,
        // which "Nguyen Zoe" holds after the surname (round 63c); a new hire on the UPN does not get it.
        var fromAd = new Account { Id = "6f1c0a52-0000-4000-8000-000000000001", UserPrincipalName = "znguyen@contoso.com", Email = "zoe.nguyen@contoso.com", DisplayName = "Nguyen Zoe", FirstName = "Zoe", LastName = "Nguyen" };
        var stored = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", fromAd, "203", "Zoe Nguyen") };
        Account FromEntra(string display, string first, string last) =>
            new() { Id = "graph-0042", UserPrincipalName = "znguyen@contoso.com", Email = "zoe.nguyen@contoso.com", DisplayName = display, FirstName = first, LastName = last };

        Assert.Single(DecisionMapping.For(stored, "19", new[] { FromEntra("Nguyen Zoe", "Zoe", "Nguyen") }));
        Assert.Single(DecisionMapping.For(stored, "19", new[] { FromEntra("Zoe Nguyen", "Zoe", "Nguyen") }));
        Assert.Empty(DecisionMapping.For(stored, "19", new[] { FromEntra("Nguyen Mark", "Mark", "Nguyen") }));
    }

    [Fact]
    public void A_contact_renamed_into_another_script_is_the_same_name_and_its_link_stays()
    {
        // Round 43: Dmitry Ivanov's link was passed over once his contact read Дмитрий Иванов, and a twin was created.
        var dmitry = new Account { Id = "a-d", UserPrincipalName = "d.ivanov@contoso.com", FirstName = "Dmitry", LastName = "Ivanov", DisplayName = "Dmitry Ivanov" };
        var stored = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", dmitry, "77", "Dmitry Ivanov") };
        var decisions = DecisionMapping.For(stored, "19", new[] { dmitry });
        var contact = new PsaContact { Id = "77", CompanyId = "19", FirstName = "Дмитрий", LastName = "Иванов" };

        Assert.Empty(StaleLinks.Find(stored, "19", decisions, new[] { dmitry }, new[] { contact }));
        // Spelt otherwise across scripts (Alexander, Александр): no telling, so the link stands (round 44).
        var alexander = new Account { Id = "a-s", UserPrincipalName = "a.schwarz@contoso.com", FirstName = "Alexander", LastName = "Schwarz", DisplayName = "Alexander Schwarz" };
        var link = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", alexander, "78", "Alexander Schwarz") };
        var renamed = new PsaContact { Id = "78", CompanyId = "19", FirstName = "Александр", LastName = "Шварц" };
        Assert.Empty(StaleLinks.Find(link, "19", DecisionMapping.For(link, "19", new[] { alexander }), new[] { alexander }, new[] { renamed }));
        // Another person in Cyrillic is still another person (round 45: Sergei Petrov's contact now Ольга Кузнецова stayed Matched).
        var sergei = new Account { Id = "a-p", UserPrincipalName = "s.petrov@contoso.com", FirstName = "Sergei", LastName = "Petrov", DisplayName = "Sergei Petrov" };
        var his = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", sergei, "79", "Sergei Petrov") };
        var reused = new PsaContact { Id = "79", CompanyId = "19", FirstName = "Ольга", LastName = "Кузнецова", Emails = new[] { "o.kuznetsova@contoso.com" } };
        Assert.Single(StaleLinks.Find(his, "19", DecisionMapping.For(his, "19", new[] { sergei }), new[] { sergei }, new[] { reused }));
    }
    [Fact]
    public void A_link_stored_without_the_contacts_name_is_judged_by_the_accounts_own_names_and_addresses()
    {
        // Round 59: Set-PsaContactMatch -ContactId stored no name, so a record reused for Gretchen Schwartz stayed Walter White's.
        var walter = new Account { Id = "w1", UserPrincipalName = "walter.white@contoso.com", Email = "walter.white@contoso.com", FirstName = "Walter", LastName = "White", DisplayName = "Walter White" };
        var nameless = new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "2240", null, "walter.white@contoso.com", "w1") };
        StaleWhy? Why(PsaContact now) =>
            StaleLinks.Find(nameless, "19", DecisionMapping.For(nameless, "19", new[] { walter }), new[] { walter }, new[] { now }).SingleOrDefault()?.Why;
        PsaContact Now(string first, string last, params string[] emails) => new() { Id = "2240", CompanyId = "19", FirstName = first, LastName = last, Emails = emails };

        Assert.Equal(StaleWhy.ContactNamesAnother, Why(Now("Gretchen", "Schwartz", "gretchen.schwartz@contoso.com")));
        Assert.Null(Why(Now("Walter", "White", "walter.white@contoso.com")));
        Assert.Null(Why(Now("Walt", "White")));                                   // a short form, no address: may be him
        Assert.Null(Why(Now("Heisenberg", "Unknown", "walter.white@contoso.com"))); // his address
        Assert.Null(Why(Now("Walter", "Schwartz", "w.schwartz@contoso.com")));      // his given name (a married name)
        Assert.Null(Why(Now("", "")));                                             // a nameless contact says nothing
        Assert.Null(Why(Now("محمد", "العلي")));                                     // a script that is not compared: no telling
        // A name stored with the link keeps the rule it had: a contact of another name linked on purpose stays.
        var named = new[] { ContactMatchDecision.For(MatchDecisionKind.Confirmed, "19", walter, "2240", "Gretchen Schwartz") };
        Assert.Empty(StaleLinks.Find(named, "19", DecisionMapping.For(named, "19", new[] { walter }), new[] { walter }, new[] { Now("Gretchen", "Schwartz", "gretchen.schwartz@contoso.com") }));
    }
}
