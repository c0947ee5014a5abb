using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

public class ContactMatcherTests
{
    private static Account Acc(string id, string? first, string? last, string? email = null, string? upn = null, params string[] proxies) => new()
    {
        Id = id, FirstName = first, LastName = last, DisplayName = Account_Display(first, last), Email = email, UserPrincipalName = upn,
        ProxyAddresses = proxies.Select(p => ProxyAddress.Parse(p)!).ToList(),
    };

    private static string? Account_Display(string? first, string? last) => first == null && last == null ? null : ((first ?? "") + " " + (last ?? "")).Trim();

    private static PsaContact Con(string id, string? first, string? last, params string[] emails) => new()
    {
        Id = id, FirstName = first, LastName = last, Emails = emails,
    };

    private static IReadOnlyList<ContactMatch> Run(IEnumerable<PsaContact> contacts, IEnumerable<Account> accounts, IEnumerable<MatchDecision>? decisions = null, MatchStrategy strategy = MatchStrategy.Default) =>
        new ContactMatcher(contacts, decisions, new MatchOptions { Strategy = strategy }).Match(accounts);

    [Fact]
    public void A_unique_email_is_Suggested_with_three_stars()
    {
        var m = Run(new[] { Con("c1", "Ann", "Lee", "Ann.Lee@Contoso.com"), Con("c2", "Bo", "Ek", "bo@contoso.com") },
            new[] { Acc("a1", "Ann", "Lee", "ann.lee@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal(3, m.Stars);
        Assert.Equal("c1", m.ContactId);
        Assert.Equal(MatchReason.EmailPrimary, m.Reason);
    }

    [Fact]
    public void An_alias_proxy_or_upn_address_is_EmailAlias_evidence()
    {
        var m = Run(new[] { Con("c1", "Jane", "Doe", "jane.doe@contoso.com") },
            new[] { Acc("a1", "Jane", "Smith", "jane.smith@contoso.com", null, "SMTP:jane.smith@contoso.com", "smtp:jane.doe@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal(3, m.Stars);
        Assert.Equal(MatchReason.EmailAlias, m.Reason);
    }

    [Fact]
    public void A_plus_tag_and_case_do_not_matter()
    {
        var m = Run(new[] { Con("c1", "X", "Y", "ANN+psa@contoso.com") }, new[] { Acc("a1", null, null, "ann@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
    }

    [Fact]
    public void A_unique_exact_name_without_contradicting_email_is_Suggested_with_two_stars()
    {
        var m = Run(new[] { Con("c1", "Zoe", "Nguyen"), Con("c2", "Bo", "Ek") },
            new[] { Acc("a1", "Zoë", "Nguyễn", "zoe.nguyen@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal(2, m.Stars);
        Assert.Equal(MatchReason.NameExact, m.Reason);
    }

    [Fact]
    public void A_Last_comma_First_contact_matches_by_name()
    {
        var m = Run(new[] { Con("c1", "Lee, Ann", null) }, new[] { Acc("a1", "Ann", "Lee", "ann@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("c1", m.ContactId);
    }

    [Fact]
    public void A_same_name_contact_with_another_address_on_the_account_domain_is_only_Review()
    {
        var m = Run(new[] { Con("c1", "John", "Smith", "john.smith2@contoso.com") },
            new[] { Acc("a1", "John", "Smith", "john.smith@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(1, m.Stars);
        Assert.Equal(new[] { MatchReason.NameExact, MatchReason.ConflictingEmail }, m.Reasons);
    }

    [Fact]
    public void Two_same_name_contacts_are_Ambiguous_with_both_listed()
    {
        var m = Run(new[] { Con("c1", "John", "Smith"), Con("c2", "John", "Smith") }, new[] { Acc("a1", "John", "Smith", "js@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Null(m.Contact);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.Contact.Id));
    }

    [Fact]
    public void An_email_shared_by_two_active_contacts_is_Ambiguous_unless_the_name_singles_one_out()
    {
        var contacts = new[] { Con("c1", "Ann", "Lee", "office@contoso.com"), Con("c2", "Bo", "Ek", "office@contoso.com") };
        Assert.Equal(MatchStatus.Ambiguous, Run(contacts, new[] { Acc("a1", "Cy", "Fox", "office@contoso.com") }).Single().Status);

        var named = Run(contacts, new[] { Acc("a1", "Bo", "Ek", "office@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Suggested, named.Status);
        Assert.Equal("c2", named.ContactId);
    }

    [Fact]
    public void An_active_contact_is_preferred_to_an_inactive_duplicate()
    {
        var m = Run(new[] { Con("old", "Ann", "Lee", "ann@contoso.com"), Con("new", "Ann", "Lee", "ann@contoso.com") }.Select((c, i) => { c.Active = i == 1; return c; }),
            new[] { Acc("a1", "Ann", "Lee", "ann@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("new", m.ContactId);
        Assert.Contains(m.Candidates, c => c.Contact.Id == "old" && c.Reasons.Contains(MatchReason.InactiveContact));
    }

    [Fact]
    public void An_inactive_only_match_is_never_Suggested()
    {
        var contact = Con("c1", "Ann", "Lee", "ann@contoso.com");
        contact.Active = false;
        var m = Run(new[] { contact }, new[] { Acc("a1", "Ann", "Lee", "ann@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal("c1", m.ContactId);
        Assert.Contains(MatchReason.InactiveContact, m.Reasons);
    }

    [Theory]
    [InlineData("Robert", "Smith", "Bob", "Smith", MatchReason.Nickname)]
    [InlineData("Ann", "Lee", "Lee", "Ann", MatchReason.SwappedName)]
    [InlineData("J", "Smith", "John", "Smith", MatchReason.Initial)]
    [InlineData("Bernadette", "Smith", "Bernadete", "Smith", MatchReason.Typo)]
    [InlineData("Ann", "Johnson", "Ann", "Jonhson", MatchReason.Typo)]
    [InlineData("Ronald", "Hall", "Ronald", "Halll", MatchReason.Typo)]   // a four-letter surname with a letter doubled
    [InlineData("Ronald", "Halll", "Ronald", "Hall", MatchReason.Typo)]   // the same typed on the account's side
    [InlineData("Ann", "Bell", "Ann", "Bbell", MatchReason.Typo)]
    // One letter changed in the middle of a short name, or a romanisation's i for y: one slip, so a candidate
    // (before, a similarity floor dropped them: no candidate, and New-PsaContact made a twin).
    [InlineData("John", "Smyth", "John", "Smith", MatchReason.Typo)]
    [InlineData("Brian", "Janes", "Brian", "Jones", MatchReason.Typo)]
    [InlineData("Oleksandr", "Oliinyk", "Oleksandr", "Oliynyk", MatchReason.Typo)]
    [InlineData("Susan", "Ward", "Suzan", "Ward", MatchReason.Typo)]
    public void Fuzzy_evidence_is_Review_with_one_star(string aFirst, string aLast, string cFirst, string cLast, MatchReason reason)
    {
        var m = Run(new[] { Con("c1", cFirst, cLast, "other@elsewhere.org"), Con("c2", "Zed", "Zulu") },
            new[] { Acc("a1", aFirst, aLast, "someone@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(1, m.Stars);
        Assert.Equal("c1", m.ContactId);
        Assert.Equal(reason, m.Reason);
    }

    [Theory]
    [InlineData("Anne Marie Roycroft", null, null)]   // a Quickpass export: the display name only
    [InlineData(null, "Anne Marie", "Roycroft")]
    public void A_compound_given_name_links_the_contact_with_the_whole_name_and_the_first_word_alone_is_only_a_candidate(string? display, string? first, string? last)
    {
        // Round 43: "Anne Marie Roycroft" was linked to Anne Roycroft (another person), Anne-Marie Roycroft not even a candidate.
        var contacts = new[]
        {
            Con("c1", "Anne", "Roycroft"),
            Con("c2", "Anne-Marie", "Roycroft"),
        };
        var account = new Account { Id = "a1", DisplayName = display, FirstName = first, LastName = last, Email = "am.roycroft@contoso.com" };

        var m = Run(contacts, new[] { account }).Single();

        Assert.Equal((MatchStatus.Suggested, "c2"), (m.Status, m.ContactId));
        var other = Assert.Single(m.Candidates, c => c.ContactId == "c1");
        Assert.Equal(new[] { MatchReason.PartialName }, other.Reasons);
    }

    [Fact]
    public void A_contact_with_a_longer_given_name_is_no_rival_to_the_one_with_the_accounts_own()
    {
        // Round 44: Marie Gagnon was Ambiguous between Marie Gagnon and Marie Claude Gagnon (Suggested with Marie-Claude).
        var m = Run(new[] { Con("c1", "Marie Claude", "Gagnon"), Con("c2", "Marie", "Gagnon") }, new[] { Acc("a1", "Marie", "Gagnon", "marie.g@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Suggested, "c2"), (m.Status, m.ContactId));
        Assert.Equal(new[] { MatchReason.PartialName }, Assert.Single(m.Candidates, c => c.ContactId == "c1").Reasons);
    }

    [Theory]
    [InlineData("José Fernández Ortiz", "José", "Fernández Ortiz")]
    [InlineData("Luis Hernández Gómez", "Luis", "Hernández-Gómez")]
    public void A_display_name_that_is_the_contacts_whole_name_links_however_the_given_names_end(string display, string first, string last)
    {
        // Round 44: Review (ConflictingName), read as a second given name.
        var m = Run(new[] { Con("c1", first, last) }, new[] { new Account { Id = "a1", DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("Mary Ellen Lee", "Mary Ann", "Lee")]      // round 45: Suggested, the first words alike
    [InlineData("Anna Lisa Rossi", "Anna Maria", "Rossi")]
    [InlineData("Min Jun Kim", "Min Ho", "Kim")]
    public void A_display_only_account_and_a_contact_whose_second_given_names_differ_are_Review(string display, string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last) }, new[] { new Account { Id = "a1", DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Contains(MatchReason.ConflictingName, m.Reasons);
    }

    [Theory]
    [InlineData("John Paul James Smith", "John Paul", "Smith")]         // round 46: Suggested, the father's perhaps
    [InlineData("Juan Carlos Martínez Ruiz", "Juan Carlos", "Ruiz")]
    [InlineData("Mohamed Ali Hassan Ibrahim", "Mohamed Ali", "Ibrahim")]
    public void A_contact_leaving_a_word_of_a_four_word_display_name_out_is_Review(string display, string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last) }, new[] { new Account { Id = "a1", DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void A_four_word_display_name_finds_the_contact_under_its_first_surname_for_review()
    {
        // Round 46: María José | García was no candidate for "María José García López".
        var m = Run(new[] { Con("c1", "María José", "García") }, new[] { new Account { Id = "a1", DisplayName = "María José García López", Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void A_display_only_name_links_the_contact_with_the_whole_name_and_the_one_leaving_a_word_out_is_no_rival()
    {
        // Round 45: Ambiguous between Ana | Rodríguez Pérez and Ana | Pérez, and Ana Pérez's own account lost its link.
        var contacts = new[] { Con("c1", "Ana", "Rodríguez Pérez"), Con("c2", "Ana", "Pérez") };
        var accounts = new[] { new Account { Id = "a1", DisplayName = "Ana Rodríguez Pérez", Email = "x@contoso.com" }, new Account { Id = "a2", DisplayName = "Ana Pérez", Email = "y@contoso.com" } };

        var m = Run(contacts, accounts);

        Assert.Equal((MatchStatus.Suggested, "c1"), (m[0].Status, m[0].ContactId));
        Assert.Equal((MatchStatus.Suggested, "c2"), (m[1].Status, m[1].ContactId));
    }

    [Fact]
    public void Fields_with_a_display_name_that_adds_a_given_name_find_the_contact_with_both()
    {
        // Round 45: fields Mary | Lee shown as "Mary Ann Lee" linked Mary Lee; Mary-Ann Lee was no candidate.
        var m = Run(new[] { Con("c1", "Mary", "Lee"), Con("c2", "Mary-Ann", "Lee") }, new[] { new Account { Id = "a1", FirstName = "Mary", LastName = "Lee", DisplayName = "Mary Ann Lee", Email = "x@contoso.com" } }).Single();

        // Mary in the fields, Mary Ann in the display name: both contacts fit one of them, so a person chooses.
        Assert.NotEqual(MatchStatus.Suggested, m.Status);
        Assert.Contains(m.Candidates, c => c.ContactId == "c2");
    }

    [Fact]
    public void Fields_with_a_display_name_that_adds_a_given_name_before_them_find_the_contact_with_both()
    {
        // Fields Paul | Smith shown as "John Paul Smith": Paul Smith's contact was Suggested while John Paul Smith's was there too.
        var both = Run(new[] { Con("c1", "Paul", "Smith"), Con("c2", "John Paul", "Smith") }, new[] { new Account { Id = "a1", FirstName = "Paul", LastName = "Smith", DisplayName = "John Paul Smith", Email = "x@contoso.com" } }).Single();
        var alone = Run(new[] { Con("c1", "Paul", "Smith") }, new[] { new Account { Id = "a1", FirstName = "Paul", LastName = "Smith", DisplayName = "John Paul Smith", Email = "x@contoso.com" } }).Single();

        Assert.Equal(MatchStatus.Ambiguous, both.Status);
        Assert.Equal(new[] { "c1", "c2" }, both.Candidates.Select(c => c.ContactId).OrderBy(id => id));
        // Paul Smith's contact alone is still his link: the display only writes out a first given name.
        Assert.Equal((MatchStatus.Suggested, "c1"), (alone.Status, alone.ContactId));
    }

    [Theory]
    [InlineData("Mary", "Lee", "Mary Ann Lee", "MaryAnn")]     // round 47: MaryAnn Lee was Suggested, Mary Lee demoted to PartialName
    [InlineData("Anne", "Roycroft", "Anne Marie Roycroft", "AnneMarie")]
    [InlineData("John", "Smith", "John Paul Smith", "Johnpaul")]
    [InlineData("Jo", "Smith", "Jo Ann Smith", "Joann")]       // Joann was Suggested with reason Nickname
    public void A_given_name_the_display_adds_written_solid_on_a_contact_is_a_rival_of_the_fields_contact(string first, string last, string display, string solid)
    {
        var account = new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "x@contoso.com" };

        var both = Run(new[] { Con("c1", first, last), Con("c2", solid, last) }, new[] { account }).Single();
        var alone = Run(new[] { Con("c2", solid, last) }, new[] { account }).Single();

        Assert.Equal(MatchStatus.Ambiguous, both.Status);
        Assert.Equal(new[] { "c1", "c2" }, both.Candidates.Select(c => c.ContactId).OrderBy(id => id));
        // The solid compound alone fits the display name, not the fields: a person confirms it.
        Assert.Equal((MatchStatus.Review, "c2"), (alone.Status, alone.ContactId));
        Assert.Contains(MatchReason.OtherGivenName, alone.Reasons);
    }

    [Theory]
    [InlineData("Ali", "Khan", "Mohammed Ali Khan", "Mohammed", "Ali Khan")]   // round 47: the son's contact was linked, the father's no candidate
    [InlineData("Paul", "Smith", "John Paul Smith", "John", "Paul Smith")]
    public void A_display_name_that_writes_a_given_name_before_the_fields_finds_the_contact_split_elsewhere(string first, string last, string display, string otherFirst, string otherLast)
    {
        var m = Run(new[] { Con("c1", first, last), Con("c2", otherFirst, otherLast) },
            new[] { new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
    }

    [Theory]
    [InlineData(null, null, "John Paul Smith", "Paul", "Smith")]           // round 47: all Unmatched, and New-PsaContact made twins
    [InlineData(null, null, "Ma. Luisa Reyes", "Luisa", "Reyes")]
    [InlineData(null, null, "Anne Marie Roycroft", "Marie", "Roycroft")]
    [InlineData("Ma. Luisa", "Reyes", null, "Luisa", "Reyes")]
    [InlineData("John Paul", "Smith", null, "Paul", "Smith")]
    [InlineData("Paul", "Smith", null, "John Paul", "Smith")]
    [InlineData("Jan van der", "Berg", null, "Jan", "Berg")]               // particles at the end of the first-name field
    [InlineData("Jan", "Berg", null, "Jan van der", "Berg")]
    [InlineData("Jan van", "Berg", null, "Jan", "van der Berg")]
    [InlineData(null, null, "Jan van der Berg", "Jan van", "Berg")]
    [InlineData(null, null, "Jan van der Berg", "Berg", "Jan")]                // swapped, the particles dropped
    [InlineData("Jan", "van der Berg", null, "Berg", "Jan")]
    [InlineData(null, null, "María del Carmen Sánchez", "Carmen", "Sánchez")]  // round 48: all Unmatched
    [InlineData(null, null, "María de los Ángeles López", "Ángeles", "López")]
    [InlineData("Ali", "Khan", null, "Mohammed", "Ali Khan")]                  // the contact splits the whole name elsewhere
    [InlineData("Mohammed", "Ali Khan", null, "Ali", "Khan")]
    [InlineData(null, null, "Anne-Marie Roycroft", "Anne", "Roycroft")]        // a hyphenated given name in a display name alone
    [InlineData(null, null, "Jean-Pierre Dubois", "Jean", "Dubois")]
    [InlineData(null, null, "Nguyen Van An", "An", "Nguyen")]                  // Van after a Vietnamese family name is no particle
    [InlineData(null, null, "Tran Van Minh", "Minh", "Tran")]
    [InlineData("Krystal", "Jones", null, "Crystal", "Jones")]                 // one name spelt with another first letter
    [InlineData("Zofia", "Nowak", null, "Sofia", "Nowak")]
    [InlineData("Elena", "Petrova", null, "Yelena", "Petrova")]
    [InlineData("Anna", "Carlsson", null, "Anna", "Karlsson")]
    [InlineData("Tunde", "Bakare", null, "Olatunde", "Bakare")]
    [InlineData("Emeka", "Obi", null, "Nnaemeka", "Obi")]
    public void A_person_who_goes_by_the_second_given_name_or_drops_particles_is_a_candidate_for_review(string? first, string? last, string? display, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast) },
            new[] { new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("Minh", "Nguyen", "mnguyen@contoso.com", "Hyun-woo", "Nguyen", "hnguyen@contoso.com")]   // round 47: Review, so no contact was created
    [InlineData("Cuong", "Kang", "ckang@contoso.com", "Kelly", "Jang", "kjang@contoso.com")]
    [InlineData("Sunil", "Sharma", "sunil.s@contoso.com", "Sunil", "Reddy", "sunil.r@contoso.com")]
    public void A_colleagues_mailbox_a_near_miss_away_is_no_candidate(string first, string last, string email, string contactFirst, string contactLast, string contactEmail)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, contactEmail) }, new[] { Acc("a1", first, last, email) }).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
    }

    [Theory]
    [InlineData("John", "Smith", "jsmiht@contoso.com", "Jon", "Smith", "jsmith@contoso.com")]                // a slip of the keyboard
    [InlineData("Katherine", "Lee", "katherine.le@contoso.com", "Kathy", "Lee", "katherine.lee@contoso.com")]
    public void A_near_miss_that_reads_as_a_slip_stays_a_candidate(string first, string last, string email, string contactFirst, string contactLast, string contactEmail)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, contactEmail) }, new[] { Acc("a1", first, last, email) }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.EmailNearMiss, m.Reasons);
    }

    [Theory]
    [InlineData("Hong Van", "Tran", "Hong", "Van Tran")]   // round 48: Suggested; Văn (Vân) before a Vietnamese family name is no particle
    [InlineData("Thi Le", "Nguyen", "Thi", "Le Nguyen")]
    public void A_Vietnamese_middle_name_is_not_moved_into_the_family_name(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast) }, new[] { Acc("a1", first, last, "x@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void Particles_still_start_a_surname_outside_Vietnamese_names()
    {
        var m = Run(new[] { Con("c1", "Jan", "van der Berg") }, new[] { Acc("a1", "Jan van der", "Berg", "x@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("Ing. Franz Gruber", "Franz", "Gruber")]        // round 49: no candidate, so New-PsaContact would make a twin
    [InlineData("Dipl.-Ing. Jürgen Huber", "Jürgen", "Huber")]  // and these were Review beside their own contact
    [InlineData("Mag.a Julia Berger", "Julia", "Berger")]
    [InlineData("Dr. med. Petra Hahn", "Petra", "Hahn")]
    [InlineData("Dr.-Ing. Lena Wolf", "Lena", "Wolf")]
    [InlineData("DI Markus Pichler", "Markus", "Pichler")]
    [InlineData("Me Amélie Lefebvre", "Amélie", "Lefebvre")]
    [InlineData("Maître Jean Tremblay", "Jean", "Tremblay")]
    [InlineData("Atty. Ramon Bautista", "Ramon", "Bautista")]
    [InlineData("Engr. Rodel Manalo", "Rodel", "Manalo")]
    [InlineData("Me Lin", "Me", "Lin")]                         // a name, not Maître: no name of two words after it
    [InlineData("Dame Diouf", "Dame", "Diouf")]
    [InlineData("S.R. Grimarmann", "S.R.", "Grimarmann")]       // initials, not Sr.
    public void Professional_titles_before_a_display_name_are_no_part_of_the_name(string display, string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last) }, new[] { new Account { Id = "a1", DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1", MatchReason.NameExact), (m.Status, m.ContactId, m.Reason));
    }

    [Fact]
    public void A_contact_at_the_old_domain_with_the_same_mailbox_name_and_mobile_is_linked_after_a_rebrand()
    {
        // Round 49: exact name, karen.hill@ at the old domain and her own mobile was Review (ConflictingEmail); without the mobile it still is.
        var withMobile = Run(new[] { new PsaContact { Id = "c1", CompanyId = "1", FirstName = "Karen", LastName = "Hill", Emails = new List<string> { "karen.hill@oldco.com" }, MobilePhone = "425-555-0199" } },
            new[] { new Account { Id = "a1", FirstName = "Karen", LastName = "Hill", Email = "karen.hill@newco.com", MobilePhone = "+1 425 555 0199" } }).Single();
        var without = Run(new[] { Con("c1", "Tom", "Reed", "tom.reed@oldco.com") }, new[] { Acc("a1", "Tom", "Reed", "tom.reed@newco.com") }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (withMobile.Status, withMobile.ContactId));
        Assert.Contains(MatchReason.AliasDomain, withMobile.Reasons);
        Assert.Equal((MatchStatus.Review, MatchReason.ConflictingEmail), (without.Status, without.Reasons[1]));
    }

    [Theory]
    [InlineData("Sophie", "Baker", "Sophie", "Barker")] // round 49: Sophie Baker stayed Review on Sophie Barker's contact, which her own account took
    [InlineData("Daniela", "Hale", "Daniel", "Hale")]   // round 65a: a given name and its feminine form are two people, not a slip
    [InlineData("Juliana", "Solis", "Julian", "Solis")]
    [InlineData("Paula", "Grant", "Paul", "Grant")]
    [InlineData("Louise", "Grant", "Louis", "Grant")]
    public void A_near_miss_that_each_persons_name_explains_does_not_hold_a_new_hire_in_review(string first, string last, string takerFirst, string takerLast)
    {
        var taker = (takerFirst + "." + takerLast + "@contoso.com").ToLowerInvariant();
        var results = Run(new[] { Con("c1", takerFirst, takerLast, taker) },
            new[] { Acc("a1", first, last, (first + "." + last + "@contoso.com").ToLowerInvariant()), Acc("a2", takerFirst, takerLast, taker) });

        Assert.Equal(MatchStatus.Unmatched, results[0].Status);
        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Theory] // Two spellings or forms of one name: the two mailboxes may be one person's (round 66c: released, and a twin made)
    [InlineData("Søren", "Dahl", "soren.dahl@contoso.com", "Søren", "Dahl", "soeren.dahl@contoso.com")]
    [InlineData("Thomas", "Muller", "thomas.muller@contoso.com", "Thomas", "Müller", "thomas.mueller@contoso.com")]
    [InlineData("Sara", "Hale", "sara.hale@contoso.com", "Sarah", "Hale", "sarah.hale@contoso.com")]
    [InlineData("Jon", "Hale", "jon.hale@contoso.com", "John", "Hale", "john.hale@contoso.com")]
    public void A_near_miss_between_two_forms_of_one_name_holds_the_second_account_in_review(string first, string last, string email, string takerFirst, string takerLast, string taker)
    {
        var results = Run(new[] { Con("c1", takerFirst, takerLast, taker) }, new[] { Acc("a1", first, last, email), Acc("a2", takerFirst, takerLast, taker) });

        Assert.Equal((MatchStatus.Review, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Theory]
    [InlineData("Reception", "Reception", null, null)]                           // round 50: no candidate, so a second "Reception" was made
    [InlineData("Front Desk", "Front", "Desk", "frontdesk@contoso.co.uk")]
    public void A_role_account_finds_the_contact_named_as_that_role_without_its_address_for_review(string display, string first, string? last, string? contactEmail)
    {
        var contact = contactEmail == null ? Con("c1", first, last) : Con("c1", first, last, contactEmail);
        var m = Run(new[] { contact, Con("c2", "Mary", "Jones") }, new[] { new Account { Id = "a1", DisplayName = display, Email = "desk@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Single(m.Candidates);
    }

    [Theory]
    [InlineData("Reception", "Reception", null, "reception@contoso.com")]   // round 49: Review, while "Reception 2" linked
    [InlineData("Front Desk", "Front", "Desk", "frontdesk@contoso.com")]
    public void A_shared_mailbox_account_links_its_own_contact_but_not_a_persons(string display, string first, string? last, string address)
    {
        var own = Run(new[] { Con("c1", first, last, address) }, new[] { new Account { Id = "a1", DisplayName = display, Email = address } }).Single();
        var persons = Run(new[] { Con("c1", "Mary", "Jones", address) }, new[] { new Account { Id = "a1", DisplayName = display, Email = address } }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1", 3), (own.Status, own.ContactId, own.Stars));
        Assert.Equal((MatchStatus.Review, MatchReason.ConflictingName), (persons.Status, persons.Reasons[1]));
    }

    [Fact]
    public void A_national_number_does_not_pick_a_namesake_whose_number_carries_another_countrys_code()
    {
        // Round 53: David Jones at 07700 900123 (a UK number) was linked to the German David Jones at +49 7700 900123 beside a +44 one.
        PsaContact C(string id, string mobile) => new() { Id = id, CompanyId = "1", FirstName = "David", LastName = "Jones", MobilePhone = mobile, Emails = new List<string>() };
        var m = Run(new[] { C("c1", "+49 7700 900123"), C("c2", "+44 7700 900999") },
            new[] { new Account { Id = "a1", FirstName = "David", LastName = "Jones", Email = "djones@contoso.co.uk", MobilePhone = "07700 900123" } }).Single();
        var sameCountry = Run(new[] { C("c1", "+44 7700 900123"), C("c2", "+44 7700 900999") },
            new[] { new Account { Id = "a1", FirstName = "David", LastName = "Jones", Email = "djones@contoso.co.uk", MobilePhone = "07700 900123" } }).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal((MatchStatus.Suggested, "c1"), (sameCountry.Status, sameCountry.ContactId)); // the own mobile still tells namesakes apart
    }

    [Theory]
    [InlineData("Olga", "Smith", "+44 7700 900123", "Olga", "Jones", "447700900123")]        // round 52: the '+' dropped by a spreadsheet
    [InlineData("Jewgeni", "Schukow", "+7 912 345 67 89", "Евгений", "Жуков", "8 912 345-67-89")] // Russia's trunk 8
    public void A_mobile_written_another_way_finds_its_contact_for_review(string first, string last, string mobile, string contactFirst, string contactLast, string contactMobile)
    {
        // Found by nothing but the mobile: each was Unmatched, and New-PsaContact made a twin.
        var m = Run(new[] { new PsaContact { Id = "c1", CompanyId = "1", FirstName = contactFirst, LastName = contactLast, MobilePhone = contactMobile, Emails = new List<string>() } },
            new[] { new Account { Id = "a1", FirstName = first, LastName = last, Email = "x@contoso.com", MobilePhone = mobile } }).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.MobilePhone), (m.Status, m.ContactId, m.Reason));
    }

    [Fact]
    public void A_company_mobile_handed_on_to_someone_of_another_name_is_no_candidate()
    {
        // Round 49: a new hire with a leaver's old company mobile was Review, so New-PsaContact refused her a contact.
        var contacts = new[]
        {
            new PsaContact { Id = "c1", CompanyId = "1", FirstName = "Lysander", LastName = "Kensington", MobilePhone = "425-555-0142", Emails = new List<string>(), Active = false },
            new PsaContact { Id = "c2", CompanyId = "1", FirstName = "Katherine", LastName = "Smith", MobilePhone = "425-555-0143", Emails = new List<string>() },
        };
        var results = Run(contacts, new[]
        {
            new Account { Id = "a1", FirstName = "Priyanka", LastName = "Nair", Email = "priyanka.nair@contoso.com", MobilePhone = "+1 425 555 0142" },
            new Account { Id = "a2", FirstName = "Kate", LastName = "Jones", Email = "kate.jones@contoso.com", MobilePhone = "+1 425 555 0143" },
        });

        Assert.Equal(MatchStatus.Unmatched, results[0].Status);
        Assert.Empty(results[0].Candidates);
        // A nickname and a married name with the same mobile is still someone to review.
        Assert.Equal((MatchStatus.Review, "c2"), (results[1].Status, results[1].ContactId));
    }

    [Theory]
    [InlineData("karen.m.hill@newco.com", "+1 425 555 0199", "425-555-0199")]   // round 50: a namesake's mailbox on the account's domain
    [InlineData(null, "9123 4567", "+852 9123 4567")]                           // a national form beside a country code
    [InlineData(null, "+44 20 7946 0000", "+44 20 7946 0000 x214")]             // a switchboard's main line beside an extension
    public void The_rebrand_link_needs_nothing_against_it(string? namesakeMailbox, string accountMobile, string contactMobile)
    {
        var emails = new List<string> { "karen.hill@oldco.com" };
        if (namesakeMailbox != null) emails.Add(namesakeMailbox);
        var m = Run(new[] { new PsaContact { Id = "c1", CompanyId = "1", FirstName = "Karen", LastName = "Hill", Emails = emails, MobilePhone = contactMobile } },
            new[] { new Account { Id = "a1", FirstName = "Karen", LastName = "Hill", Email = "karen.hill@newco.com", MobilePhone = accountMobile } }).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
    }

    [Theory]
    [InlineData("Smith, John", "John", "Smith", "jsmith@contoso.com", "+1 425 555 0111")]   // round 50: each was made a twin
    [InlineData("David Chen", "David", "Chen", "adm-dchen@contoso.com", null)]
    [InlineData("Ann Lee", "Ann", "Lee", "annlee77@outlook.com", null)]
    [InlineData("Karen Hill", "Karen", "Hill", "khill@fabrikam.com", null)]
    public void A_second_account_of_the_person_whose_own_account_took_the_contact_stays_for_review(string display, string first, string last, string email, string? mobile)
    {
        var contact = new PsaContact { Id = "c1", CompanyId = "1", FirstName = first, LastName = last, Emails = new List<string> { "own@contoso.com" } };
        var own = new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = first + " " + last, Email = "own@contoso.com", MobilePhone = mobile };
        var second = new Account { Id = "a2", FirstName = first, LastName = last, DisplayName = display, Email = email, MobilePhone = mobile };

        var results = Run(new[] { contact }, new[] { own, second });

        Assert.Equal(MatchStatus.Suggested, results[0].Status);
        Assert.Equal((MatchStatus.Review, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Theory]
    [InlineData("Dmitry", "Ivanov", "Дмитрий", "Иванов")]              // round 51: no candidate, and New-PsaContact made a Latin twin
    [InlineData("Dmitriy", "Ivanov", "Дмитрий", "Иванов")]
    [InlineData("Giorgos", "Papadopoulos", "Γιώργος", "Παπαδόπουλος")]
    [InlineData("Yulia", "Ivanova", "Юлия", "Иванова")]
    public void A_contact_typed_in_Cyrillic_or_Greek_is_a_candidate_for_its_Latin_account(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Сергей", "Иванов") }, new[] { Acc("a1", first, last, "x@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.OtherScript), (m.Status, m.ContactId, m.Reason));
        Assert.DoesNotContain(m.Candidates, c => c.ContactId == "c2"); // Sergei is another given name
    }

    [Theory]
    [InlineData("Дмитрий", "Иванов", "Dmitry", "Ivanov")]              // the other way: the directory in Cyrillic, the PSA in Latin
    [InlineData("Дмитрий", "Иванов", "Dmitriy", "Ivanov")]
    [InlineData("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos")]
    [InlineData("Юлия", "Иванова", "Yulia", "Ivanova")]
    [InlineData("Евгений", "Петров", "Yevgeniy", "Petrov")]             // round 55: the schemes' other spellings
    [InlineData("Пётр", "Иванов", "Pyotr", "Ivanov")]
    [InlineData("Фёдор", "Соловьёв", "Fyodor", "Solovyov")]
    [InlineData("Сергій", "Петров", "Serhii", "Petrov")]
    [InlineData("Сергій", "Петров", "Serhiy", "Petrov")]
    [InlineData("Γιώργος", "Ιωάννου", "Yiorgos", "Ioannou")]
    [InlineData("Петров", "Евгений", "Evgeny", "Petrov")]                 // the surname first, as Russian writes a whole name
    public void A_Latin_contact_is_a_candidate_for_its_account_typed_in_Cyrillic_or_Greek(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Sergei", "Ivanov") }, new[] { Acc("a1", first, last, "x@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.OtherScript), (m.Status, m.ContactId, m.Reason));
        Assert.DoesNotContain(m.Candidates, c => c.ContactId == "c2");
    }

    [Fact]
    public void A_contact_named_in_another_script_with_the_accounts_mobile_stays_a_candidate()
    {
        // Round 50: Дмитрий Иванов with Dmitry Ivanov's mobile was dropped as a handed-on phone, and a Latin twin created.
        var m = Run(new[] { new PsaContact { Id = "c1", CompanyId = "1", FirstName = "Дмитрий", LastName = "Иванов", MobilePhone = "425-555-0105", Emails = new List<string>() } },
            new[] { new Account { Id = "a1", FirstName = "Dmitry", LastName = "Ivanov", Email = "dmitry.ivanov@contoso.com", MobilePhone = "+1 425 555 0105" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData(null, null, "DI STEFANO Marco", "Marco", "Di Stefano")]   // round 50: DI read as the Austrian title linked Marco Stefano
    [InlineData("Prof", "Green", null, "Prof", "Green")]                  // a first-name field that is only a title word is a name
    [InlineData("Dr", "Dre", null, "Dr", "Dre")]
    [InlineData(null, null, "Prof Green", "Prof", "Green")]
    public void A_title_word_is_a_name_where_no_name_would_be_left(string? first, string? last, string? display, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Marco", "Stefano") },
            new[] { new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void A_second_account_of_a_person_whose_contact_was_taken_stays_for_review()
    {
        // "Ann Lee (Admin)": her own account takes the contact by its address; a new contact for the admin account would be a twin.
        var results = Run(new[] { Con("c1", "Ann", "Lee", "ann.lee@contoso.com") },
            new[] { Acc("a1", "Ann", "Lee", "ann.lee@contoso.com"), new Account { Id = "a2", FirstName = "Ann", LastName = "Lee", DisplayName = "Ann Lee (Admin)", Email = "adm-alee@contoso.com" } });

        Assert.Equal(MatchStatus.Suggested, results[0].Status);
        Assert.Equal(MatchStatus.Review, results[1].Status);
    }

    [Fact]
    public void A_contact_under_the_second_given_name_is_no_rival_of_the_exact_name()
    {
        // Paul Smith's own contact beside John Paul Smith's: the exact name is still the link.
        var m = Run(new[] { Con("c1", "Paul", "Smith"), Con("c2", "John Paul", "Smith") }, new[] { Acc("a1", "Paul", "Smith", "x@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
        Assert.Contains(m.Candidates, c => c.ContactId == "c2" && c.Reasons.Contains(MatchReason.PartialName));
    }

    [Fact]
    public void A_mobile_with_swapped_names_that_leave_out_a_word_of_a_display_only_name_is_for_review()
    {
        // "Ana Rodríguez Pérez" and the contact Pérez | Ana with her mobile were Suggested: a contact that leaves a word out is
        // Review with an exact name, and a mobile does not make it more.
        var contact = new PsaContact { Id = "c1", CompanyId = "1", FirstName = "Pérez", LastName = "Ana", MobilePhone = "425-555-0102", Emails = new List<string>() };
        var account = new Account { Id = "a1", DisplayName = "Ana Rodríguez Pérez", Email = "arp@contoso.com", MobilePhone = "+1 425 555 0102" };

        var m = Run(new[] { contact }, new[] { account }).Single();

        // Names that agree only crossed never link with a mobile (round 59a), whatever else the names say.
        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.SwappedName, m.Reasons);
        Assert.Contains(MatchReason.MobilePhone, m.Reasons);
    }

    [Fact]
    public void A_display_name_alone_with_surname_particles_finds_the_contact_without_them()
    {
        // "Jan van der Berg" alone was Unmatched beside a Jan | Berg contact (New-PsaContact made a twin); with the fields it was Review.
        var m = Run(new[] { Con("c1", "Jan", "Berg") }, new[] { new Account { Id = "a1", DisplayName = "Jan van der Berg", Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.SurnamePart), (m.Status, m.ContactId, m.Reason));
    }

    [Fact]
    public void The_Filipino_short_form_Ma_finds_Maria_for_review()
    {
        // "Ma. Cristina Santos" is Maria Cristina Santos (Ma. is how Maria is written before a second given name).
        var m = Run(new[] { Con("c1", "Maria Cristina", "Santos") }, new[] { new Account { Id = "a1", DisplayName = "Ma. Cristina Santos", Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.Nickname), (m.Status, m.ContactId, m.Reason));
    }

    [Theory]
    [InlineData("Marc André Gagnon", "Marc-André", "Gagnon")]
    [InlineData("Jean Luc Picard", "Jean-Luc", "Picard")]
    public void A_display_name_with_a_compound_given_name_written_apart_finds_the_hyphenated_contact(string display, string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last) }, new[] { new Account { Id = "a1", DisplayName = display, Email = "x@contoso.com" } }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1", MatchReason.NameExact), (m.Status, m.ContactId, m.Reason));
    }

    [Theory]
    [InlineData("Anne", "Anne-Marie")]          // round 46: no candidate at all, and New-PsaContact would make a twin
    [InlineData("Karl", "Karl-Heinz")]
    [InlineData("Anne-Marie", "Anne")]
    public void A_hyphenated_given_name_and_its_first_word_are_a_candidate_for_review_never_a_link(string accountFirst, string contactFirst)
    {
        var m = Run(new[] { Con("c1", contactFirst, "Roycroft") }, new[] { Acc("a1", accountFirst, "Roycroft", "someone@contoso.com") }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("Hull")]    // a letter for another makes another name
    [InlineData("Halle")]   // and so does a letter added that doubles none
    [InlineData("Hal")]     // three letters: no typo is looked for
    public void Other_slips_of_a_four_letter_surname_are_no_candidate(string contactLast)
    {
        var m = Run(new[] { Con("c1", "Ronald", contactLast) }, new[] { Acc("a1", "Ronald", "Hall", "ronald.hall@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
    }

    [Theory]
    [InlineData("hall", "halll", true)]
    [InlineData("hall", "hhall", true)]
    [InlineData("ward", "wardd", true)]
    [InlineData("hall", "halle", false)]
    [InlineData("hall", "hull", false)]
    [InlineData("hall", "hall", false)]
    [InlineData("smith", "smithh", false)]   // five letters and more are IsTypo's
    [InlineData("lee", "leee", false)]
    public void A_doubled_letter_in_a_four_letter_surname_is_a_slip(string a, string b, bool expected)
    {
        Assert.Equal(expected, EvidenceCollector.IsShortSurnameDoubled(a, b));
        Assert.Equal(expected, EvidenceCollector.IsShortSurnameDoubled(b, a));
    }

    [Theory]
    [InlineData("Jonh", "Smith", "John", "Smith")]   // the last two letters swapped
    [InlineData("Jhon", "Brown", "John", "Brown")]   // the two after the first
    [InlineData("Mray", "Jones", "Mary", "Jones")]
    [InlineData("Wei", "Cehn", "Wei", "Chen")]       // in a four-letter surname
    public void Two_letters_swapped_in_a_four_letter_name_are_a_Typo_candidate(string first, string last, string contactFirst, string contactLast)
    {
        // Jonh Smith found no candidate, and New-PsaContact would have made a second John Smith.
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Ruth", "Long") }, new[] { Acc("a1", first, last, "a1@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal("c1", m.ContactId);
        Assert.Contains(MatchReason.Typo, m.Reasons);
    }

    [Fact]
    public void A_swapped_four_letter_duplicate_does_not_hold_back_the_exact_name()
    {
        var m = Run(new[] { Con("c1", "John", "Smith"), Con("c2", "Jonh", "Smith") }, new[] { Acc("a1", "John", "Smith", "john.smith@contoso.com") }).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("c1", m.ContactId);
    }

    [Theory]
    [InlineData("Mrak", "Mark", MatchStatus.Review)]
    [InlineData("Jhon", "John", MatchStatus.Review)]
    [InlineData("Bert", "Bret", MatchStatus.Review)]      // a swap that makes another person's name (round 79a: linked beside Bert's own account)
    [InlineData("Dena", "Dean", MatchStatus.Review)]
    public void A_four_letter_given_name_swapped_at_the_accounts_own_address_is_Review(string contactFirst, string accountFirst, MatchStatus expected)
    {
        // Round 78a asked for Mrak at Mark's own address to link; round 79a showed what that costs: Gary/Gray, Bret/Bert, Cian/Cain,
        // Edna/Enda, Zaid/Ziad are two names each, and no name table knows them all. A swapped four-letter name stays for a person.
        var address = accountFirst.ToLowerInvariant() + ".dawson@contoso.com";
        var m = Run(new[] { Con("c1", contactFirst, "Dawson", address) }, new[] { Acc("a1", accountFirst, "Dawson", address) }).Single();

        Assert.Equal((expected, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("jonh", "john", true)]
    [InlineData("jhon", "john", true)]
    [InlineData("mray", "mary", true)]
    [InlineData("cehn", "chen", true)]
    [InlineData("ojhn", "john", false)]   // the first letter moved: IsTypo's first-letter rule does not reach four letters
    [InlineData("joan", "john", false)]   // a letter for another makes another name
    [InlineData("myra", "mary", false)]   // the same letters, more than one swap
    [InlineData("john", "john", false)]
    [InlineData("johnn", "john", false)]
    [InlineData("jon", "jno", false)]      // three letters: no typo is looked for
    public void Two_neighbours_swapped_in_four_letters_are_a_slip(string a, string b, bool expected)
    {
        Assert.Equal(expected, EvidenceCollector.IsShortTransposition(a, b));
        Assert.Equal(expected, EvidenceCollector.IsShortTransposition(b, a));
    }

    [Fact]
    public void The_same_mailbox_at_another_domain_is_AliasDomain_Review()
    {
        var m = Run(new[] { Con("c1", "A", "Person", "ann.lee@oldname.com") }, new[] { Acc("a1", "Ann", "Lee", "ann.lee@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(MatchReason.AliasDomain, m.Reason);

        var role = Run(new[] { Con("c1", "A", "Person", "info@oldname.com") }, new[] { Acc("a1", "Ann", "Lee", "info@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Unmatched, role.Status);
    }

    [Fact]
    public void Maria_is_not_a_typo_of_Mario()
    {
        var m = Run(new[] { Con("c1", "Mario", "Rossi") }, new[] { Acc("a1", "Maria", "Rossi", "maria.rossi@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Fact]
    public void Equally_good_fuzzy_candidates_are_Ambiguous()
    {
        var m = Run(new[] { Con("c1", "Bob", "Smith"), Con("c2", "Rob", "Smith") }, new[] { Acc("a1", "Robert", "Smith", "r@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(2, m.Candidates.Count);
    }

    [Fact]
    public void No_candidate_is_Unmatched()
    {
        var m = Run(new[] { Con("c1", "Bo", "Ek", "bo@contoso.com") }, new[] { Acc("a1", "Ann", "Lee", "ann@contoso.com") }).Single();
        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
        Assert.Equal(0, m.Stars);
    }

    [Fact]
    public void A_contact_is_Suggested_for_one_account_only_the_stronger_claim_wins()
    {
        // a1 has the address, a2 only the same name (and a personal address): a1 keeps it, a2 becomes Review.
        var results = Run(new[] { Con("c1", "Ann", "Lee", "ann@contoso.com") },
            new[] { Acc("a1", "Annie", "Lee", "ann@contoso.com"), Acc("a2", "Ann", "Lee", "ann.lee@gmail.com") });

        Assert.Equal(MatchStatus.Suggested, results[0].Status);
        Assert.Equal(MatchStatus.Review, results[1].Status);
        Assert.Contains(MatchReason.ContactClaimed, results[1].Reasons);
        Assert.Equal("c1", results[1].ContactId);
    }

    [Fact]
    public void Equal_claims_on_one_contact_make_both_Ambiguous()
    {
        var results = Run(new[] { Con("c1", "John", "Smith") },
            new[] { Acc("a1", "John", "Smith", "john@contoso.com"), Acc("a2", "John", "Smith", "jsmith@fabrikam.com") });

        Assert.All(results, r => Assert.Equal(MatchStatus.Ambiguous, r.Status));
        Assert.All(results, r => Assert.Null(r.Contact));
    }

    [Fact]
    public void An_account_whose_every_candidate_another_account_takes_by_its_own_address_and_name_is_Unmatched()
    {
        // Round 48: a new Paul Smith beside John Paul Smith, and a second James Wilson, stayed Review, so New-PsaContact never created them.
        var results = Run(new[] { Con("c1", "John Paul", "Smith", "jpsmith@contoso.com"), Con("c2", "James", "Wilson", "james.wilson@contoso.com") },
            new[]
            {
                Acc("a1", "John Paul", "Smith", "jpsmith@contoso.com"), Acc("a2", "Paul", "Smith", "paul.smith@contoso.com"),
                Acc("a3", "James", "Wilson", "james.wilson@contoso.com"), Acc("a4", "James", "Wilson", "james.wilson2@contoso.com"),
            });

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal((MatchStatus.Suggested, "c2"), (results[2].Status, results[2].ContactId));
        foreach (var (row, taken) in new[] { (results[1], "c1"), (results[3], "c2") })
        {
            Assert.Equal(MatchStatus.Unmatched, row.Status);
            Assert.Null(row.ContactId);
            Assert.Equal(new[] { MatchReason.AfterElimination }, row.Reasons);
            Assert.Equal(taken, Assert.Single(row.Candidates).ContactId); // the reviewer still sees what was taken
        }
    }

    [Fact]
    public void An_account_whose_contact_was_taken_by_a_mobile_or_address_candidate_stays_for_review()
    {
        // Found by its address one slip from the contact's (a near miss that reads as a slip): its own contact may have been missed.
        var results = Run(new[] { Con("c1", "John", "Smith", "jsmith@contoso.com") },
            new[] { Acc("a1", "John", "Smith", "jsmith@contoso.com"), Acc("a2", "Jon", "Smith", "jsmiht@contoso.com") });

        Assert.Equal(MatchStatus.Suggested, results[0].Status);
        Assert.NotEqual(MatchStatus.Unmatched, results[1].Status);
    }

    [Fact]
    public void A_stored_confirmation_wins_and_takes_the_contact()
    {
        var contacts = new[] { Con("c1", "Ann", "Lee", "ann@contoso.com"), Con("c2", "Bob", "Smith") };
        var decisions = new[] { new MatchDecision("a1", "c2", MatchDecisionKind.Confirmed) };

        var results = Run(contacts, new[] { Acc("a1", "Robert", "Smith", "rob@contoso.com"), Acc("a2", "Bob", "Smith", "bob@contoso.com") }, decisions);

        Assert.Equal(MatchStatus.Matched, results[0].Status);
        Assert.Equal("c2", results[0].ContactId);
        Assert.Equal(MatchReason.StoredDecision, results[0].Reason);
        Assert.Equal(MatchStatus.Review, results[1].Status); // its exact name match is taken by a1
        Assert.Contains(MatchReason.ContactClaimed, results[1].Reasons);
    }

    [Fact]
    public void A_namesakes_row_beside_a_stored_link_says_the_contact_is_claimed()
    {
        // Round 78a: after David Jones's link was saved, "David Jones (Warehouse)" was Review on his contact with NameExact and
        // ConflictingEmail only, and the README's confirm step moved the link from him.
        var contacts = new[] { Con("c1", "David", "Jones", "david.jones@contoso.com") };
        var accounts = new[] { Acc("a1", "David", "Jones", "david.jones@contoso.com"), Acc("a2", "David", "Jones", "david.jones2@contoso.com") };
        accounts[1].DisplayName = "David Jones (Warehouse)";

        var results = Run(contacts, accounts, new[] { new MatchDecision("a1", "c1", MatchDecisionKind.Confirmed) });

        Assert.Equal(MatchStatus.Matched, results[0].Status);
        Assert.Equal((MatchStatus.Review, "c1"), (results[1].Status, results[1].ContactId));
        Assert.Contains(MatchReason.ContactClaimed, results[1].Reasons);
    }

    [Fact]
    public void A_contact_a_person_linked_to_an_account_not_in_the_run_is_no_other_accounts_link()
    {
        // Round 79a: matched alone, Ann Lee was Suggested to the contact a person had linked to her namesake's account, and
        // Save-PsaContactMatch replaced that decision.
        var contacts = new[] { Con("c1", "Ann", "Lee") };
        var decisions = new[] { new MatchDecision("someone-else", "c1", MatchDecisionKind.Confirmed) };

        var m = Run(contacts, new[] { Acc("a1", "Ann", "Lee", "ann.lee@contoso.com") }, decisions).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.ContactClaimed, m.Reasons);
        Assert.Equal(MatchStatus.Suggested, Run(contacts, new[] { Acc("a1", "Ann", "Lee", "ann.lee@contoso.com") }).Single().Status);
    }

    [Fact]
    public void An_excluded_pair_never_comes_back()
    {
        var decisions = new[] { new MatchDecision("a1", "c1", MatchDecisionKind.Excluded) };
        var m = Run(new[] { Con("c1", "Ann", "Lee", "ann@contoso.com") }, new[] { Acc("a1", "Ann", "Lee", "ann@contoso.com") }, decisions).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
    }

    [Fact]
    public void A_decision_for_a_deleted_contact_falls_back_to_evidence()
    {
        var decisions = new[] { new MatchDecision("a1", "gone", MatchDecisionKind.Confirmed) };
        var m = Run(new[] { Con("c1", "Ann", "Lee", "ann@contoso.com") }, new[] { Acc("a1", "Ann", "Lee", "ann@contoso.com") }, decisions).Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
    }

    [Fact]
    public void QuickpassCompatible_is_exact_email_then_exact_name_and_nothing_else()
    {
        var contacts = new[] { Con("c1", "Ann", "Lee", "ann@contoso.com"), Con("c2", "Bob", "Smith"), Con("c3", "Zoe", "Nguyen"), Con("c4", "John", "Ray"), Con("c5", "John", "Ray") };
        var accounts = new[]
        {
            Acc("a1", "Ann", "Lee", "ANN@contoso.com"), Acc("a2", "Robert", "Smith", "rob@contoso.com"),
            Acc("a3", "Zoë", "Nguyễn", "zoe@contoso.com"), Acc("a4", "john", "ray", "jr@contoso.com"), Acc("a5", "Bob", "Smith", "b@contoso.com"),
        };

        var r = Run(contacts, accounts, strategy: MatchStrategy.QuickpassCompatible);

        Assert.Equal((MatchStatus.Suggested, 3), (r[0].Status, r[0].Stars));
        Assert.Equal(MatchStatus.Unmatched, r[1].Status);     // no nicknames
        Assert.Equal(MatchStatus.Unmatched, r[2].Status);     // no accent folding
        Assert.Equal(MatchStatus.Ambiguous, r[3].Status);     // two exact names
        Assert.Equal((MatchStatus.Suggested, 2), (r[4].Status, r[4].Stars));
        Assert.All(r, m => Assert.Equal(MatchStrategy.QuickpassCompatible, m.Strategy));
    }

    [Fact]
    public void Results_come_back_in_input_order_one_per_account()
    {
        var accounts = Enumerable.Range(0, 50).Select(i => Acc("a" + i, "F" + i, "L" + i, "u" + i + "@contoso.com")).ToList();
        var results = Run(new[] { Con("c1", "F7", "L7") }, accounts);

        Assert.Equal(accounts.Select(a => a.Id), results.Select(r => r.AccountId));
        Assert.Equal("c1", results[7].ContactId);
    }
}
