using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

/// <summary>
/// Contacts a machine made (an email connector, a phone system, an import from an old PSA) beside Entra ID's clean names (round 63b):
/// none may leave its person Unmatched (New-PsaContact would make a twin), and none may link the wrong person.
/// </summary>
public class MachineMadeContactTests
{
    private static Account Acc(string id, string first, string last, string email, string? mobile = null) => new()
    {
        Id = id, FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email, MobilePhone = mobile,
    };

    private static PsaContact Con(string id, string? first, string? last, string? email = null, string? mobile = null) => new()
    {
        Id = id, CompanyId = "1", FirstName = first, LastName = last, Emails = email == null ? new List<string>() : new List<string> { email }, MobilePhone = mobile,
    };

    private static IReadOnlyList<ContactMatch> Run(IEnumerable<PsaContact> contacts, params Account[] accounts) =>
        new ContactMatcher(contacts, null, new MatchOptions()).Match(accounts);

    [Theory]
    [InlineData("Caller", "0412345678")]
    [InlineData("Unknown Caller", null)]
    [InlineData("Caller", null)]
    [InlineData("Anonymous", null)]
    [InlineData("0412345678", null)]
    [InlineData("Private Number", "")]
    public void A_phone_systems_caller_contact_with_the_accounts_mobile_is_a_candidate_not_a_stranger(string first, string? last)
    {
        // Was taken for a handed-on company phone with another person's name, dropped, and the person left Unmatched.
        var m = Run(new[] { Con("c1", first, last, mobile: "0412345678"), Con("c2", "Zoe", "Park", "zpark@repro.com") },
            Acc("a1", "Claire", "Cox", "ccox@repro.com", "+61 412 345 678")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.MobilePhone, m.Reasons);
    }

    [Fact]
    public void A_callers_number_in_a_name_field_is_the_contacts_number_when_it_has_none()
    {
        // "Caller | 0455111222" without a mobile item: the number the phone system wrote is the caller's (round 63b: a twin was made).
        var m = Run(new[] { Con("c1", "Caller", "0455111222") }, Acc("a1", "Ryan", "Butler", "rbutler@repro.com", "+61 455 111 222")).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.MobilePhone), (m.Status, m.ContactId, m.Reason));
    }

    [Theory] // Caller is a surname too (round 64a: Tom Caller and Khalid Caller were left Unmatched, and twins made)
    [InlineData("Tom", "Caller", "Tom", "Caller", MatchStatus.Suggested)]
    [InlineData("CALLER", "KHALID", "Khalid", "Caller", MatchStatus.Review)]
    [InlineData("Anonymous", "Smith", "Anonymous", "Smith", MatchStatus.Suggested)]
    public void A_caller_word_beside_a_name_is_a_name(string first, string last, string accountFirst, string accountLast, MatchStatus status)
    {
        var m = Run(new[] { Con("c1", first, last) }, Acc("a1", accountFirst, accountLast, "someone@repro.com")).Single();

        Assert.Equal((status, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void A_callers_number_that_is_not_the_accounts_finds_nothing()
    {
        var m = Run(new[] { Con("c1", "Caller", "0412999999", mobile: "0412999999") }, Acc("a1", "Claire", "Cox", "ccox@repro.com", "+61 412 345 678")).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Theory]
    [InlineData("sgibson", null)]
    [InlineData("SGIBSON", "")]
    [InlineData("sgibson", "repro.com")]
    [InlineData("sgibson@repro.com", "Unknown")]
    public void A_contact_named_by_its_own_mailbox_at_the_accounts_address_links_as_a_nameless_one(string first, string? last)
    {
        // Was Review ConflictingName ("FirstName=Different -13.9").
        var m = Run(new[] { Con("c1", first, last, "sgibson@repro.com"), Con("c2", "Zoe", "Park", "zpark@repro.com") }, Acc("a1", "Susan", "Gibson", "sgibson@repro.com")).Single();

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (m.Status, m.Stars, m.ContactId));
    }

    [Fact]
    public void A_contact_named_by_its_own_mailbox_ranks_above_a_namesakes_record_at_another_address()
    {
        // The README's review step links Candidates[0]: it was the namesake's susan.gibson2@ record, the mailbox-named one costing 13.9.
        var m = Run(new[] { Con("c1", "sgibson", null, "sgibson@repro.com"), Con("c2", "Susan", "Gibson", "susan.gibson2@repro.com") },
            Acc("a1", "Susan", "Gibson", "sgibson@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1", "c1"), (m.Status, m.ContactId, m.Candidates[0].ContactId));
        Assert.DoesNotContain(m.Candidates[0].WeightParts, p => p.ToString().Contains("Different"));
    }

    [Theory] // round 64a: read as no name whatever the account, these linked whoever held the address now (3 stars)
    [InlineData("Olga", null, "olga@repro.com")]
    [InlineData("Sanjay", "Unknown", "sanjay@repro.com")]
    [InlineData("Smith", null, "smith@repro.com")]
    [InlineData("karen.ivanov@repro.com", "Unknown", "karen.ivanov@repro.com")]
    [InlineData("karen.ivanov", "repro.com", "karen.ivanov@repro.com")]
    public void A_mailbox_named_contact_is_a_name_against_an_account_whose_name_the_mailbox_does_not_spell(string first, string? last, string address)
    {
        // A mailbox handed on to Deepa Nair: the contact's name is the leaver's, not nobody's.
        var m = Run(new[] { Con("c1", first, last, address) }, Acc("a1", "Deepa", "Nair", address)).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.ConflictingName, m.Reasons);
    }

    [Fact]
    public void A_given_name_that_is_also_the_mailbox_name_stays_a_name()
    {
        // john@ on "John |": the person's name as often as not, and kept.
        var m = Run(new[] { Con("c1", "John", null, "john@repro.com") }, Acc("a1", "Mary", "Stone", "john@repro.com")).Single();

        Assert.Contains(MatchReason.ConflictingName, m.Reasons);
    }

    [Theory]
    [InlineData("aellis", null, "aellis@repro.com")]
    [InlineData("AELLIS", "", "aellis@repro.com")]
    [InlineData("aellis@repro.com", null, "aellis@repro.com")]
    [InlineData(null, "aellis", "aellis@repro.com")]
    public void A_contact_named_by_the_accounts_mailbox_without_an_address_item_is_a_candidate(string? first, string? last, string address)
    {
        // An email connector put the sender's user name or address in the name field and no address item: no candidate, and a twin.
        var m = Run(new[] { Con("c1", first, last), Con("c2", "Amber", "Stone") }, Acc("a1", "Amber", "Ellis", address)).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.MailboxName), (m.Status, m.ContactId, m.Reason));
        Assert.DoesNotContain(m.Candidates, c => c.ContactId == "c2");
    }

    [Fact]
    public void A_desk_mailbox_name_in_a_name_field_finds_no_person()
    {
        var m = Run(new[] { Con("c1", "reception", null) }, Acc("a1", "Amber", "Ellis", "reception@repro.com")).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Theory]
    [InlineData("John & Mary", "Smith")]
    [InlineData("John and Mary", "Smith")]
    [InlineData("John + Mary", "Smith")]
    [InlineData("John/Mary", "Smith")]        // round 64a: both Unmatched
    [InlineData("John & Mary Smith", null)]   // all in one field: John was Unmatched
    [InlineData("Mr & Mrs", "Smith")]
    [InlineData("Mr & Mrs", "Peter Smith")]   // the husband's whole name: Mary was Unmatched
    [InlineData(".", "John & Mary Smith")]     // round 64b: the couple in the last-name field, as an Autotask import writes it
    [InlineData("Mr & Mrs John", "Smith")]
    [InlineData("Mr & Mrs John Smith", null)]
    [InlineData("Smith", "John & Mary")]       // crossed on import
    [InlineData("Sr. y Sra.", "Smith")]
    [InlineData("Mr/Mrs", "Smith")]
    [InlineData("Mr & Mrs J", "Smith")]
    [InlineData("John &amp; Mary", "Smith")]  // HTML-escaped by a connector
    public void A_couples_record_is_a_candidate_for_each_of_the_two(string first, string? last)
    {
        var contacts = new[] { Con("c1", first, last), Con("c2", "Peter", "Smith") };
        var results = Run(contacts, Acc("a1", "John", "Smith", "john.smith@repro.com"), Acc("a2", "Mary", "Smith", "mary.smith@repro.com"));

        Assert.All(results, m => Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId)));
    }

    [Theory]
    [InlineData("Mr & Mrs")]
    [InlineData("Mr. and Mrs.")]
    [InlineData("Dr & Mrs")]
    public void A_contact_with_a_couples_titles_for_a_given_name_is_a_candidate_by_its_surname(string titles)
    {
        var m = Run(new[] { Con("c1", titles, "Fleming") }, Acc("a1", "Ian", "Fleming", "ian.fleming@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.PartialName), (m.Status, m.ContactId, m.Reason));
    }

    [Theory]
    [InlineData("Juan y María", "García", "Juan", "Maria")]
    [InlineData("Jean et Marie", "Dupont", "Jean", "Marie")]
    public void A_couples_record_joined_by_a_word_of_another_language_is_a_candidate_for_each(string first, string last, string one, string other)
    {
        var results = Run(new[] { Con("c1", first, last) }, Acc("a1", one, last, "a1@repro.com"), Acc("a2", other, last, "a2@repro.com"));

        Assert.All(results, m => Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId)));
    }

    [Fact]
    public void Two_whole_names_joined_in_one_field_are_a_candidate_for_each()
    {
        var results = Run(new[] { Con("c1", "Tom Lee & Amy Jones", null) }, Acc("a1", "Tom", "Lee", "tlee@repro.com"), Acc("a2", "Amy", "Jones", "ajones@repro.com"));

        Assert.All(results, m => Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId)));
    }

    [Fact]
    public void Two_surnames_joined_by_y_are_one_mans_not_a_couple()
    {
        var m = Run(new[] { Con("c1", "José", "Ortega y Gasset") }, Acc("a1", "Ortega", "Jose", "oj@repro.com")).Single();

        Assert.DoesNotContain(m.Candidates, c => c.Reasons.Contains(MatchReason.PartialName));
    }

    [Fact]
    public void A_contact_without_a_name_carrying_another_accounts_mobile_is_no_link_at_the_address()
    {
        // Round 64b: Sam Gibson at sgibson@ was Suggested (3 stars) to "sgibson |" there, which carries Susan Gibson's own mobile: her record
        // at an address handed on since as likely as his.
        var results = Run(new[] { Con("c1", "sgibson", null, "sgibson@repro.com", "+61 412 345 678") },
            Acc("a1", "Sam", "Gibson", "sgibson@repro.com"), Acc("a2", "Susan", "Gibson", "susan.gibson@repro.com", "+61 412 345 678"));

        Assert.Equal((MatchStatus.Review, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal((MatchStatus.Review, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Fact]
    public void A_contact_without_a_name_beside_another_persons_record_at_the_address_is_ambiguous()
    {
        // Round 64b: Jane Smith at jsmith@ was Suggested to "jsmith |" beside John Smith's record at jsmith@: the mailbox was John's.
        var m = Run(new[] { Con("c1", "jsmith", null, "jsmith@repro.com"), Con("c2", "John", "Smith", "jsmith@repro.com") },
            Acc("a1", "Jane", "Smith", "jsmith@repro.com")).Single();

        Assert.Equal((MatchStatus.Ambiguous, MatchReason.SharedAddress), (m.Status, m.Reasons[1]));
    }

    [Fact]
    public void An_address_link_whose_names_agree_only_crossed_yields_to_an_account_with_a_nickname_of_the_contacts_name()
    {
        // Round 64b: Thomas James at tjames@ on James | Thomas was Suggested, and Jim Thomas left Unmatched (a twin).
        var results = Run(new[] { Con("c1", "James", "Thomas", "tjames@repro.com") },
            Acc("a1", "Thomas", "James", "tjames@repro.com"), Acc("a2", "Jim", "Thomas", "jim.thomas@repro.com"));

        Assert.Equal((MatchStatus.Review, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal((MatchStatus.Review, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Fact]
    public void A_nickname_crossed_finds_the_contact_for_review()
    {
        // Round 64b: Wes Mitchell never found MITCHELL | WESLEY, so beside Mitchell Wesley's link he was Unmatched and a twin was made.
        var m = Run(new[] { Con("c1", "MITCHELL", "WESLEY") }, Acc("a1", "Wes", "Mitchell", "wmitchell@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.SwappedName, m.Reasons);
    }

    [Theory] // Crossed with one slip besides (last session's note: no candidate, and New-PsaContact would have made a twin)
    [InlineData("Wesley", "Mitchel", "MITCHELL", "WESLEY")]
    [InlineData("Wesly", "Mitchell", "Mitchell", "Wesley")]
    [InlineData("Katherine", "Gonzales", "GONZALEZ", "KATHERINE")]
    public void A_name_crossed_with_one_slip_finds_the_contact_for_review(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Zoe", "Park", "zpark@repro.com") },
            Acc("a1", first, last, "someone@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.SwappedName, m.Reasons);
        Assert.Contains(MatchReason.Typo, m.Reasons);
    }

    [Theory] // One name, and a mailbox that spells it with the other name's initial (round 65a: no candidate, and a twin made)
    [InlineData("Ruth", "", "rpierce@repro.com")]
    [InlineData("Ruth", "", "r.pierce@repro.com")]
    [InlineData("Ruth", "", "ruthp@repro.com")]
    [InlineData("", "Pierce", "rpierce@repro.com")]
    [InlineData("", "Pierce", "piercer@repro.com")]
    [InlineData("Pierce", "", "rpierce@repro.com")]
    public void A_one_name_account_at_a_mailbox_with_the_other_names_initial_finds_the_contact_for_review(string first, string last, string email)
    {
        var m = Run(new[] { Con("c1", "Ruth", "Pierce"), Con("c2", "Zoe", "Park", "zpark@repro.com") }, Acc("a1", first, last, email)).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // A surname no longer than the given name (round 68a: no candidate, and a twin made)
    [InlineData("Kelly", "Jones", "kjones@repro.com")]
    [InlineData("Ruth", "Lee", "rlee@repro.com")]
    [InlineData("Wei", "Tan", "wtan@repro.com")]
    [InlineData("Grace", "Tan", "gtan@repro.com")]
    public void A_one_name_account_at_an_flast_mailbox_with_a_short_surname_finds_the_contact(string first, string last, string email)
    {
        var m = Run(new[] { Con("c1", first, last), Con("c2", "Zoe", "Park", "zpark@repro.com") }, Acc("a1", first, "", email)).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // The mailbox spells another person's name: no candidate
    [InlineData("Ruth", "", "rparker@repro.com")]
    [InlineData("Ruth", "", "ruthk@repro.com")]
    [InlineData("", "Pierce", "kpierce@repro.com")]
    public void A_one_name_account_at_a_mailbox_of_another_initial_finds_nothing(string first, string last, string email)
    {
        var m = Run(new[] { Con("c1", "Ruth", "Pierce"), Con("c2", "Zoe", "Park", "zpark@repro.com") }, Acc("a1", first, last, email)).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Fact]
    public void A_one_name_account_beside_the_person_who_holds_the_contact_stays_in_review()
    {
        // Round 66c: "Ruth" at rpierce@ was released to Unmatched beside Ruth Pierce at ruth.pierce@, who holds the contact, and a twin
        // was made; one name cannot tell a namesake from the same person's older account.
        var results = Run(new[] { Con("c1", "Ruth", "Pierce", "ruth.pierce@repro.com") },
            Acc("a1", "Ruth", "", "rpierce@repro.com"), Acc("a2", "Ruth", "Pierce", "ruth.pierce@repro.com"));

        Assert.Equal((MatchStatus.Review, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Theory] // Her surname in its masculine form (round 66c: no candidate, and a twin made)
    [InlineData("Anna", "Kowalska", "Anna", "Kowalski")]
    [InlineData("Ewa", "Nowacka", "Ewa", "Nowacki")]
    [InlineData("Olga", "Ivanova", "Olga", "Ivanov")]
    [InlineData("Anna", "Nováková", "Anna", "Novák")]              // round 71b: Czech, Slovak and Lithuanian forms more than a slip apart
    [InlineData("Petra", "Novakova", "Petra", "Novak")]
    [InlineData("Zuzana", "Horváthová", "Zuzana", "Horváth")]
    [InlineData("Eva", "Svobodová", "Eva", "Svoboda")]
    [InlineData("Eva", "Marková", "Eva", "Marek")]
    [InlineData("Rasa", "Rimkienė", "Rasa", "Rimkus")]              // a wife's
    [InlineData("Jana", "Kazlauskaitė", "Jana", "Kazlauskas")]      // a daughter's
    [InlineData("Ona", "Petraitytė", "Ona", "Petraitis")]
    [InlineData("Ieva", "Adomavičiūtė", "Ieva", "Adomavičius")]
    [InlineData("Rasa", "Rimkutė", "Rasa", "Rimkus")]
    [InlineData("Anna", "Novák", "Anna", "Nováková")]              // and the other way
    [InlineData("Rasa", "Rimkus", "Rasa", "Rimkienė")]
    [InlineData("Jana", "Kazlauskas", "Jana", "Kazlauskaitė")]
    [InlineData("Eva", "Marek", "Eva", "Marková")]
    public void A_surname_in_its_other_gender_form_with_the_same_given_name_is_a_candidate(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Zoe", "Park", "zpark@repro.com") }, Acc("a1", first, last, "someone@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void A_husband_a_wife_and_a_daughter_each_link_their_own_contact()
    {
        // Round 71b: the other gender's form is a candidate to review; the exact name stays the link, in both directions.
        var contacts = new[]
        {
            Con("c1", "Rasa", "Rimkienė"), Con("c2", "Rasa", "Rimkutė"), Con("c3", "Tomas", "Rimkus"), Con("c4", "Jana", "Nováková"), Con("c5", "Jana", "Novák"),
        };
        var results = Run(contacts, Acc("a1", "Rasa", "Rimkienė", "rasa.rimkiene@repro.com"), Acc("a2", "Rasa", "Rimkutė", "rasa.rimkute@repro.com"),
            Acc("a3", "Tomas", "Rimkus", "tomas.rimkus@repro.com"), Acc("a4", "Jana", "Nováková", "jana.novakova@repro.com"), Acc("a5", "Jana", "Novák", "jana.novak@repro.com"));

        Assert.Equal(new[] { "c1", "c2", "c3", "c4", "c5" }, results.Select(r => r.ContactId));
        Assert.All(results, r => Assert.Equal(MatchStatus.Suggested, r.Status));
    }

    [Fact]
    public void A_name_crossed_with_a_slip_is_no_rival_of_the_exact_names_link()
    {
        // Mitchell Wesley owns MITCHELL | WESLEY by its exact name; Wesley Mitchel finds it crossed with a slip, and claims nothing.
        var results = Run(new[] { Con("c1", "MITCHELL", "WESLEY") },
            Acc("a1", "Mitchell", "Wesley", "mwesley@repro.com"), Acc("a2", "Wesley", "Mitchel", "wesley.mitchel@repro.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal(MatchStatus.Review, results[1].Status);
    }

    [Fact]
    public void A_couples_titles_record_at_one_partners_address_is_no_link()
    {
        // Round 64a: "Mr & Mrs | Fleming" at ian.fleming@ was Suggested to Ian with 3 stars; a couple's record is never a link.
        var m = Run(new[] { Con("c1", "Mr & Mrs", "Fleming", "ian.fleming@repro.com") }, Acc("a1", "Ian", "Fleming", "ian.fleming@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void A_surname_alone_in_the_first_name_field_is_a_candidate()
    {
        // An import that put the surname first and left the given name out: "Ngo |" (round 64a: no candidate, and a twin).
        var m = Run(new[] { Con("c1", "Ngo", null) }, Acc("a1", "Lan", "Ngo", "lan.ngo@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1", MatchReason.PartialName), (m.Status, m.ContactId, m.Reason));
    }

    [Fact]
    public void An_address_link_whose_names_agree_only_crossed_yields_to_the_account_with_the_contacts_exact_name()
    {
        // Round 64a: Omar | Khalid at komar@, with the accounts Khalid Omar (komar@) and Omar Khalid (okhalid@): Khalid was Suggested 3 stars.
        var results = Run(new[] { Con("c1", "Omar", "Khalid", "komar@repro.com") },
            Acc("a1", "Omar", "Khalid", "okhalid@repro.com"), Acc("a2", "Khalid", "Omar", "komar@repro.com"));

        Assert.All(results, m => Assert.NotEqual(MatchStatus.Suggested, m.Status));
        Assert.Equal((MatchStatus.Review, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Fact]
    public void An_address_link_whose_names_agree_only_crossed_stands_without_such_a_rival()
    {
        var m = Run(new[] { Con("c1", "Omar", "Khalid", "komar@repro.com") }, Acc("a2", "Khalid", "Omar", "komar@repro.com")).Single();

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (m.Status, m.Stars, m.ContactId));
    }

    [Theory]
    [InlineData("MITCHELL", "WESLEY")]
    [InlineData("Mitchell", "Wesley")]
    public void A_contact_whose_name_is_one_accounts_and_crossed_anothers_links_neither(string first, string last)
    {
        // Wesley Mitchell and Mitchell Wesley, one record without an address or a mobile: which one it is depends on whether its fields
        // were filled the right way round (round 63b: Suggested to the account that did not own it, 4 of 4).
        var results = Run(new[] { Con("c1", first, last) },
            Acc("a1", "Wesley", "Mitchell", "wesley.mitchell@repro.com"), Acc("a2", "Mitchell", "Wesley", "mitchell.wesley@repro.com"));

        Assert.All(results, m => Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId)));
    }

    [Fact]
    public void The_exact_name_still_links_when_the_crossed_account_has_its_own_contact()
    {
        var results = Run(new[] { Con("c1", "Mitchell", "Wesley"), Con("c2", "Wesley", "Mitchell") },
            Acc("a1", "Wesley", "Mitchell", "wesley.mitchell@repro.com"), Acc("a2", "Mitchell", "Wesley", "mitchell.wesley@repro.com"));

        Assert.Equal((MatchStatus.Suggested, "c2"), (results[0].Status, results[0].ContactId));
        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
    }

    [Fact]
    public void A_crossed_pair_each_with_a_contact_of_its_own_links_both_beside_a_nickname_of_one()
    {
        // Round 64d: Harry Scott (a nickname of Harrison) kept Harrison Scott's row for elimination, and the crossed rule then made both Review.
        var results = Run(new[] { Con("c1", "Harrison", "Scott"), Con("c2", "Scott", "Harrison"), Con("c3", "Harry", "Scott", "hascott@repro.com") },
            Acc("a1", "Harrison", "Scott", "hscott@repro.com"), Acc("a2", "Scott", "Harrison", "sharrison@repro.com"), Acc("a3", "Harry", "Scott", "hascott@repro.com"));

        Assert.True(results[0].Status == MatchStatus.Suggested && results[0].ContactId == "c1", string.Join(" / ", results.Select(r => r.Status + " " + r.ContactId + " " + string.Join(",", r.Reasons))));
        Assert.Equal((MatchStatus.Suggested, "c2"), (results[1].Status, results[1].ContactId));
        Assert.Equal((MatchStatus.Suggested, "c3"), (results[2].Status, results[2].ContactId));
    }

    [Fact]
    public void A_review_row_proposes_a_contact_no_other_row_links_and_lists_the_linked_one_last()
    {
        // Round 64d: James Anderson's Nickname candidate Jack | Anderson (Suggested to Jack Anderson by name and mobile) came first, before
        // James's own record at his old address: confirming the first candidate would have moved Jack's link.
        var results = Run(new[] { Con("c1", "Jack", "Anderson", mobile: "+44 7497 172591"), Con("c2", "James", "Anderson", "janderson@repro.com") },
            Acc("a1", "James", "Anderson", "james.anderson@repro.com"), Acc("a2", "Jack", "Anderson", "jack.anderson@repro.com", "+44 7497 172591"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
        Assert.Equal((MatchStatus.Review, "c2", "c2"), (results[0].Status, results[0].ContactId, results[0].Candidates[0].ContactId));
        Assert.Equal("c1", results[0].Candidates[results[0].Candidates.Count - 1].ContactId);
    }

    [Fact]
    public void A_name_link_with_the_accounts_own_mobile_stands_against_a_crossed_rival()
    {
        var results = Run(new[] { Con("c1", "Mitchell", "Wesley", mobile: "+1 425 555 0101") },
            Acc("a1", "Wesley", "Mitchell", "wesley.mitchell@repro.com"), Acc("a2", "Mitchell", "Wesley", "mitchell.wesley@repro.com", "425-555-0101"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
    }

    private static Account Shown(string id, string display, string email, string? mobile = null) => new()
    {
        Id = id, DisplayName = display, Email = email, MobilePhone = mobile,
    };

    [Theory]
    [InlineData("Mr & Mrs Chen")]
    [InlineData("Mr and Mrs Chen")]
    [InlineData("Mr. & Mrs. Chen")]
    [InlineData("The Chens")]
    [InlineData("The Chen Family")]
    [InlineData("Chen Family")]
    [InlineData("Chen Household")]
    [InlineData("Familie Chen")]
    [InlineData("Gezin Chen")]
    [InlineData("The Chen's")]
    [InlineData("Mr+Mrs Chen")]
    [InlineData("Mr/Mrs Chen")]
    public void A_familys_mailbox_by_the_surname_alone_lists_the_familys_records_for_a_person_to_choose(string display)
    {
        // Round 73a: no candidate, and New-PsaContact refuses such names, so the account was left with nothing to act on.
        var m = Run(new[] { Con("c1", "David", "Chen", "david@gmail.com"), Con("c2", "Mary", "Chen"), Con("c3", "Ann", "Lee"), Con("c4", "Wei", "Cheng") },
            Shown("a1", display, "chens@repro.com")).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
        Assert.Contains(MatchReason.PartialName, m.Candidates[0].Reasons);
    }

    [Fact]
    public void A_couples_fields_without_given_names_list_the_familys_records()
    {
        var m = Run(new[] { Con("c1", "David", "Chen"), Con("c2", "Mary", "Chen"), Con("c3", "Ann", "Lee") }, Acc("a1", "Mr & Mrs", "Chen", "chens@repro.com")).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Chen", "Family")]
    [InlineData("The Chen", "Family")]
    [InlineData("Family", "Chen")]
    [InlineData("The", "Chens")]
    public void A_familys_name_over_the_fields_lists_the_familys_records(string first, string last)
    {
        // Round 77a: Unmatched with no candidate (the same name as a display name listed them).
        var m = Run(new[] { Con("c1", "David", "Chen", "david@gmail.com"), Con("c2", "Mary", "Chen"), Con("c3", "Ann", "Lee") }, Acc("a1", first, last, "chens@repro.com")).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Mr+Mrs Chen")]
    [InlineData("Mr/Mrs Chen")]
    [InlineData("Dr.+Mrs. Chen")]
    public void Two_titles_joined_at_one_partners_address_are_no_link(string display)
    {
        // Round 77a: Suggested at david.chen@ with 3 stars, where "Mr & Mrs Chen" was Review.
        var m = Run(new[] { Con("c1", "David", "Chen", "david.chen@repro.com"), Con("c2", "Mary", "Chen", "mary.chen@repro.com") }, Shown("a1", display, "david.chen@repro.com")).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
    }

    [Theory]
    [InlineData("Mr & Mrs", "Chen")]
    [InlineData("Mr and Mrs", "Chen")]
    [InlineData("Mr & Mr", "Chen")]
    [InlineData("D & M", "Chen")]
    [InlineData("David+Mary", "Chen")]
    [InlineData("Chen", "Family")]
    [InlineData("Family", "")]
    [InlineData("David", "Chen & Mary Chen")]   // round 81a: a couple in the last-name field
    [InlineData("David", "Chen Family")]        // round 82a: a family's word beside a name in one field
    [InlineData("Chen Household", "David")]
    [InlineData("David", "Chen-Family")]        // round 83a: hyphen, brackets, a join at the start
    [InlineData("David", "Chen (Family)")]
    [InlineData("David", "& Mary Chen")]
    [InlineData("", "Chen and Mary")]
    public void A_couple_or_a_family_over_the_fields_at_one_partners_address_is_no_link(string first, string last)
    {
        // Round 79a: Suggested at 3 stars to David's record at david.chen@; the same name as a display name alone was Review.
        var m = Run(new[] { Con("c1", "David", "Chen", "david.chen@repro.com"), Con("c2", "Mary", "Chen", "mary.chen@repro.com") }, Acc("a1", first, last, "david.chen@repro.com")).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Contains(MatchReason.ConflictingName, m.Reasons);
    }

    [Theory]
    [InlineData("David+Mary Chen", "chens@gmail.com")]       // round 79a: linked David by name alone
    [InlineData("David+mary Chen", "chens@gmail.com")]       // round 81a: in small letters too
    [InlineData("david+mary chen", "chens@gmail.com")]
    [InlineData("D+M Chen", "david.chen@repro.com")]         // at one partner's address
    [InlineData("Family", "david.chen@repro.com")]           // a family's word alone at one partner's address
    public void Two_given_names_joined_by_a_plus_without_spaces_are_a_couple(string display, string email)
    {
        var m = Run(new[] { Con("c1", "David", "Chen", "david.chen@repro.com"), Con("c2", "Mary", "Chen", "mary.chen@repro.com") }, Shown("a1", display, email)).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
    }

    [Theory]
    [InlineData("Chen Family", "chens@gmail.com")]            // round 83a: Suggested by name alone over David's own fields
    [InlineData("Chen Household", "chens@gmail.com")]
    [InlineData("Mr & Mrs Chen", "david.chen@repro.com")]     // and at his address
    [InlineData("David and Mary Chen", "david.chen@repro.com")]
    public void A_couples_or_a_familys_display_name_over_a_partners_own_fields_is_no_link(string display, string email)
    {
        var account = Acc("a1", "David", "Chen", email);
        account.DisplayName = display;
        var m = Run(new[] { Con("c1", "David", "Chen", "david.chen@repro.com") }, account).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Contains(MatchReason.ConflictingName, m.Reasons);
    }

    [Fact]
    public void A_plural_is_read_as_written_and_as_its_singular()
    {
        // Round 77a: "The Woods" listed Anna Wood only, not Bob Woods.
        var m = Run(new[] { Con("c1", "Anna", "Wood"), Con("c2", "Bob", "Woods"), Con("c3", "Ann", "Lee") }, Shown("a1", "The Woods", "woods@repro.com")).Single();

        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
    }

    [Fact]
    public void A_familys_mailbox_never_links_a_partner_not_even_the_one_left_or_with_the_mobile()
    {
        // David's own account takes his record; Mary's carries the family's mobile: still a mailbox of two people.
        var results = Run(new[] { Con("c1", "David", "Chen", "david.chen@repro.com"), Con("c2", "Mary", "Chen", mobile: "+1 206 555 0100") },
            Shown("a1", "Mr & Mrs Chen", "chens@repro.com", "(206) 555-0100"), Acc("a2", "David", "Chen", "david.chen@repro.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[1].Status, results[1].ContactId));
        Assert.NotEqual(MatchStatus.Suggested, results[0].Status);
        Assert.Contains(results[0].Candidates, c => c.ContactId == "c2");
    }

    [Fact]
    public void A_familys_mailbox_of_a_crowded_surname_lists_no_one()
    {
        // Eleven Smiths: any ten of them help no one choose.
        var contacts = Enumerable.Range(0, 11).Select(i => Con("c" + i, "Given" + (char)('a' + i), "Smith")).ToList();
        var m = Run(contacts, Shown("a1", "The Smith Family", "smiths@repro.com")).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
    }

    [Theory]
    [InlineData("The Office")]       // no surname of the company's in the plural
    [InlineData("The Partners")]
    public void Other_display_names_with_the_find_no_family(string display)
    {
        var m = Run(new[] { Con("c1", "David", "Chen"), Con("c2", "Mary", "Chen"), Con("c3", "Ann", "Lee") }, Shown("a1", display, "x@repro.com")).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Empty(m.Candidates);
    }
}
