using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using static QuickpassPsa.Tests.Matching.MatchingFixtures;

namespace QuickpassPsa.Tests.Matching;

/// <summary>
/// One person's names and addresses written two ways (round 22: clear links the matcher missed). Each pair is
/// the same text once case, script conventions or invisible characters are set aside, so it links.
/// </summary>
public class MatchingWritingTests
{
    [Theory]
    [InlineData("ΝΙΚΟΣ", "ΚΩΣΤΑΣ", "Νικος", "Κωστας")]       // capital Σ and final ς
    [InlineData("Νικοσ", "Παππάς", "Νικος", "Παππάς")]       // a medial σ typed at the end
    [InlineData("ΕΛΕΝΗ", "ΔΗΜΑΣ", "Ελένη", "Δήμας")]        // Greek capitals are written without their accents
    [InlineData("ΕΛΈΝΗ", "ΠΑΠΑΔΆΚΗ", "Ελένη", "Παπαδάκη")]
    public void Greek_names_in_capitals_link_to_the_same_names_in_small_letters(string first, string last, string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, Acc("a1", first, last, "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Equal(new[] { MatchReason.NameExact }, result[0].Reasons);
    }

    [Theory] // Round 69a: capital I is dotless ı's capital and İ stays İ in the invariant lower case: Review ConflictingName
    [InlineData("İbrahim", "Kılıç", "İBRAHİM", "KILIÇ")]
    [InlineData("Şükrü", "Çelik", "ŞÜKRÜ", "ÇELİK")]
    [InlineData("Gülşen", "Işık", "GÜLŞEN", "IŞIK")]
    [InlineData("Elif", "Şahin", "Elif", "ŞAHİN")]
    [InlineData("İBRAHİM", "KILIÇ", "İbrahim", "Kılıç")]
    public void Turkish_names_in_capitals_link_to_the_same_names_in_small_letters(string first, string last, string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, Acc("a1", first, last, "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Equal(new[] { MatchReason.NameExact }, result[0].Reasons);
    }

    [Theory] // Round 69a: one name as Arabic and Persian keyboards write it found nothing, and New-PsaContact made a twin
    [InlineData("احمد", "الحربي", "أحمد", "الحربي")]       // alef with hamza above
    [InlineData("علی", "رضایی", "علي", "رضائي")]           // Persian and Arabic yeh, yeh with hamza
    [InlineData("زهرا", "کریمی", "زهرا", "كريمي")]          // Persian and Arabic kaf
    [InlineData("فاطمه", "الزعابي", "فاطمة", "الزعابي")]     // heh and ta marbuta
    [InlineData("مُحَمَّد", "علي", "محمد", "علي")]            // short vowels written
    [InlineData("محـمد", "علي", "محمد", "علي")]             // a tatweel
    [InlineData("יוֹסִי", "כֹּהֵן", "יוסי", "כהן")]               // Hebrew points
    public void Arabic_Persian_and_Hebrew_names_typed_two_ways_link(string first, string last, string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, Acc("a1", first, last, "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Equal(new[] { MatchReason.NameExact }, result[0].Reasons);
    }

    [Fact]
    public void Turkish_dotless_and_dotted_i_in_small_letters_stay_two_writings()
    {
        // Both written in small letters, the writer chose ı or i: as Vietnamese marks, a person confirms.
        var result = Run(new[] { Con("c1", "Işıl", "Kılıç") }, Acc("a1", "Işıl", "Kiliç", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact]
    public void Vietnamese_names_both_written_with_different_marks_stay_two_names()
    {
        var result = Run(new[] { Con("c1", "Hạ", "Nguyễn") }, Acc("a1", "Hà", "Nguyễn", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory]
    [InlineData("静", "李")]
    [InlineData("翔", "佐藤")]
    [InlineData("민", "김")]
    public void A_one_character_East_Asian_given_name_is_a_name_not_an_initial(string first, string last)
    {
        var result = Run(new[] { Con("c1", first, last) }, Acc("a1", first, last, "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.DoesNotContain(MatchReason.Initial, result[0].Reasons);
    }

    [Fact]
    public void Two_different_one_character_given_names_are_two_people()
    {
        var result = Run(new[] { Con("c1", "敏", "陈") }, Acc("a1", "静", "陈", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
        Assert.DoesNotContain(MatchReason.Initial, result[0].Reasons);
    }

    [Fact]
    public void A_latin_initial_is_still_an_initial()
    {
        var result = Run(new[] { Con("c1", "J", "Smith") }, Acc("a1", "John", "Smith", "a1.user@contoso.com"));

        Assert.Equal(MatchStatus.Review, result[0].Status);
        Assert.Contains(MatchReason.Initial, result[0].Reasons);
    }

    [Theory]
    [InlineData("robert.lowe@\u200bcontoso.com")]
    [InlineData("robert.lowe@contoso.com.")]
    [InlineData("\ufeffrobert.lowe@contoso.com")]
    [InlineData("robert.lowe\uff20contoso.com")]
    public void An_address_with_invisible_characters_or_full_width_forms_is_the_same_address(string written)
    {
        var result = Run(new[] { Con("c1", "Bob", "Lowe", null, written) }, Acc("a1", "Robert", "Lowe", "robert.lowe@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (result[0].Status, result[0].Stars, result[0].ContactId));
        Assert.Equal(MatchReason.EmailPrimary, result[0].Reason);
    }

    [Theory] // the name the person is called by, written beside the full given name
    [InlineData("Robert", "Robert (Bob)")]
    [InlineData("Robert (Bob)", "Robert")]
    [InlineData("Robert", "Robert \"Bob\"")]
    [InlineData("Katherine", "Katherine (Kate)")]
    public void A_preferred_name_in_brackets_or_quotes_is_no_second_given_name(string accountFirst, string contactFirst)
    {
        var result = Run(new[] { Con("c1", contactFirst, "Quayle") }, Acc("a1", accountFirst, "Quayle", "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.DoesNotContain(MatchReason.ConflictingName, result[0].Reasons);
    }

    [Fact]
    public void A_second_given_name_on_one_side_only_is_still_for_a_person_to_confirm()
    {
        var result = Run(new[] { Con("c1", "Abdul Rahman", "Hassan") }, Acc("a1", "Abdul", "Hassan", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // a department written into the contact's surname field
    [InlineData("Pryor (Finance)")]
    [InlineData("Pryor (Accounts)")]
    [InlineData("Pryor - Finance")]
    public void A_department_note_in_the_contacts_surname_is_no_part_of_the_name(string contactLast)
    {
        var result = Run(new[] { Con("c1", "Owen", contactLast) }, Acc("a1", "Owen", "Pryor", "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Equal(new[] { MatchReason.NameExact }, result[0].Reasons);
    }

    [Fact]
    public void A_double_surname_written_with_a_spaced_dash_stays_a_surname()
    {
        var result = Run(new[] { Con("c1", "Ana", "Garcia - Lopez") }, Acc("a1", "Ana", "Garcia", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // a display name only, family name first and no space
    [InlineData("刘敏", "敏", "刘")]
    [InlineData("王小明", "小明", "王")]
    [InlineData("佐藤翔太", "翔太", "佐藤")]
    public void An_East_Asian_name_written_as_one_run_links_to_the_contact_with_its_family_and_given_names(string display, string first, string last)
    {
        var account = new Account { Id = "a1", DisplayName = display, Email = "a1.user@contoso.com" };

        var result = Run(new[] { Con("c1", first, last), Con("c2", "敏", "王") }, account);

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Fact]
    public void Two_contacts_with_the_name_written_as_one_run_are_for_a_person_to_choose()
    {
        var account = new Account { Id = "a1", DisplayName = "刘敏", Email = "a1.user@contoso.com" };

        var result = Run(new[] { Con("c1", "敏", "刘"), Con("c2", "敏", "刘") }, account);

        Assert.Equal(MatchStatus.Ambiguous, result[0].Status);
    }

    [Theory] // a word beside the given name that is no name this person goes by (round 24)
    [InlineData("Jane", "John (Jane)")]         // another person's given name
    [InlineData("Mary", "David (Mary)")]
    [InlineData("David", "Mary (David)")]
    [InlineData("Mary", "David \"Mary\"")]
    [InlineData("David", "David (Mary)")]
    [InlineData("David", "David \"Junior\"")]   // a generation in quotes, as in brackets
    [InlineData("David", "David \"Son\"")]
    [InlineData("Alexandra (Alex)", "Alexander (Alex)")] // the same short form, two full names
    [InlineData("Michelle (Mike)", "Michael (Mike)")]
    [InlineData("Alexandra", "Alexander (Alex)")]
    public void A_name_in_brackets_or_quotes_that_is_another_persons_is_for_a_person_to_confirm(string accountFirst, string contactFirst)
    {
        var result = Run(new[] { Con("c1", contactFirst, "Chen") }, Acc("a1", accountFirst, "Chen", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory]
    [InlineData("David", "Wei (David)")]   // an English name beside a Chinese one
    [InlineData("Wei", "Wei (David)")]
    [InlineData("Bob", "Robert (Bob)")]
    public void The_name_the_person_goes_by_links_either_way(string accountFirst, string contactFirst)
    {
        var result = Run(new[] { Con("c1", contactFirst, "Chen") }, Acc("a1", accountFirst, "Chen", "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Theory] // the account's display name with a generation or a qualifier in quotes, as in brackets
    [InlineData("David \"Jr\" Chen")]
    [InlineData("David \"Test\" Chen")]
    public void A_display_name_with_a_qualifier_in_quotes_is_no_link_by_name(string display)
    {
        var account = Acc("a1", "David", "Chen", "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", "David", "Chen") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // a note that is another person's name (round 24)
    [InlineData("Emma Hall (John Smith)", "John", "Smith")]
    [InlineData("John Smith (Emma Hall)", "John", "Smith")]
    [InlineData("David Chen (Mary Chen)", "David", "Chen")]
    [InlineData("David Chen - Mary Chen", "David", "Chen")]
    [InlineData("David (Mary) Chen", "David", "Chen")]
    public void A_display_name_whose_note_names_another_person_is_no_link_by_name(string display, string first, string last)
    {
        var account = Acc("a1", first, last, "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", first, last) }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // notes that describe the person
    [InlineData("David Chen (Finance)")]
    [InlineData("David Chen (Head Office)")]
    [InlineData("David Chen - Account Manager")]
    [InlineData("David Chen - Sales & Marketing")]
    [InlineData("Wei Chen (David)")]
    public void A_display_name_whose_note_describes_the_person_still_links(string display)
    {
        var first = display.StartsWith("Wei") ? "Wei" : "David";
        var account = Acc("a1", first, "Chen", "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", first, "Chen") }, account);

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Theory]
    [InlineData("Chen (Mary Chen)")]
    [InlineData("Chen - Mary Chen")]
    public void A_contact_surname_whose_note_names_another_person_is_no_link_by_name(string contactLast)
    {
        var result = Run(new[] { Con("c1", "David", contactLast) }, Acc("a1", "David", "Chen", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // display name with another given name over the fields, in East Asian characters (round 24)
    [InlineData("李华", "明", "李")]
    [InlineData("李 华", "明", "李")]
    [InlineData("佐藤健", "翔太", "佐藤")]
    [InlineData("김서연", "민준", "김")]
    public void An_East_Asian_display_name_with_another_given_name_over_the_fields_is_no_link_by_name(string display, string first, string last)
    {
        var account = Acc("a1", first, last, "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", first, last) }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory]
    [InlineData("長谷川翔", "翔", "長谷川")] // three-character family names
    [InlineData("佐々木健", "健", "佐々木")]
    [InlineData("김민준", "민준", "김")]
    public void A_one_run_display_name_with_a_long_family_name_or_in_Hangul_links(string display, string first, string last)
    {
        var account = new Account { Id = "a1", DisplayName = display, Email = "a1.user@contoso.com" };

        var result = Run(new[] { Con("c1", first, last) }, account);

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Theory] // Dutch surname particles: the sorting form, and particles written into the first-name field (round 25)
    [InlineData("Jan", "Berg, van der")]   // the Dutch sorting form in the PSA
    [InlineData("Jan van der", "Berg")]
    [InlineData("Jan", "Van Der Berg")]
    public void A_surname_with_its_particles_elsewhere_is_the_same_surname(string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, Acc("a1", "Jan", "van der Berg", "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Fact]
    public void A_compound_given_name_with_a_particle_is_still_a_second_given_name()
    {
        var result = Run(new[] { Con("c1", "Maria", "Garcia") }, Acc("a1", "Maria de Lourdes", "Garcia", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // Danish, Norwegian and Serbo-Croatian letters in their ASCII spelling (round 25)
    [InlineData("Søren", "Østergaard", "Soeren", "Oestergaard")]
    [InlineData("Åse", "Ålund", "Aase", "Aalund")]
    [InlineData("Đorđe", "Đukić", "Djordje", "Djukic")]
    [InlineData("Søren", "Østergaard", "Soren", "Ostergaard")]
    public void A_name_in_its_standard_ASCII_spelling_is_the_same_name(string first, string last, string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, Acc("a1", first, last, "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Fact] // Wei Zhang shown as "David Zhang": the contact named as the display name, at the account's own address (round 25)
    public void The_contact_named_exactly_as_the_display_name_at_the_accounts_address_links()
    {
        var account = Acc("a1", "Wei", "Zhang", "wei.zhang2@contoso.com");
        account.DisplayName = "David Zhang";

        var result = Run(new[] { Con("c1", "David", "Zhang", null, "wei.zhang2@contoso.com") }, account);

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (result[0].Status, result[0].Stars, result[0].ContactId));
    }

    [Fact]
    public void The_fields_contact_at_a_handed_on_address_is_still_Review()
    {
        var account = Acc("a1", "John", "Smith", "jsmith@contoso.com");
        account.DisplayName = "Jane Smith";

        var result = Run(new[] { Con("c1", "John", "Smith", null, "jsmith@contoso.com") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact] // fields in Cyrillic, the display name in Latin letters: the same name written twice (round 25)
    public void A_Latin_display_name_over_fields_in_another_script_is_the_accounts_name_too()
    {
        var account = Acc("a1", "Дмитрий", "Иванов", "dim.ivanov@contoso.com");
        account.DisplayName = "Dmitry Ivanov";

        var result = Run(new[] { Con("c1", "Dmitry", "Ivanov", null, "dim.ivanov@contoso.com") }, account);

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (result[0].Status, result[0].Stars, result[0].ContactId));
    }

    [Fact]
    public void A_Latin_display_name_over_Latin_fields_with_another_given_name_is_still_no_name_of_the_account()
    {
        var account = Acc("a1", "Mark", "Torburpet", "mark.t@contoso.com");
        account.DisplayName = "Olive Torburpet";

        var result = Run(new[] { Con("c1", "Olive", "Torburpet") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // a Latin display name over fields in another script that is someone else (round 26)
    [InlineData("Дмитрий", "Иванов", "Dmitry Petrov", "Dmitry", "Petrov")]
    [InlineData("Ольга", "Иванова", "Oleg Ivanov", "Oleg", "Ivanov")]
    [InlineData("דוד", "כהן", "Sarah Cohen", "Sarah", "Cohen")]       // Hebrew: no transliteration, no reading kept
    [InlineData("翔太", "佐藤", "Kenji Sato", "Kenji", "Sato")]
    public void A_Latin_display_name_of_someone_else_over_fields_in_another_script_is_no_name_of_the_account(string first, string last, string display, string contactFirst, string contactLast)
    {
        var account = Acc("a1", first, last, "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact]
    public void A_leavers_mailbox_with_Cyrillic_fields_and_the_new_holders_Latin_display_name_is_no_link_to_the_leaver()
    {
        var account = Acc("a1", "Дмитрий", "Иванов", "d.ivanov@contoso.com");
        account.DisplayName = "Anna Petrova";

        var result = Run(new[] { Con("c1", "Дмитрий", "Иванов", null, "d.ivanov@contoso.com") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory]
    [InlineData("Дмитрий", "Иванов", "Dmitry Ivanov", "Dmitry", "Ivanov")]
    [InlineData("Юлия", "Смирнова", "Yulia Smirnova", "Yulia", "Smirnova")]
    [InlineData("Γιώργος", "Παπαδόπουλος", "Giorgos Papadopoulos", "Giorgos", "Papadopoulos")]
    public void A_Latin_display_name_that_transliterates_the_fields_is_the_accounts_name(string first, string last, string display, string contactFirst, string contactLast)
    {
        var account = Acc("a1", first, last, "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", contactFirst, contactLast) }, account);

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Fact] // fields updated to the new holder, display left stale and naming the leaver, at the leaver's mailbox (round 26)
    public void A_stale_display_name_at_a_mailbox_that_names_it_is_no_link_to_the_leavers_contact()
    {
        var account = Acc("a1", "Jane", "Smith", "john.smith@contoso.com");
        account.DisplayName = "John Smith";

        var result = Run(new[] { Con("c1", "John", "Smith", null, "john.smith@contoso.com") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // one person's name in Cyrillic or Greek on one side and in Latin letters on the other, at one address (round 25)
    [InlineData("Дмитрий", "Иванов", "Dmitry", "Ivanov")]
    [InlineData("Dmitry", "Ivanov", "Дмитрий", "Иванов")]
    [InlineData("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos")]
    [InlineData("Юлия", "Смирнова", "Yuliya", "Smirnova")]
    public void A_name_written_in_another_script_at_the_accounts_address_links(string first, string last, string contactFirst, string contactLast) =>
        AssertLinkedAtTheAccountsAddress(first, last, contactFirst, contactLast, "d.ivanov@contoso.com");

    [Theory] // Round 71b: two romanisations of one Cyrillic name were ConflictingName at the account's own address, each linking the Cyrillic form
    [InlineData("Fyodor", "Solovyov", "Fedor", "Solovev")]
    [InlineData("Evgeny", "Fyodorov", "Yevgeny", "Fedorov")]
    [InlineData("Tetiana", "Oliinyk", "Tetiana", "Oliynyk")]
    [InlineData("Dmitrii", "Orlov", "Dmitry", "Orlov")]
    [InlineData("Iuliia", "Smirnova", "Yulia", "Smirnova")]
    [InlineData("Iuliia", "Smirnova", "Yuliya", "Smirnova")]
    [InlineData("Dmitriy", "Kovalyov", "Dmitrii", "Kovalev")]
    public void Two_romanisations_of_one_name_at_the_accounts_address_link(string first, string last, string contactFirst, string contactLast) =>
        AssertLinkedAtTheAccountsAddress(first, last, contactFirst, contactLast, "f.solovyov@danubia.ru");

    /// <summary>The account and the contact, one name written two ways, share the address: Suggested at three stars.</summary>
    private static void AssertLinkedAtTheAccountsAddress(string first, string last, string contactFirst, string contactLast, string address)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast, null, address) }, Acc("a1", first, last, address));

        Assert.Equal((MatchStatus.Suggested, 3, "c1"), (result[0].Status, result[0].Stars, result[0].ContactId));
    }

    [Theory] // and no link by the names alone, with the account's own mobile either: a given name so is a nickname's level
    [InlineData("Fyodor", "Solovyov", "Fedor", "Solovev")]
    [InlineData("Iuliia", "Smirnova", "Yulia", "Smirnova")]
    [InlineData("Dmitrii", "Orlov", "Dmitry", "Orlov")]
    public void Two_romanisations_of_one_name_are_no_link_by_the_names_or_a_mobile(string first, string last, string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast, "+7 912 345 67 89"), Con("c2", "Zoe", "Park", null, "zpark@danubia.ru") },
            Acc("a1", first, last, "x@danubia.ru", "+7 912 345 67 89"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact]
    public void A_surname_in_two_schemes_spellings_is_the_same_surname_beside_the_accounts_own_mobile()
    {
        var result = Run(new[] { Con("c1", "Tetiana", "Oliynyk", "+380 67 123 4567"), Con("c2", "Zoe", "Park", null, "zpark@danubia.ua") },
            Acc("a1", "Tetiana", "Oliinyk", "x@danubia.ua", "+380 67 123 4567"));

        Assert.Equal((MatchStatus.Suggested, 2, "c1"), (result[0].Status, result[0].Stars, result[0].ContactId));
    }

    [Theory] // Latin names that a romanisation's folding would make one are two names between Latin spellings
    [InlineData("Tony", "Toni")]
    [InlineData("Bobby", "Bobbi")]
    [InlineData("Harry", "Gary")]
    [InlineData("Jan", "Ian")]
    [InlineData("Kelly", "Kelli")]
    [InlineData("Dmitri", "Dmitry")]    // no scheme's mark: the nickname table has them
    [InlineData("Evgeny", "Evgenia")]
    [InlineData("Ivanov", "Ivanova")]
    public void Latin_names_alike_only_by_romanisation_rules_are_not_two_romanisations(string a, string b)
    {
        Assert.False(Transliteration.AreTwoRomanisations(NameNormalizer.Compact(a), NameNormalizer.Compact(b), given: true));
        Assert.False(Transliteration.AreTwoRomanisations(NameNormalizer.Compact(a), NameNormalizer.Compact(b), given: false));
    }

    [Theory]
    [InlineData("Yelton", "Elton")]     // English families' spellings: "ye", "ya", "yu" are a scheme's in a given name only
    [InlineData("Bryant", "Briant")]
    [InlineData("Hyatt", "Hiatt")]
    [InlineData("Hill", "Gill")]
    [InlineData("Matthews", "Mathews")]
    public void Surnames_alike_only_by_romanisation_rules_are_not_two_romanisations(string a, string b)
    {
        Assert.False(Transliteration.AreTwoRomanisations(NameNormalizer.Compact(a), NameNormalizer.Compact(b), given: false));
    }

    [Theory]
    [InlineData("Дмитрий", "Иванов", "Olga", "Petrova")]   // another person on the address
    [InlineData("Дмитрий", "Иванов", "Dmitry", "Ivanova")] // a wife's surname
    [InlineData("Ольга", "Иванова", "Oleg", "Ivanov")]
    public void Another_persons_name_in_another_script_at_the_accounts_address_is_Review(string first, string last, string contactFirst, string contactLast)
    {
        var result = Run(new[] { Con("c1", contactFirst, contactLast, null, "d.ivanov@contoso.com") }, Acc("a1", first, last, "d.ivanov@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // a mailbox handed on with only its display name changed, both people's contacts holding the address (round 27)
    [InlineData("John", "Jane")]
    [InlineData("Wei", "David")]
    public void A_handed_on_or_doubly_held_address_with_a_display_name_over_the_fields_is_for_a_person(string fieldFirst, string displayFirst)
    {
        var address = fieldFirst.ToLowerInvariant() + ".smith@contoso.com";
        var account = Acc("a1", fieldFirst, "Smith", address);
        account.DisplayName = displayFirst + " Smith";

        var result = Run(new[] { Con("c1", displayFirst, "Smith", null, address), Con("c2", fieldFirst, "Smith", null, address) }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact]
    public void Only_the_leavers_contact_at_a_handed_on_address_is_Review()
    {
        var account = Acc("a1", "John", "Smith", "john.smith@contoso.com");
        account.DisplayName = "Jane Smith";

        var result = Run(new[] { Con("c1", "John", "Smith", null, "john.smith@contoso.com") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // display-name checks over fields in Cyrillic or Greek (round 27)
    [InlineData("Марина", "Соколова", "Olga Sokolova")]
    [InlineData("Марина", "Соколова", "Ольга Соколова")]
    [InlineData("Марина", "Соколова", "Maria Sokolova")]
    [InlineData("Марина", "Соколова", "Reception")]
    [InlineData("Αλέξης", "Παπαδάκης", "Νίκος Παπαδάκης")]
    [InlineData("Karen", "Lee", "Olga")]   // one word, another given name
    public void A_display_name_with_another_given_name_over_the_fields_is_no_link_to_the_fields_contact(string first, string last, string display)
    {
        var account = Acc("a1", first, last, "m.s@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", first, last, null, "m.s@contoso.com") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // different given names that a loose transliteration would make one (round 27)
    [InlineData("Maria", "Марина")]
    [InlineData("Arina", "Ирина")]
    [InlineData("Alina", "Галина")]
    public void Given_names_one_letter_apart_across_scripts_are_two_people(string latin, string cyrillic)
    {
        var result = Run(new[] { Con("c1", cyrillic, "Соколова", null, "ms@contoso.com") }, Acc("a1", latin, "Sokolova", "ms@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // two full given names joined only by a short form, at one address (round 28)
    [InlineData("Alexander", "Alex Brown", "Alexandra")]
    [InlineData("Samuel", "Sam Brown", "Samantha")]
    [InlineData("Alexander", null, "Alexandra (Alex)")]
    [InlineData("Alexander", null, "Alexandra \"Alex\"")]
    public void A_short_form_shared_by_two_full_given_names_is_no_link_at_a_handed_on_address(string fieldFirst, string? display, string contactFirst)
    {
        var account = Acc("a1", fieldFirst, "Brown", "alex.brown@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", contactFirst, "Brown", null, "alex.brown@contoso.com") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory]
    [InlineData("Robert", "Bob Brown", "Bob")]       // the short form on the contact
    [InlineData("Michael", null, "Micheal")]         // a mistyped given name
    [InlineData("Christopher", "Chris Brown", "Chris")]
    public void A_short_form_or_a_mistyped_given_name_at_the_accounts_address_still_links(string fieldFirst, string? display, string contactFirst)
    {
        var account = Acc("a1", fieldFirst, "Brown", "x.brown@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", contactFirst, "Brown", null, "x.brown@contoso.com") }, account);

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }

    [Theory] // two working names beside one given name (round 28)
    [InlineData("Wei", "David Zhang", "Wei (Kevin)")]
    [InlineData("Wei (David)", null, "Wei (Kevin)")]
    public void Two_working_names_are_two_people(string accountFirst, string? display, string contactFirst)
    {
        var account = Acc("a1", accountFirst, "Zhang", "a1.user@contoso.com");
        account.DisplayName = display;

        var result = Run(new[] { Con("c1", contactFirst, "Zhang") }, account);

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact] // by name alone, a working name that stands for a namesake too (round 28)
    public void A_working_name_exact_key_with_a_nickname_namesake_beside_it_is_for_a_person_to_choose()
    {
        var result = Run(new[] { Con("c1", "Alexandra (Alex)", "Brown"), Con("c2", "Alexander", "Brown") }, Acc("a1", "Alex", "Brown", "a1.user@contoso.com"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Fact]
    public void A_working_name_exact_key_alone_still_links()
    {
        var result = Run(new[] { Con("c1", "Alexandra (Alex)", "Brown"), Con("c2", "Peter", "Brown") }, Acc("a1", "Alex", "Brown", "a1.user@contoso.com"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
    }
}
