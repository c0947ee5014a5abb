using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using static QuickpassPsa.Tests.Matching.MatchingFixtures;
namespace QuickpassPsa.Tests.Matching;

/// <summary>
/// Round 59a's tenant of Arabic, Indian, Chinese, Spanish and Irish names: a father and son whose names are each other's read
/// crossed, a working name in brackets that names another contact, surnames written as an initial, and a role mailbox shown
/// with a person's name.
/// </summary>
public class NamesFromAroundTheWorldTests
{
    [Theory]
    [InlineData("Omar", "Khalid", "Khalid", "Omar")]     // the son named after his grandfather, the father's names crossed
    [InlineData("Thomas", "James", "James", "Thomas")]
    [InlineData("Minh", "Hung", "Hung", "Minh")]
    public void Crossed_names_with_the_one_family_mobile_are_Review_not_a_link(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, "+971 50 123 4567") }, Acc("a1", first, last, $"{first}.{last}@example.com".ToLowerInvariant(), "050 123 4567")).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal("c1", m.ContactId);
        Assert.Contains(MatchReason.SwappedName, m.Reasons);
        Assert.Contains(MatchReason.MobilePhone, m.Reasons);
    }

    [Fact]
    public void The_same_mobile_with_the_names_in_order_still_links()
    {
        var m = Run(new[] { Con("c1", "Omar", "Khalid", "+971 50 123 4567") }, Acc("a1", "Omar", "Khalid", "omar.khalid@example.com", "+971 50 123 4567")).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("c1", m.ContactId);
    }

    [Theory]
    [InlineData("Wei Zhang (David)", "Wei", "Zhang", "David")]
    [InlineData("Tan Wei Ming (David)", "Wei Ming", "Tan", "David")]
    public void A_working_name_that_names_another_contact_leaves_the_choice_to_a_person(string display, string first, string last, string workingName)
    {
        var account = Acc("a1", first, last);
        account.DisplayName = display;
        var contacts = new[] { Con("c1", first, last), Con("c2", workingName, last) };

        var m = Run(contacts, account).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Null(m.Contact);
        Assert.Equal(new[] { MatchReason.NameExact, MatchReason.OtherGivenName }, m.Reasons);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
    }

    [Fact]
    public void A_working_name_with_no_contact_of_its_own_does_not_stop_the_link()
    {
        var account = Acc("a1", "Wei", "Zhang");
        account.DisplayName = "Wei Zhang (David)";

        var m = Run(new[] { Con("c1", "Wei", "Zhang"), Con("c2", "David", "Chen") }, account).Single();

        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("c1", m.ContactId);
    }

    [Theory]
    [InlineData("Suresh", "K", "Suresh", "Kumar")]
    [InlineData("Suresh", "K.", "Suresh", "Kumar")]
    [InlineData("Priya", "R.", "Priya", "Raghavan")]
    [InlineData("John", "S.", "John", "Smith")]
    [InlineData("Anil", "Kapoor", "Anil", "K.")]   // the initial on the contact's side
    public void A_surname_written_as_an_initial_finds_the_contact_for_review(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Kumar") }, Acc("a1", first, last, "someone@example.com")).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal("c1", m.ContactId);
        Assert.Equal(new[] { MatchReason.Initial }, m.Reasons);
    }

    [Fact]
    public void An_initial_before_the_given_name_is_read_as_the_surnames()
    {
        // "K. Ramesh": Tamil directories write the family's initial first.
        var account = new Account { Id = "a1", DisplayName = "K. Ramesh", Email = "kramesh@example.com" };

        var m = Run(new[] { Con("c1", "Ramesh", "Krishnan") }, account).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal("c1", m.ContactId);
        Assert.Contains(MatchReason.Initial, m.Reasons);
    }

    [Fact]
    public void A_surname_initial_that_fits_two_contacts_is_Ambiguous_and_never_a_link()
    {
        var m = Run(new[] { Con("c1", "John", "Smith"), Con("c2", "John", "Stone") }, Acc("a1", "John", "S.", "johns@example.com")).Single();

        Assert.Equal(MatchStatus.Ambiguous, m.Status);
        Assert.Equal(new[] { "c1", "c2" }, m.Candidates.Select(c => c.ContactId).OrderBy(id => id));
    }

    [Fact]
    public void A_role_mailbox_shown_with_a_persons_name_is_never_left_for_a_second_contact()
    {
        // James Moore's own account takes his contact by address; reception@ shows his name too. It is his mailbox or the desk's,
        // never a second James Moore for New-PsaContact to create.
        var contacts = new[] { Con("c1", "James", "Moore", null, "james.moore@hartley.com") };
        var results = Run(contacts, Acc("a1", "James", "Moore", "james.moore@hartley.com"), Acc("a2", "James", "Moore", "reception@hartley.com"));

        Assert.Equal(MatchStatus.Suggested, results[0].Status);
        Assert.NotEqual(MatchStatus.Unmatched, results[1].Status);
        Assert.NotEqual(MatchStatus.Suggested, results[1].Status);
        Assert.Contains(results[1].Candidates, c => c.ContactId == "c1");
    }

    [Fact]
    public void The_account_at_the_address_as_written_wins_over_its_plus_tagged_twin()
    {
        var contacts = new[] { Con("c1", "John", "Smith", null, "jsmith@contoso.com") };
        var results = Run(contacts, Acc("a1", "John", "Smith", "jsmith+2@contoso.com"), Acc("a2", "John", "Smith", "JSmith@contoso.com"));

        Assert.Equal((MatchStatus.Review, MatchReason.ContactClaimed), (results[0].Status, results[0].Reasons.Last()));
        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (results[1].Status, results[1].Stars, results[1].ContactId));
    }

    [Fact]
    public void Two_accounts_at_one_address_as_written_stay_for_a_person_to_choose()
    {
        var contacts = new[] { Con("c1", "John", "Smith", null, "jsmith@contoso.com") };
        var results = Run(contacts, Acc("a1", "John", "Smith", "jsmith@contoso.com"), Acc("a2", "John", "Smith", "jsmith@contoso.com"));

        Assert.All(results, m => Assert.Equal(MatchStatus.Ambiguous, m.Status));
    }

    [Theory]
    [InlineData("empfang")]
    [InlineData("recepcion")]
    [InlineData("accueil")]
    [InlineData("receptie")]
    [InlineData("recepcja")]
    [InlineData("reception1")]
    [InlineData("reception.london")]
    [InlineData("front.desk")]
    public void A_desk_mailbox_in_any_language_shown_with_a_persons_name_is_never_left_for_a_second_contact(string local)
    {
        var contacts = new[] { Con("c1", "Maria", "Lopez", null, "maria.lopez@ex60.com") };
        var results = Run(contacts, Acc("a1", "Maria", "Lopez", "maria.lopez@ex60.com"), Acc("a2", "Maria", "Lopez", local + "@ex60.com"));

        Assert.Equal(MatchStatus.Suggested, results[0].Status);
        Assert.Equal(MatchStatus.Review, results[1].Status);
    }

    [Fact]
    public void A_desk_mailbox_is_not_handed_the_namesake_record_that_remains()
    {
        // Round 60a: reception@ as "Maria Lopez" was Suggested (2 stars) to a second Maria Lopez contact once her own account took hers.
        var contacts = new[] { Con("c1", "Maria", "Lopez", null, "maria.lopez@ex60.com"), Con("c2", "Maria", "Lopez") };
        var results = Run(contacts, Acc("a1", "Maria", "Lopez", "maria.lopez@ex60.com"), Acc("a2", "Maria", "Lopez", "reception@ex60.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal(MatchStatus.Review, results[1].Status);
    }

    [Fact]
    public void A_second_namesake_of_her_own_still_gets_the_record_that_remains()
    {
        // The elimination example: the other Maria Lopez, at her own mailbox, is the remaining contact's.
        var contacts = new[] { Con("c1", "Maria", "Lopez", null, "maria.lopez@ex60.com"), Con("c2", "Maria", "Lopez") };
        var results = Run(contacts, Acc("a1", "Maria", "Lopez", "maria.lopez@ex60.com"), Acc("a2", "Maria", "Lopez", "maria.lopez2@ex60.com"));

        Assert.Equal((MatchStatus.Suggested, "c2"), (results[1].Status, results[1].ContactId));
    }

    [Theory]
    [InlineData("John", "S.", "John", "S.")]
    [InlineData("Suresh", "K", "Suresh", "K")]
    public void A_surname_initial_on_both_sides_is_no_link(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast) }, Acc("a1", first, last, "someone@example.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.Initial, m.Reasons);
    }

    [Theory]
    [InlineData(null, null, "Sukarno", "Sukarno", "")]            // a display name alone, the contact's one name in the first field
    [InlineData(null, "Sukarno", "Sukarno", "Sukarno", "")]       // the last-name field alone
    [InlineData("Sukarno", null, "Sukarno", "Sukarno", "Sukarno")] // a required last name filled with the same word
    [InlineData("Sukarno", null, "Sukarno", "Sukarno", "NLN")]    // "no last name"
    [InlineData("Sukarno", null, "Sukarno", "FNU", "Sukarno")]    // "first name unknown"
    [InlineData("Hla Hla", null, "Hla Hla", "Hla Hla", "-")]      // a Burmese name of two words in one field
    [InlineData(null, null, "Hla Hla", "Hla Hla", "-")]
    public void A_person_with_one_name_finds_the_contact_that_carries_it(string? first, string? last, string display, string contactFirst, string contactLast)
    {
        var account = new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "someone@ex60.com" };

        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Lopez") }, account).Single();

        // One name says little about which person: Review, also for "Hla Hla" against "Hla Hla" (round 73b: a Burmese name in one field on
        // both sides was Suggested to another Kyaw Zin's record).
        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("Sukarno", null, "Sukarno", "Sukarno", null)]     // one word in one field on both sides
    [InlineData(null, null, "Sukarno", "Sukarno", ".")]           // a display name alone, a placeholder surname on the contact
    [InlineData("Ko Ko", null, "Ko Ko", "Ko", "Ko")]              // one word twice
    [InlineData("Hla Hla", null, "Hla Hla", "Hla Hla", null)]
    public void One_name_on_both_sides_is_no_link_by_name_alone_but_links_at_the_accounts_own_address(string? first, string? last, string display, string contactFirst, string? contactLast)
    {
        var account = new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "kz2@ex73.com" };

        var byName = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Lopez") }, account).Single();
        var atAddress = Run(new[] { Con("c1", contactFirst, contactLast, null, "kz2@ex73.com"), Con("c2", "Maria", "Lopez") }, account).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (byName.Status, byName.ContactId));
        // (Ko | Ko is held back earlier, as a one-letter-apart name: ConflictingName.)
        Assert.Contains(byName.Reasons, r => r is MatchReason.PartialName or MatchReason.ConflictingName);
        Assert.Equal((MatchStatus.Suggested, "c1"), (atAddress.Status, atAddress.ContactId));
    }

    [Theory] // round 75a: a whole name of two words in one field on both sides, as helpdesks make contacts, links as any whole name
    [InlineData("Kyaw Zin", null, "Kyaw Zin", "Kyaw Zin", null)]
    [InlineData(null, null, "John Smith", "John Smith", null)]
    [InlineData("John Smith", null, "John Smith", "John Smith", "Unknown")]
    [InlineData("Thomas", "Thomas", "Thomas Thomas", "Thomas", "Thomas")]   // both fields filled: a given name and a surname
    public void A_whole_name_written_the_same_on_both_sides_links_by_name(string? first, string? last, string display, string contactFirst, string? contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Lopez") }, new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "kz2@ex75.com" }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // round 73b: a/l, a/p, s/o and d/o read as a slash between two people; the same fields on both sides never linked
    [InlineData("Arjun", "a/l Murugan")]
    [InlineData("Kavitha", "a/p Subramaniam")]
    [InlineData("Lakshmi", "d/o Ramasamy")]
    [InlineData("Raj", "S/O Kumar")]
    public void A_patronymic_word_with_a_slash_is_part_of_one_name(string first, string last)
    {
        var byName = Run(new[] { Con("c1", first, last), Con("c2", first, "R.") }, Acc("a1", first, last, "someone@ex73.com")).Single();
        var atAddress = Run(new[] { Con("c1", first, last, null, "p1@ex73.com") }, Acc("a1", first, last, "p1@ex73.com")).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (byName.Status, byName.ContactId));
        Assert.Equal((MatchStatus.Suggested, "c1"), (atAddress.Status, atAddress.ContactId));
        Assert.DoesNotContain(MatchReason.ConflictingName, atAddress.Reasons);
    }

    [Fact]
    public void Two_people_joined_by_a_slash_are_still_two_beside_a_patronymic_word()
    {
        var m = Run(new[] { Con("c1", "David", "Chen"), Con("c2", "Mary", "Chen") }, Acc("a1", "David/Mary", "Chen", "chens@ex73.com")).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
    }

    [Theory] // round 73b: Malaysian honours read as given names; no candidate, and New-PsaContact made twins
    [InlineData("Datuk Ahmad bin Kassim", "Ahmad", "Kassim")]
    [InlineData("Dato' Nor Azizah binti Hamid", "Nor Azizah", "Hamid")]
    [InlineData("Dato' Sri Nor Azizah binti Hamid", "Nor Azizah", "binti Hamid")]
    [InlineData("Tan Sri Lim Kok Wing", "Kok Wing", "Lim")]
    [InlineData("Hj. Yusof bin Kassim", "Yusof", "bin Kassim")]
    public void A_malaysian_honour_before_the_name_is_set_aside(string display, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Lopez") }, new Account { Id = "a1", DisplayName = display, Email = "someone@ex73.com" }).Single();

        Assert.Equal("c1", m.ContactId);
        Assert.NotEqual(MatchStatus.Unmatched, m.Status);
    }

    [Theory]
    [InlineData("Tan", "Wei Ming")]   // Tan alone is a surname, Sri alone a name: only the pair is a title
    [InlineData("Sri", "Mulyani")]
    public void Tan_and_sri_alone_are_names(string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last) }, new Account { Id = "a1", DisplayName = first + " " + last, Email = "someone@ex73.com" }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // round 73b: the person's own number with its '+' dropped, ten digits, made the exact-name contact ConflictingMobile
    [InlineData("65 8748 0333", "+65 8748 0333")]
    [InlineData("+65 8748 0333", "6587480333")]
    [InlineData("85291234567", "+852 9123 4567")] // eleven digits were one number already
    public void A_number_with_its_plus_dropped_is_no_conflicting_mobile(string accountMobile, string contactMobile)
    {
        var m = Run(new[] { Con("c1", "Wei Ling", "Goh", contactMobile) }, Acc("a1", "Wei Ling", "Goh", "someone@ex73.com", accountMobile)).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void Ten_bare_digits_are_still_not_evidence_of_one_number()
    {
        // 4795551234 is Arkansas's as often as +47 955 51 234 without its '+': no conflict, and no link by the number either.
        Assert.False(PhoneNormalizer.SameNumberWrittenTwoWays("4795551234", 0, false, "95551234", 47, false));
        Assert.True(PhoneNormalizer.MayBeTenDigitsWithoutPlus("4795551234", 0, false, "95551234", 47, false));
        Assert.False(PhoneNormalizer.MayBeTenDigitsWithoutPlus("4795551234", 0, false, "95551235", 47, false));
        Assert.False(PhoneNormalizer.MayBeTenDigitsWithoutPlus("4795551234", 0, false, "95551234", 44, false));
    }

    [Fact]
    public void A_shared_office_line_on_the_contact_is_no_conflicting_mobile()
    {
        // round 73b: three contacts carry the office's +65 6225 8000; the account has its own mobile
        var contacts = new[]
        {
            Con("c1", "Zainab", "binti Hamid", "+65 6225 8000"), Con("c2", "Ali", "Hassan", "+65 6225 8000"), Con("c3", "Siti", "Rahman", "+65 6225 8000"),
        };
        var shared = Run(contacts, Acc("a1", "Zainab", "binti Hamid", "z@ex73.com", "+65 9123 4567")).Single();
        var own = Run(new[] { Con("c1", "Zainab", "binti Hamid", "+65 6225 8000") }, Acc("a1", "Zainab", "binti Hamid", "z@ex73.com", "+65 9123 4567")).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (shared.Status, shared.ContactId));
        Assert.Equal(MatchStatus.Review, own.Status); // the contact's own other number still speaks against the link
        Assert.Contains(MatchReason.ConflictingMobile, own.Reasons);
    }

    [Fact] // round 73b: no candidate, and a twin made
    public void A_contact_with_the_accounts_own_mobile_and_a_name_crossed_over_is_a_candidate()
    {
        var contacts = new[] { Con("c1", "Tan", "Benjamin", "+6581880446"), Con("c2", "Zed", "Zulu", "+6599990000") };

        var crossed = Run(contacts, new Account { Id = "a1", FirstName = "Jun Jie", LastName = "Tan", DisplayName = "Benjamin Tan Jun Jie", Email = "bt@ex73.com", MobilePhone = "+65 8188 0446" }).Single();
        var handedOn = Run(contacts, Acc("a2", "Zoe", "Park", "zp@ex73.com", "+65 9999 0000")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (crossed.Status, crossed.ContactId));
        Assert.Equal(MatchStatus.Unmatched, handedOn.Status); // no name in common: a company phone handed on, as before
    }

    [Theory] // round 75a: one word in common (a surname that is a given name too) made new hires with a handed-on phone Review
    [InlineData("Dean", "Martin", "Martin", "Riley")]
    [InlineData("Taylor", "Brooks", "Mia", "Taylor")]
    public void One_word_in_common_with_a_handed_on_phones_contact_is_no_candidate(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, "+61 400 000 001") }, Acc("a1", first, last, "new@ex75.com", "+61 400 000 001")).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Theory] // round 73b: an English name, the surname and a Chinese name as a display name alone found no candidate
    [InlineData("Jessica Huang Chee Keong", "Jessica Chee Keong", "Huang")]
    [InlineData("Grace Wong Wen Jun", "Wong", "Grace")]
    [InlineData("Grace Wong Wenjun", "Grace", "Wong")]
    public void An_english_name_beside_a_chinese_one_finds_the_contact_for_review(string display, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Lopez") }, new Account { Id = "a1", DisplayName = display, Email = "someone@ex73.com" }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // round 75a: another family's near-miss address outranked the account's exact-name contact and was proposed first
    [InlineData("John", "Smyth", "john.smyth@ex75.com", "Smith", "john.smith@ex75.com")]
    [InlineData("Erik", "Hansen", "erik.hansen@ex75.com", "Hanson", "erik.hanson@ex75.com")]
    public void The_exact_name_outranks_another_familys_near_miss_address(string first, string last, string email, string otherLast, string otherEmail)
    {
        var contacts = new[] { Con("c1", first, otherLast, null, otherEmail), Con("c2", first, last) };
        var m = Run(contacts, Acc("a1", first, last, email)).Single();

        Assert.Equal((MatchStatus.Suggested, "c2"), (m.Status, m.ContactId));
    }

    [Theory] // round 73b: the family name first, as Chinese writes it, was Review ConflictingName at the person's own address
    [InlineData("Wong Yong Sheng", "Yong Sheng", "Wong")]
    [InlineData("Lim Wei Jie", "Wei Jie", "Lim")]
    public void A_display_name_with_the_family_name_first_links_its_contact_at_the_accounts_own_address(string display, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, null, "yw@ex73.com") }, new Account { Id = "a1", DisplayName = display, Email = "yw@ex73.com" }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void Words_in_another_order_still_tell_two_vietnamese_marks_apart()
    {
        var m = Run(new[] { Con("c1", "Hạ", "Phạm", null, "ha.pham@ex73.com") }, new Account { Id = "a1", DisplayName = "Phạm Hà", Email = "ha.pham@ex73.com" }).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
    }

    [Theory] // round 73b: one patronymic written two ways was ConflictingName at the person's own address
    [InlineData("Rohani", "bte Hamidi", "Rohani binti Hamidi", null)]
    [InlineData("Siti", "bt. Osman", "Siti", "binti Osman")]
    [InlineData("Omar", "ibn Khalid", "Omar", "bin Khalid")]
    public void One_patronymic_written_two_ways_links_at_the_accounts_own_address(string first, string last, string contactFirst, string? contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, null, "p@ex73.com") }, Acc("a1", first, last, "p@ex73.com")).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("bintiosman", "binosman")]   // a daughter's word and a son's
    [InlineData("btosman", "btahmad")]
    public void A_sons_and_a_daughters_patronymic_or_two_fathers_are_two_names(string a, string b)
    {
        Assert.False(SurnameVariants.SamePatronymic(a, b));
    }

    [Theory] // round 74a: the same words with the given names in another order were Suggested at 3 stars at the address
    [InlineData("Wong Yong Sheng", "Sheng Yong", "Wong")]
    [InlineData("Kim Min Jun", "Jun Min", "Kim")]
    [InlineData("Trần Thị Lan", "Lan Thị", "Trần")]
    public void Given_names_in_another_order_are_another_person_at_the_accounts_own_address(string display, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast, null, "p@ex74.com") }, new Account { Id = "a1", DisplayName = display, Email = "p@ex74.com" }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.ConflictingName, m.Reasons);
    }

    [Theory] // round 74a: a wife's style before her husband's name linked his record
    [InlineData("Datin Ahmad Ismail")]
    [InlineData("Puan Sri Ahmad Ismail")]
    [InlineData("Toh Puan Ahmad Ismail")]
    [InlineData("Datin Seri Ahmad Ismail")]
    public void A_wifes_malaysian_style_before_a_name_is_no_link_by_name(string display)
    {
        var m = Run(new[] { Con("c1", "Ahmad", "Ismail") }, new Account { Id = "a1", DisplayName = display, Email = "x@ex74.com" }).Single();
        var husband = Run(new[] { Con("c1", "Ahmad", "Ismail") }, new Account { Id = "a1", DisplayName = "Datuk Ahmad Ismail", Email = "x@ex74.com" }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Equal((MatchStatus.Suggested, "c1"), (husband.Status, husband.ContactId));
    }

    [Theory] // round 75a: Puan (Mrs) and Hajjah go before a woman's own name: no wife's style
    [InlineData("Puan Aminah Yusof", "Aminah", "Yusof")]
    [InlineData("Hajjah Aminah Yusof", null, null)]
    [InlineData("Hjh. Aminah Yusof", null, null)]
    public void Puan_and_hajjah_before_a_womans_own_name_link(string display, string? first, string? last)
    {
        var m = Run(new[] { Con("c1", "Aminah", "Yusof") }, new Account { Id = "a1", DisplayName = display, FirstName = first, LastName = last, Email = "ay@ex75.com" }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // round 74a: a note naming a second person linked (round brackets) or found nothing (square brackets, c/o)
    [InlineData("Mary Chen (and David)")]
    [InlineData("Mary Chen (with David)")]
    [InlineData("Mary Chen (also David)")]
    [InlineData("Mary Chen [and David]")]
    [InlineData("Mary Chen c/o David")]
    [InlineData("Mary Chen c/o David Chen")]
    [InlineData("Mary Chen (with Grace)")]      // round 75a: a given name that is a word too, or a place, after a joining word
    [InlineData("Mary Chen (and Jordan)")]
    [InlineData("Mary Chen - Grace Lee")]
    public void A_note_that_names_a_second_person_finds_the_record_for_review(string display)
    {
        var m = Run(new[] { Con("c1", "Mary", "Chen"), Con("c2", "Zed", "Zulu") }, new Account { Id = "a1", DisplayName = display, Email = "chens@ex74.com" }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("Mary Chen (with Finance)")]
    [InlineData("Mary Chen c/o Reception")]
    public void A_note_with_a_word_that_is_no_name_still_links(string display)
    {
        var m = Run(new[] { Con("c1", "Mary", "Chen") }, new Account { Id = "a1", DisplayName = display, Email = "chens@ex74.com" }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // round 74a: the person's own duplicates with its number released the link of an account with another mobile
    [InlineData("John", "Smith (left)")]
    [InlineData("Johnny", "Smith")]
    [InlineData("J.", "Smith")]
    public void The_persons_own_duplicates_make_no_shared_line(string otherFirst, string otherLast)
    {
        var contacts = new[] { Con("c1", "John", "Smith", "+60 12-345 6702"), Con("c2", otherFirst, otherLast, "+60 12-345 6702") };
        var m = Run(contacts, Acc("a1", "John", "Smith", "j@ex74.com", "+60 12-345 6701")).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
    }

    [Fact] // round 75a: a family phone on John's and Jane's records held John's link back (same initial read as a duplicate)
    public void A_family_phone_on_two_given_names_with_one_initial_is_a_shared_line()
    {
        var contacts = new[] { Con("c1", "John", "Smith", "+61 2 9555 1234"), Con("c2", "Jane", "Smith", "+61 2 9555 1234") };
        var m = Run(contacts, Acc("a1", "John", "Smith", "j@ex75.com", "+61 400 999 888")).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Fact] // round 74a: a second Cell item of the contact's own was not read beside a shared first one
    public void A_contacts_own_other_number_beside_a_shared_line_still_conflicts()
    {
        var john = Con("c1", "John", "Smith", "+60 3-7777 1234");
        john.OtherMobilePhones = new[] { "+60 12-345 6702" };
        var contacts = new[] { john, Con("c2", "Mary", "Tan", "+60 3-7777 1234") };
        var m = Run(contacts, Acc("a1", "John", "Smith", "j@ex74.com", "+60 12-345 6701")).Single();

        Assert.Equal(MatchStatus.Review, m.Status);
    }

    [Fact] // round 74a: only the brother's record, at the account's address, was listed for the reviewer
    public void A_display_name_read_family_name_first_finds_the_persons_record_beside_an_address_on_another()
    {
        var contacts = new[] { Con("c1", "Yong Ming", "Wong", null, "ys.wong@ex74.com"), Con("c2", "Yong Sheng", "Wong") };
        var m = Run(contacts, new Account { Id = "a1", DisplayName = "Wong Yong Sheng", Email = "ys.wong@ex74.com" }).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
        Assert.Contains(m.Candidates, c => c.ContactId == "c2");
    }

    [Theory] // round 73b: "Mohd" and the "bin" word each worked alone, not together: no candidate, and a twin
    [InlineData("Mohd", "bin Ali", "Muhammad", "Ali")]
    [InlineData("Mohd Faizal", "bin Rahman", "Muhammad Faizal", "Rahman")]
    [InlineData("Fatimah", "binti Ali", "Fatimah", "Ali")]
    public void A_short_form_and_a_patronymic_word_together_find_the_contact_for_review(string first, string last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Maria", "Lopez") }, Acc("a1", first, last, "someone@ex73.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("-")]
    [InlineData(".")]
    public void A_placeholder_surname_on_the_contact_is_no_other_persons_name_at_the_accounts_own_address(string placeholder)
    {
        var account = new Account { Id = "a1", FirstName = "Kyaw Zin", DisplayName = "Kyaw Zin", Email = "kyawzin@ex60.com" };

        var m = Run(new[] { Con("c1", "Kyaw Zin", placeholder, null, "kyawzin@ex60.com") }, account).Single();

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (m.Status, m.Stars, m.ContactId));
    }

    [Theory]
    [InlineData("Ashley", "n/a")]
    [InlineData("Ashley", "Unknown")]
    [InlineData("Ashley", "NLN")]
    [InlineData("Ashley", "LNU")]
    [InlineData("Ashley", "?")]
    [InlineData("Ashley Chapman", ".")]   // the whole name in the first field, a required last name filled with a mark
    [InlineData("Ashley Chapman", "Unknown")]
    public void A_placeholder_name_field_is_read_as_blank(string contactFirst, string contactLast)
    {
        // Round 61a: Autotask needs a last name, so ticket contacts carry "." or "Unknown"; n/a, Unknown and NLN read as another
        // person's surname (Review ConflictingName) while "." and "-" did not.
        var m = Run(new[] { Con("c1", contactFirst, contactLast, null, "ashley.chapman@example-co.com") }, Acc("a1", "Ashley", "Chapman", "ashley.chapman@example-co.com")).Single();

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (m.Status, m.Stars, m.ContactId));
        Assert.DoesNotContain(MatchReason.ConflictingName, m.Reasons);
    }

    [Fact]
    public void A_placeholder_surname_gives_no_exact_name_of_its_own()
    {
        // "Ashley | Unknown" is no namesake of "Bob Unknown", and no exact name for another Ashley.
        var m = Run(new[] { Con("c1", "Ashley", "Unknown") }, Acc("a1", "Ashley", "Brown", "ashley.brown@example-co.com")).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
    }

    [Theory]
    [InlineData("london.reception")]
    [InlineData("londonreception")]
    [InlineData("receptionlondon")]
    [InlineData("mainreception")]
    [InlineData("receptionist")]
    [InlineData("anmeldung")]
    [InlineData("concierge")]
    [InlineData("guestservices")]
    public void A_desk_mailbox_however_written_is_not_handed_the_namesake_record_that_remains(string local)
    {
        // Round 62a: these forms were Suggested (2 stars) to the second Anna Schmidt once her own account took hers.
        var contacts = new[] { Con("c1", "Anna", "Schmidt", null, "anna.schmidt@acme.com"), Con("c2", "Anna", "Schmidt") };
        var results = Run(contacts, Acc("a1", "Anna", "Schmidt", "anna.schmidt@acme.com"), Acc("a2", "Anna", "Schmidt", local + "@acme.com"));

        Assert.Equal(MatchStatus.Review, results[1].Status);
    }

    [Theory]
    [InlineData("smithjm@acme.com", "smith.j@acme.com", "John", "Smith")]
    [InlineData("davidtorresm@acme.com", "david.torres@acme.com", "David", "Torres")]
    [InlineData("david.c@acme.com", "davidch@acme.com", "David", "Chen")]
    public void A_dropped_dot_and_a_letter_added_at_the_end_is_a_namesakes_mailbox(string accountAddress, string contactAddress, string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last, null, contactAddress) }, Acc("a1", first, last, accountAddress)).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Fact]
    public void Each_persons_own_initial_tells_namesakes_mailboxes_apart_with_a_dot_too()
    {
        // m.nguyen@ for Minh Nguyen beside Hyun-woo Nguyen's hnguyen@: no candidate, as mnguyen@ (round 62a).
        var m = Run(new[] { Con("c1", "Hyun-woo", "Nguyen", null, "hnguyen@acme.com") }, Acc("a1", "Minh", "Nguyen", "m.nguyen@acme.com")).Single();

        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Theory]
    [InlineData("Khalid", "Omar")]   // the son, his names his father's crossed
    [InlineData("O.", "Khalid")]     // an initial
    public void A_plus_tagged_twin_whose_name_is_not_exactly_the_contacts_is_never_left_Unmatched(string first, string last)
    {
        // Round 62a: the tagged twin went Unmatched after elimination, and the nightly New-PsaContact linked it to his father's contact.
        var contacts = new[] { Con("c1", "Omar", "Khalid", null, "okhalid@acme.com") };
        var results = Run(contacts, Acc("a1", "Omar", "Khalid", "okhalid@acme.com"), Acc("a2", first, last, "okhalid+son@acme.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (results[0].Status, results[0].ContactId));
        Assert.Equal(MatchStatus.Review, results[1].Status);
    }

    [Theory] // Round 67c, display names alone: a bracketed given name that is no form of the other is never a link by itself
    [InlineData("Wei (David) Zhang", "David", "Zhang", MatchStatus.Review)]
    [InlineData("Wei Zhang (Mary)", "Mary", "Zhang", MatchStatus.Review)]
    [InlineData("Wei (David) Zhang", "Wei", "Zhang", MatchStatus.Suggested)]
    [InlineData("Robert (Bob) Smith", "Bob", "Smith", MatchStatus.Suggested)]     // a form of Robert: the same person's name
    [InlineData("Tan Mei Ling (Joyce)", "Joyce", "Tan", MatchStatus.Review)]      // no candidate before, and a twin made
    [InlineData("TRAN Thi Lan", "Lan", "Tran", MatchStatus.Review)]               // the surname first in capitals: no candidate before
    [InlineData("NGUYEN Van An", "An", "Nguyen", MatchStatus.Review)]
    [InlineData("TRAN Thi Lan", "Thi Lan", "Tran", MatchStatus.Suggested)]
    [InlineData("JOHN Paul Smith", "John", "Smith", MatchStatus.Review)]          // a given name in capitals first, read surname first: no candidate before
    [InlineData("JOHN Paul Smith", "John Paul", "Smith", MatchStatus.Review)]
    [InlineData("MARY Ann O'Neil", "Mary", "O'Neil", MatchStatus.Review)]
    public void A_display_name_alone_finds_its_working_and_last_given_names_for_review(string display, string first, string last, MatchStatus status)
    {
        var m = Run(new[] { Con("c1", first, last), Con("c2", "Zoe", "Park", null, "zpark@repro.com") },
            new Account { Id = "a1", DisplayName = display, Email = "someone@repro.com" }).Single();

        Assert.Equal((status, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // Rounds 69a and 69b: a name in a script not romanised cannot be compared with a Latin one, so the account's address on such
    // a contact is no link by itself (a leaver's record at a handed-on address, "伟 (David)", "محمد Ali", "伟 & 丽" linked at 3 stars when it
    // was read as a blank name)
    [InlineData("شیرین", "هاشمی")]
    [InlineData("יוסי", "כהן")]
    [InlineData("ศิริพร", "ศรีสุข")]
    [InlineData("伟 (David)", "王")]
    [InlineData("محمد Ali", "حسن")]
    [InlineData("伟 & 丽", "王")]
    public void A_contact_in_a_script_not_romanised_at_the_accounts_address_is_for_review(string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last, null, "shirin.hashemi@repro.com") }, Acc("a1", "Shirin", "Hashemi", "shirin.hashemi@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // Round 69a: romanisations of one Arabic or Hebrew name found no candidate, and New-PsaContact would make a twin
    [InlineData("Fahad", "Fahd")]
    [InlineData("Maryam", "Meriam")]
    [InlineData("Tareq", "Tariq")]
    [InlineData("Yossi", "Yosef")]
    public void Romanisations_of_one_given_name_are_a_candidate_to_review(string first, string contactFirst)
    {
        var m = Run(new[] { Con("c1", contactFirst, "Nasser"), Con("c2", "Zoe", "Park", null, "zpark@repro.com") },
            Acc("a1", first, "Nasser", "someone@repro.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.Nickname, m.Reasons);
    }

    [Theory] // Round 69b: another given name in brackets in front of a display name alone is no note to strip
    [InlineData("(Mary) John Smith")]
    [InlineData("[Mary] John Smith")]
    public void A_display_name_alone_with_another_given_name_in_front_is_no_link(string display)
    {
        var m = Run(new[] { Con("c1", "John", "Smith"), Con("c2", "Zoe", "Park", null, "zpark@repro.com") },
            new Account { Id = "a1", DisplayName = display, Email = "someone@repro.com" }).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
        Assert.Contains(m.Candidates, c => c.ContactId == "c1");
    }

    [Fact]
    public void A_display_name_alone_with_a_form_of_its_given_name_in_front_still_links()
    {
        var m = Run(new[] { Con("c1", "Robert", "Smith"), Con("c2", "Zoe", "Park", null, "zpark@repro.com") },
            new Account { Id = "a1", DisplayName = "(Bob) Robert Smith", Email = "someone@repro.com" }).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // Round 67c: a whole name in one field, the other empty, found nothing (the same name as a display name alone was found)
    [InlineData("Hussein bin Osman", "", "Hussein", "Osman")]
    [InlineData("Hussein bin Osman", null, "Hussein", "bin Osman")]
    [InlineData("Ramesh s/o Kumar", "", "Ramesh", "Kumar")]
    [InlineData("", "Azlan bin Hassan", "Azlan", "Hassan")]
    [InlineData("John Smith", "", "John", "Smith")]
    [InlineData("", "John Smith", "John", "Smith")]   // round 74a: the last-name field alone linked, the first-name field alone did not
    public void A_whole_name_in_one_field_finds_the_contact_with_it_split_for_review(string? first, string? last, string contactFirst, string contactLast)
    {
        var m = Run(new[] { Con("c1", contactFirst, contactLast), Con("c2", "Zoe", "Park", null, "zpark@repro.com") },
            new Account { Id = "a1", FirstName = first, LastName = last, Email = "someone@repro.com" }).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory] // round 70a: these short forms and spellings found no candidate, and New-PsaContact made twins
    [InlineData("Thandi", "Thandiwe")]
    [InlineData("Nathi", "Nkosinathi")]
    [InlineData("Lindi", "Lindiwe")]
    [InlineData("Bongi", "Bongani")]
    [InlineData("Sibu", "Sibusiso")]
    [InlineData("Funmi", "Olufunmilayo")]
    [InlineData("Ebuka", "Chukwuebuka")]
    [InlineData("Nkem", "Nkemdirim")]
    [InlineData("Yemi", "Oluwayemisi")]
    [InlineData("Raju", "Rajendran")]
    [InlineData("Laxmi", "Lakshmi")]
    [InlineData("Mohammad", "Md.")]
    [InlineData("Md.", "Mohammad")]
    public void An_African_or_South_Asian_short_form_finds_the_full_name_for_review(string accountFirst, string contactFirst)
    {
        var m = Run(new[] { Con("c1", contactFirst, "Nkosi") }, Acc("a1", accountFirst, "Nkosi", "x.nkosi@contoso.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.Nickname, m.Reasons);
    }

    [Theory] // round 71b: these short forms found no candidate, and New-PsaContact made twins
    [InlineData("Honza", "Jan")]
    [InlineData("Jirka", "Jiří")]
    [InlineData("Jano", "Ján")]
    [InlineData("Jožo", "Jozef")]
    [InlineData("Jadzia", "Jadwiga")]
    [InlineData("Krysia", "Krystyna")]
    [InlineData("Zhenya", "Evgenia")]
    [InlineData("Vova", "Vladimir")]
    [InlineData("Lyosha", "Aleksey")]
    [InlineData("Pisti", "István")]
    [InlineData("Laci", "László")]
    public void A_central_or_eastern_european_short_form_finds_the_full_name_for_review(string accountFirst, string contactFirst)
    {
        var m = Run(new[] { Con("c1", contactFirst, "Kovač"), Con("c2", "Zoe", "Park", null, "zpark@danubia.eu") },
            Acc("a1", accountFirst, "Kovač", "someone@danubia.eu")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.Nickname, m.Reasons);
    }

    [Theory] // round 71b: the fields the contact's exactly, the display name's short form made it ConflictingName (round 71a: Bobby for Roberta)
    [InlineData("Przemek Nowak", "Przemysław", "Nowak")]
    [InlineData("Feri Nagy", "Ferenc", "Nagy")]
    [InlineData("Zuzka Horváthová", "Zuzana", "Horváthová")]
    [InlineData("Zdenda Dvořák", "Zdeněk", "Dvořák")]
    [InlineData("Katka Nováková", "Katarína", "Nováková")]
    [InlineData("Katka Nováková", "Kateřina", "Nováková")]
    [InlineData("Gyuri Kiss", "György", "Kiss")]
    [InlineData("Luky Procházka", "Lukáš", "Procházka")]
    [InlineData("Jarek Wójcik", "Jarosław", "Wójcik")]
    [InlineData("Jarek Svoboda", "Jaroslav", "Svoboda")]
    [InlineData("Mirek Zieliński", "Mirosław", "Zieliński")]
    [InlineData("Mirek Černý", "Miroslav", "Černý")]
    [InlineData("Vojta Král", "Vojtěch", "Král")]
    [InlineData("Darek Kowalczyk", "Dariusz", "Kowalczyk")]
    [InlineData("Vašek Beneš", "Václav", "Beneš")]
    [InlineData("Ľubo Hudák", "Ľubomír", "Hudák")]
    [InlineData("Bobby Moore", "Roberta", "Moore")]
    public void A_display_name_with_a_short_form_of_the_given_name_still_links_the_exact_fields(string display, string first, string last)
    {
        var account = new Account { Id = "a1", FirstName = first, LastName = last, DisplayName = display, Email = "someone@danubia.eu" };

        var m = Run(new[] { Con("c1", first, last), Con("c2", "Zoe", "Park", null, "zpark@danubia.eu") }, account).Single();

        Assert.Equal((MatchStatus.Suggested, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("U", "Htet Aung", "Htet", "Aung")]            // an older man
    [InlineData("Daw", "Aye Aye Khin", "Aye Aye", "Khin")]    // an older woman
    [InlineData("Ko", "Min Thu", "Min", "Thu")]
    [InlineData("Maung", "Kyaw Zin", "Kyaw", "Zin")]
    public void A_burmese_honorific_in_the_first_name_field_is_no_given_name(string honorific, string name, string first, string last)
    {
        // Round 73b: the honorific was read as a given name, and the account at the contact's own address was ConflictingName.
        var address = (first + "." + last).Replace(" ", "").ToLowerInvariant() + "@example.com";
        var m = Run(new[] { Con("c1", honorific, name, null, address) }, Acc("a1", first, last, address)).Single();

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (m.Status, m.Stars, m.ContactId));
        Assert.DoesNotContain(MatchReason.ConflictingName, m.Reasons);
    }

    [Theory]
    [InlineData("Ma", "Mei Ling")]      // read as written: Ma Mei Ling
    [InlineData("Wang", "Mei Ling")]    // family name first
    [InlineData("Ko", "Eun Ji")]
    public void The_accounts_own_mobile_on_a_contact_with_its_two_word_given_name_in_the_other_field_is_a_candidate(string contactFirst, string contactLast)
    {
        // Round 82a: Mei Ling | Tan with her own mobile on "Ma | Mei Ling" was Unmatched, and New-PsaContact made a second contact.
        foreach (var given in new[] { contactLast, contactLast.Replace(' ', '-'), contactLast.Replace(" ", string.Empty) }) // round 83a: Mei-Ling, Meiling
        {
            var m = Run(new[] { Con("c1", contactFirst, contactLast, "+65 9086 2871") },
                Acc("a1", given, "Tan", "meiling.tan@example.com", "+65 9086 2871")).Single();

            Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        }
    }

    [Theory]
    [InlineData("Ma", "Mei Ling", "Mei", "Ling")]      // Ma Mei Ling, the Chinese family name in the first-name field
    [InlineData("Ko", "Eun Ji", "Eun", "Ji")]          // Ko Eun-ji, the Korean one
    [InlineData("U", "Htet Aung", "Htet", "Aung")]
    public void By_name_alone_a_first_name_field_like_an_honorific_is_read_as_written(string first, string last, string accountFirst, string accountLast)
    {
        // Round 81a: read as the name alone, "Ma | Mei Ling" linked Mei | Ling by name, and Mei Ling | Ma was left to be created twice.
        var results = Run(new[] { Con("c1", first, last) },
            Acc("a1", accountFirst, accountLast, "a1@example.com"), Acc("a2", last, first, "a2@example.com"));

        Assert.NotEqual(MatchStatus.Suggested, results[0].Status);
        Assert.Contains(results[1].Candidates, c => c.ContactId == "c1");
    }

    [Theory]
    [InlineData("Ma", "Thida")]
    [InlineData("Ko", "Zaw")]
    [InlineData("U", "Nu")]
    public void A_one_word_burmese_name_finds_its_contact_after_an_honorific_for_review(string honorific, string name)
    {
        // Round 73b: "Thida" found no candidate beside the contact Ma | Thida, and New-PsaContact made a twin.
        var account = new Account { Id = "a1", DisplayName = name, FirstName = name, Email = name.ToLowerInvariant() + "@example.com" };
        var m = Run(new[] { Con("c1", honorific, name), Con("c2", "Ann", "Lee") }, account).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
    }

    [Theory]
    [InlineData("U", "van Dyke")]   // an initial and a Dutch surname: the particle is no Burmese name
    [InlineData("Ma.", "Luisa Reyes")] // a Filipina's Maria
    [InlineData("Ma", "Thida")]     // one word: Ma and Ko are family names too
    public void Other_first_name_fields_like_an_honorific_stay_names(string first, string last)
    {
        Assert.False(SingleNames.IsBurmeseHonorificBeside(first, last));
    }
}
