using System.Linq;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Tests.Writes;

/// <summary>Core pieces of the writes: phone comparison, names for new contacts, the ConnectWise type choice.</summary>
public class WriteCoreTests
{
    [Theory]
    [InlineData("+1 (555) 010-1234", "5550101234", true)]
    [InlineData("1-555-010-1234", "555.010.1234", true)]
    [InlineData("+1 555 010 1234", "+15550101234", true)]
    [InlineData("555 010 1234", "555 010 1235", false)]
    [InlineData("+44 20 7946 0000", "20 7946 0000", true)]     // no country code: read in the other's, as the matcher does
    [InlineData("+44 20 7946 0000", "+1 20 7946 0000", false)]
    [InlineData("+48225550102", "48225550102", true)]
    [InlineData("5550101234", null, false)]
    // As the matcher reads a pair (round 42: these were rewritten, and an extension was lost).
    [InlineData("06 12 34 56 78", "+33 6 12 34 56 78", true)]
    [InlineData("+1-206-555-0105 ext. 12", "+1 206 555 0105", true)]
    [InlineData("+49 (0)151 2345 6789", "+49 151 23456789", true)]
    [InlineData("+44 7700 900123", "07700 900123", true)]
    [InlineData("+1 206 555 0105 x12", "+1 206 555 0105 x13", false)]   // two desks of one switchboard
    [InlineData("+44 7700 900123", "+61 7700 900123", false)]
    public void Phones_compare_by_digits_with_an_optional_leading_1(string a, string? b, bool same)
    {
        Assert.Equal(same, PhoneNumbers.Same(a, b));
        Assert.Equal(same, PhoneNumbers.Same(b, a));
    }

    [Theory]
    [InlineData("Ann Lee", null, null, true, "Ann", "Lee")]
    [InlineData("Lee, Ann", null, null, true, "Ann", "Lee")]
    [InlineData("Mary Ann Smith", null, null, true, "Mary Ann", "Smith")]
    [InlineData("Whatever Shown", "Ann", "Lee", true, "Ann", "Lee")]      // the directory's own fields win
    [InlineData("Cher", null, null, false, "Cher", "")]                     // ConnectWise: a first name alone will do
    // Round 56: the one name goes into the first name once, never into both, and without the comma of "Last, First".
    [InlineData("Smithers", null, "Smithers", false, "Smithers", "")]
    [InlineData("", null, "Smithers", false, "Smithers", "")]
    [InlineData("Li, ", null, null, false, "Li", "")]
    [InlineData("Li,", null, null, false, "Li", "")]
    // Round 56: a surname written first in capitals only marks the surname; the contact reads "Paul Martin", as the page says.
    [InlineData("MARTIN Paul", null, null, true, "Paul", "Martin")]
    [InlineData("MARTIN Paul", null, null, false, "Paul", "Martin")]
    [InlineData("DE LA CRUZ Maria", null, null, true, "Maria", "de la Cruz")]
    [InlineData("O'BRIEN-SMITH Sean", null, null, true, "Sean", "O'Brien-Smith")]
    [InlineData("MCDONALD Ronald", null, null, true, "Ronald", "McDonald")]
    [InlineData("MACKIE Ann", null, null, true, "Ann", "Mackie")]
    [InlineData("DI STEFANO Marco", null, null, true, "Marco", "Di Stefano")]
    [InlineData("DELLA VALLE Diego", null, null, true, "Diego", "Della Valle")]
    [InlineData("LA RUSSA Ignazio", null, null, true, "Ignazio", "La Russa")]
    [InlineData("VAN DER BERG Jan", null, null, true, "Jan", "van der Berg")]
    [InlineData("Whatever", "Paul", "MARTIN", true, "Paul", "MARTIN")]     // the directory's own fields are kept as written
    // Round 70a: a filler in the surname field, or the one name twice, is no surname on ConnectWise ("Selvam -", "Velu Velu" were made);
    // Autotask needs a last name, and the directory's own filler is kept there.
    [InlineData("Selvam -", "Selvam", "-", false, "Selvam", "")]
    [InlineData("Lakshmi .", "Lakshmi", ".", false, "Lakshmi", "")]
    [InlineData("Sukarno", "FNU", "Sukarno", false, "Sukarno", "")]
    [InlineData("Velu Velu", "Velu", "Velu", false, "Velu", "")]
    [InlineData("Selvam -", "Selvam", "-", true, "Selvam", "-")]
    [InlineData("Velu Velu", "Velu", "Velu", true, "Velu", "Velu")]
    [InlineData("Ann Na", "Ann", "Na", false, "Ann", "Na")]                 // Na is a Korean surname, no filler
    public void Names_come_from_the_account_else_from_the_display_name(string display, string? first, string? last, bool autotask, string wantFirst, string wantLast)
    {
        var split = ContactNames.From(WriteTenant.Account(display, "a@b.test", first: first, last: last), lastNameRequired: autotask);

        Assert.True(split.Success, split.Problem);
        Assert.Equal((wantFirst, wantLast), (split.First, split.Last));
    }

    [Theory]
    [InlineData("Cher", "'Cher'")]
    [InlineData("", "no name")]
    [InlineData("Li, ", "The name 'Li' cannot be split")] // round 56: the word as read, without the comma
    [InlineData("Mr & Mrs Chen", "names two people")]      // round 72a: "& Mrs" | "Chen" was created
    [InlineData("David and Mary Chen", "names two people")]
    [InlineData("John Smith - Leeds", "after the dash")]    // round 72a: "John Smith -" | "Leeds" was created
    public void A_name_that_cannot_be_split_is_refused_when_a_last_name_is_required(string display, string said)
    {
        var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: true);

        Assert.False(split.Success);
        Assert.Contains(said, split.Problem);
    }

    [Theory] // round 72a: ConnectWise too gives a couple's mailbox or a dashed note no one person's name
    [InlineData("Mr & Mrs Chen", "names two people")]
    [InlineData("John Smith – Leeds", "after the dash")]
    public void ConnectWise_refuses_a_couple_or_a_word_after_a_dash_in_a_display_name_alone(string display, string said)
    {
        var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: false);

        Assert.False(split.Success);
        Assert.Contains(said, split.Problem);
    }

    /// <summary>
    /// Round 73a: a department before a spaced dash went into the first name on both PSAs ("Finance - Ian Brook" was created as
    /// 'Finance - Ian' | 'Brook', "Sales/IT - Jane Roe" likewise). A display name with a dash set apart from its words gives no name to
    /// split; the message names the words on each side.
    /// </summary>
    [Theory]
    [InlineData("Finance - Ian Brook", "'Finance', before the dash, or 'Ian Brook', after the dash")]
    [InlineData("Sales/IT - Jane Roe", "'Sales/IT', before the dash, or 'Jane Roe', after the dash")]
    [InlineData("Finance – Ian Brook", "'Finance', before the dash")]      // an en dash, as Word and Outlook type " - "
    [InlineData("Finance — Ian Brook", "'Finance', before the dash")]      // an em dash
    [InlineData("Finance–Ian Brook", "'Finance', before the dash")]        // an en dash between words, unspaced
    [InlineData("Finance -Ian Brook", "'Finance', before the dash")]
    [InlineData("Mark Stone - Bristol", "'Bristol', after the dash")]
    [InlineData("Ian Brook – Finance Team", "'Finance Team', after the dash")] // a note of several words, which the matcher sets aside
    [InlineData("Ian Brook -", "the dash after 'Ian Brook'")]
    [InlineData("- Ian Brook", "the dash before 'Ian Brook'")]
    [InlineData("Selvam -", "the dash after 'Selvam'")]
    public void A_display_name_with_a_dash_apart_from_its_words_is_refused_on_both_PSAs_naming_the_words(string display, string said)
    {
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: autotask);

            Assert.False(split.Success, display + " -> " + split.First + " | " + split.Last);
            Assert.Contains("cannot be split", split.Problem);
            Assert.Contains(said, split.Problem);
            Assert.False(split.TwoPeople);
            // With only one field, the display name is still what would be split.
            Assert.False(ContactNames.From(WriteTenant.Account(display, "a@b.test", last: "Brook"), lastNameRequired: autotask).Success);
        }
    }

    [Theory]
    [InlineData("Finance - Ian Brook", "Ian", "Brook")]                    // the name fields give the name: they win
    [InlineData("Sales/IT - Jane Roe", "Jane", "Roe")]
    public void A_dash_in_the_display_name_is_no_matter_when_the_name_fields_give_the_name(string display, string first, string last)
    {
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display, "a@b.test", first: first, last: last), lastNameRequired: autotask);

            Assert.True(split.Success, split.Problem);
            Assert.Equal((first, last), (split.First, split.Last));
        }
    }

    [Theory]
    [InlineData("Anne-Marie Garcia-Lopez", "Anne-Marie", "Garcia-Lopez")]  // a hyphen inside a word is part of the name
    [InlineData("Jean-Luc Picard", "Jean-Luc", "Picard")]
    public void A_hyphen_inside_a_word_is_part_of_the_name(string display, string first, string last)
    {
        var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: true);

        Assert.True(split.Success, split.Problem);
        Assert.Equal((first, last), (split.First, split.Last));
    }

    /// <summary>
    /// Round 73a: couples in the name fields were created as one person's contact on both PSAs ("Anna and Ben" | "Cole", "Mr &amp; Mrs" |
    /// "Lowe", "Juan y María" | "López", "John" | "Smith &amp; Mary Jones"); the guard read only display names. The fields are read as
    /// the display-name guard reads a display name, alone and together.
    /// </summary>
    [Theory]
    [InlineData("Anna and Ben", "Cole")]
    [InlineData("Mr & Mrs", "Lowe")]
    [InlineData("David & Mary", "Chen")]
    [InlineData("Juan y María", "López")]
    [InlineData("John", "Smith & Mary Jones")]
    [InlineData("David/Mary", "Chen")]
    [InlineData("Mark + Olive", "Lee")]
    [InlineData("Hans und Grete", "Müller")]
    [InlineData("Jean et Marie", "Dupont")]
    [InlineData("János és Éva", "Kovács")]
    [InlineData("Иван и Мария", "Петровы")]
    [InlineData("Anna and Ben Cole", "")]                                  // one field only
    [InlineData("", "Mr & Mrs Lowe")]
    [InlineData("Mr & Mrs", "-")]                                          // beside a filler, which ConnectWise would otherwise drop
    public void A_couple_in_the_name_fields_is_refused_on_both_PSAs_as_two_people(string first, string last)
    {
        foreach (var autotask in new[] { false, true })
        {
            foreach (var display in new[] { (first + " " + last).Trim(), "", "Shared Mailbox" })
            {
                var split = ContactNames.From(WriteTenant.Account(display, "a@b.test", first: first, last: last), lastNameRequired: autotask);

                Assert.False(split.Success, first + " | " + last + " -> " + split.First + " | " + split.Last);
                Assert.True(split.TwoPeople);
                Assert.Contains("names two people", split.Problem);
            }
        }
    }

    [Theory]
    [InlineData("Anderson", "Lee", null, "Anderson", "Lee")]
    [InlineData("Andy", "Sandy", null, "Andy", "Sandy")]
    [InlineData("Sandy", "Dan", null, "Sandy", "Dan")]
    [InlineData("Dan", "Smith", null, "Dan", "Smith")]
    [InlineData("John Dan", "Smith", null, "John Dan", "Smith")]
    [InlineData("José", "Ortega y Gasset", null, "José", "Ortega y Gasset")] // two surnames joined by y
    [InlineData("Mary", "Andrews", null, "Mary", "Andrews")]
    [InlineData(null, null, "John Dan Smith", "John Dan", "Smith")]
    [InlineData(null, null, "Andy Anderson", "Andy", "Anderson")]
    public void One_persons_names_with_and_like_letters_stay_creatable(string? first, string? last, string? display, string wantFirst, string wantLast)
    {
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display ?? (first + " " + last), "a@b.test", first: first, last: last), lastNameRequired: autotask);

            Assert.True(split.Success, split.Problem);
            Assert.False(split.TwoPeople);
            Assert.Equal((wantFirst, wantLast), (split.First, split.Last));
        }
    }

    /// <summary>
    /// Round 75b: couples and families still created as one person's contact on both PSAs: two given names joined by a one-letter "and"
    /// the nickname table does not know ("Maria y Pablo" | "Ruiz"), a full-width ampersand, a comma or a plus between given names in
    /// the first-name field, two titles ("Mr/Mrs"), and a family's mailbox ("The Lowe Family" was created as 'The Lowe' | 'Family').
    /// </summary>
    [Theory]
    [InlineData("Maria y Pablo", "Ruiz", null, false)]
    [InlineData("Ana y Luis", "Ruiz", null, false)]
    [InlineData("Juan y Pablo", "Ruiz", null, false)]
    [InlineData("Juan y Pablo", null, null, false)]
    [InlineData("Anna \uFF06 Ben", "Cole", null, false)]                // a full-width ampersand
    [InlineData("Anna, Ben", "Cole", null, false)]
    [InlineData("Anna, Ben", null, null, false)]
    [InlineData("Anna+Ben", "Cole", null, false)]
    [InlineData("Mr/Mrs", "Lowe", null, false)]
    [InlineData("The Lowe", "Family", null, true)]
    [InlineData(null, null, "The Lowe Family", true)]
    [InlineData(null, null, "Lowe Family", true)]
    [InlineData(null, null, "Lowe family", true)]
    [InlineData(null, null, "Familie Lowe", true)]
    [InlineData(null, null, "Mr/Mrs Lowe", false)]
    [InlineData(null, null, "Ana y Luis Ruiz", false)]
    [InlineData(null, null, "Anna \uFF06 Ben Cole", false)]
    [InlineData(null, null, "Anna & Ben Cole - Finance", false)]         // a couple beside a department is still a couple
    [InlineData(null, null, "The Joneses", true)]                        // round 77a: created as 'The' | 'Joneses'
    [InlineData(null, null, "The Chen's", true)]
    [InlineData("The", "Chens", null, true)]
    [InlineData(null, null, "Gezin Chen", true)]
    [InlineData(null, null, "Mr+Mrs Chen", false)]                       // two titles joined without spaces
    [InlineData(null, null, "Chen Residence", true)]                     // round 79a: created
    [InlineData(null, null, "Ehepaar Chen", true)]
    [InlineData("Family", null, null, true)]
    [InlineData(null, null, "the joneses", true)]                         // round 81a: created as 'the' | 'joneses'
    [InlineData(null, null, "Eheleute Chen", true)]
    [InlineData(null, null, "Chen Whānau", true)]
    [InlineData("David+mary", "Chen", null, false)]
    [InlineData("D+M", "Chen", null, false)]
    public void A_couple_or_a_family_is_refused_on_both_PSAs_round_75b(string? first, string? last, string? display, bool family)
    {
        first = Unescape(first);
        display = Unescape(display);
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display ?? (first + " " + last).Trim(), "a@b.test", first: first, last: last), lastNameRequired: autotask);

            Assert.False(split.Success, first + " | " + last + " | " + display + " -> " + split.First + " | " + split.Last);
            Assert.True(split.TwoPeople);
            Assert.Equal(family, split.Family);
            Assert.Contains(family ? "names a family, not one person" : "names two people", split.Problem);
        }
    }

    [Theory]
    [InlineData("John Smith Jr.", "John", "Smith Jr")]           // round 81a: created as John | Smith
    [InlineData("John Smith III", "John", "Smith III")]
    [InlineData("Juan Dela Cruz Jr.", "Juan", "Dela Cruz Jr")]
    [InlineData("Jane Smith PhD", "Jane", "Smith")]              // a degree is no part of the name
    public void A_generation_after_a_display_name_stays_with_the_surname(string display, string first, string last)
    {
        var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: true);

        Assert.True(split.Success, split.Problem);
        Assert.Equal((first, last), (split.First, split.Last));
    }

    [Theory]
    [InlineData("Juan Dela Cruz", "Juan", "Dela Cruz")]
    [InlineData("Ma. Teresa Delos Santos", "Ma. Teresa", "Delos Santos")]
    [InlineData("Maria Clara delos Santos", "Maria Clara", "delos Santos")]
    public void Filipino_particles_stay_with_the_surname_when_a_display_name_is_split(string display, string first, string last)
    {
        // Round 80a: Autotask contacts were created as "Juan Dela" | Cruz and "Ma. Teresa Delos" | Santos.
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: autotask);

            Assert.True(split.Success, split.Problem);
            Assert.Equal((first, last), (split.First, split.Last));
        }
    }

    [Theory]
    [InlineData("The", "Nguyen")]                 // Thế Nguyen without marks (round 79a: refused as a family)
    [InlineData(null, "Family Medicine Clinic")]  // a practice, not a family
    [InlineData("Irene", "Fam")]                  // round 82a: Fam is a surname (范 in Singapore and Malaysia)
    [InlineData("Fam", "Kah Wai")]                // the same, family name first
    public void A_given_name_The_and_a_practice_named_Family_are_no_family(string? first, string last)
    {
        var account = first == null ? WriteTenant.Account(last, "a@b.test") : WriteTenant.Account(first + " " + last, "a@b.test", first: first, last: last);
        var split = ContactNames.From(account, lastNameRequired: false);

        Assert.False(split.Family, split.Problem);
    }

    /// <summary>
    /// Round 75b: a department beside a name, set apart by other marks than a dash, went into the name ("Finance: Ian" | "Brook", "Ian
    /// Brook ~" | "Finance", "Ian" | "Brook_-_Finance", "Finance" | "Ian Brook" from "Last, First", "Ian Brook" | "Finance" from the
    /// capitals-first rule), and ConnectWise and Autotask split "Ian Brook @ Finance" differently (one name on ConnectWise, "a single
    /// word" on Autotask). Both PSAs now refuse each, naming the part; "Finance / Ian Brook" gets the department's message, not a couple's.
    /// </summary>
    [Theory]
    [InlineData("Finance: Ian Brook", "'Finance', before the colon, or 'Ian Brook', after the colon")]
    [InlineData("Accounts: Mary Poppins", "'Accounts' reads as a department or a role")]
    [InlineData("Mary Poppins | Accounts", "'Mary Poppins', before the vertical bar, or 'Accounts', after the vertical bar")]
    [InlineData("Finance | Ian Brook", "'Finance' reads as a department or a role")]
    [InlineData("Ian Brook ~ Finance", "after the tilde")]
    [InlineData("Ian Brook \u2022 Finance", "after the bullet")]
    [InlineData("Ian Brook \u00B7 Finance", "after the middle dot")]
    [InlineData("Ian Brook / Finance", "'Finance' reads as a department or a role")]
    [InlineData("Finance / Ian Brook", "'Finance', before the slash, or 'Ian Brook', after the slash")]
    [InlineData("Finance/Ian Brook", "'Finance' reads as a department or a role")]
    [InlineData("Ian Brook_-_Finance", "'Ian Brook', before the dash, or 'Finance', after the dash")]
    [InlineData("Ian Brook @ Finance", "'Ian Brook', before the @, or 'Finance', after the @")]
    [InlineData("Ian Brook, Finance", "'Finance', after the comma, reads as a department or a role")]
    [InlineData("FINANCE Ian Brook", "'FINANCE', written first in capitals, reads as a department or a role, not a surname")]
    [InlineData("IT Support Ian Brook", "'IT Support', before the name, reads as a department or a role")]
    [InlineData("Ian Brook FINANCE", "'FINANCE', in capitals after the name")]
    public void A_department_beside_the_name_is_refused_on_both_PSAs_naming_it_round_75b(string display, string said)
    {
        display = Unescape(display)!;
        said = Unescape(said)!;
        var problems = new System.Collections.Generic.List<string?>();
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: autotask);

            Assert.False(split.Success, display + " -> " + split.First + " | " + split.Last);
            Assert.False(split.TwoPeople, split.Problem);
            Assert.StartsWith("The name '" + display + "' cannot be split into a first and a last name: ", split.Problem);
            Assert.Contains(said, split.Problem);
            problems.Add(split.Problem);
        }
        Assert.Equal(problems[0], problems[1]); // one rule, one message, on both PSAs
    }

    [Theory] // round 75b: a note in square or angle brackets is set aside, as one in round brackets is
    [InlineData("Ian Brook [Finance]", "Ian", "Brook")]
    [InlineData("Ian Brook (Finance)", "Ian", "Brook")]
    [InlineData("[Finance] Ian Brook", "Ian", "Brook")]
    [InlineData("Ann Lee <ann.lee@contoso.com>", "Ann", "Lee")]
    [InlineData("Ian Brook (Finance: Accounts)", "Ian", "Brook")]
    // round 75b: two surnames joined by y or i after the given name are the surname, as the fields have them
    [InlineData("Santiago Ramón y Cajal", "Santiago", "Ramón y Cajal")]
    [InlineData("José Ortega y Gasset", "José", "Ortega y Gasset")]
    [InlineData("Josep Puig i Cadafalch", "Josep", "Puig i Cadafalch")]
    [InlineData("Juan Pablo Ramón y Cajal", "Juan Pablo", "Ramón y Cajal")]
    [InlineData("María de la Cruz y López", "María", "de la Cruz y López")]
    // one person's names that look like the new rules
    [InlineData("John Smith, CPA", "John", "Smith")]
    [InlineData("Smith, John", "John", "Smith")]
    [InlineData("SALES Maria", "Maria", "Sales")]                           // a surname in capitals before a given name
    [InlineData("Pau Col\u00B7lell", "Pau", "Col\u00B7lell")]           // the Catalan middle dot inside a word
    [InlineData("Arjun a/l Murugan", "Arjun", "a/l Murugan")]
    [InlineData("Dev Patel", "Dev", "Patel")]
    [InlineData("Art Garfunkel", "Art", "Garfunkel")]
    public void A_bracketed_note_is_set_aside_and_joined_surnames_stay_together_on_both_PSAs(string display, string first, string last)
    {
        display = Unescape(display)!;
        last = Unescape(last)!;
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(display, "a@b.test"), lastNameRequired: autotask);

            Assert.True(split.Success, display + ": " + split.Problem);
            Assert.Equal((first, last), (split.First, split.Last));
        }
    }

    [Theory] // one person's name fields that look like the new couple rules
    [InlineData("Cole, Anna", "Cole")]                                     // "Last, First" in the first-name field beside the surname
    [InlineData("John, Jr", "Smith")]
    [InlineData("Santiago", "Ramón y Cajal")]
    [InlineData("Mr", "Lowe")]
    public void One_persons_fields_stay_creatable_round_75b(string first, string last)
    {
        foreach (var autotask in new[] { false, true })
        {
            var split = ContactNames.From(WriteTenant.Account(first + " " + last, "a@b.test", first: first, last: last), lastNameRequired: autotask);

            Assert.True(split.Success, split.Problem);
            Assert.Equal((first, last), (split.First, split.Last));
        }
    }

    [Fact] // round 75b: Autotask's message named the display name "Finance" as the single word, not the account's only name
    public void One_name_field_beside_a_one_word_display_name_is_named_in_the_message()
    {
        var account = WriteTenant.Account("Finance", "a@b.test", first: "Ian Brook");

        var cw = ContactNames.From(account, lastNameRequired: false);
        var at = ContactNames.From(account, lastNameRequired: true);

        Assert.Equal(("Ian Brook", ""), (cw.First, cw.Last));
        Assert.False(at.Success);
        Assert.Equal("The account has only a first name, 'Ian Brook', and its display name 'Finance' is a single word: first and last name cannot be told apart", at.Problem);
    }

    private static string? Unescape(string? text) => text == null ? null : System.Text.RegularExpressions.Regex.Unescape(text);

    [Fact]
    public void ConnectWise_refuses_only_an_account_with_no_name_and_says_it_needs_a_first_name()
    {
        var split = ContactNames.From(WriteTenant.Account("", "a@b.test"), lastNameRequired: false);

        Assert.False(split.Success);
        Assert.Contains("no name", split.Problem);
        Assert.Equal("ConnectWise needs a first name on a contact (the last name may stay empty)", ContactNames.Requirement(false));
        Assert.Equal("Autotask needs a first and a last name on a contact", ContactNames.Requirement(true));
    }

    private static CwCommunicationType Type(int id, string description, bool email = false, bool phone = false, bool isDefault = false) =>
        new() { Id = id, Description = description, EmailFlag = email, PhoneFlag = phone, DefaultFlag = isDefault };

    [Fact]
    public void Email_and_Mobile_are_taken_silently_when_the_table_has_them()
    {
        var choice = CwContactTypes.Choose(new[] { Type(1, "Email - Work", email: true, isDefault: true), Type(2, "Email", email: true), Type(3, "Mobile", phone: true), Type(4, "Cell", phone: true) }, null, null);

        Assert.Null(choice.Problem);
        Assert.Empty(choice.Warnings);
        Assert.Equal((2, 3), (choice.Email!.Id, choice.Mobile!.Id));
    }

    [Fact]
    public void Without_the_expected_names_the_closest_flagged_types_are_used_with_warnings()
    {
        var choice = CwContactTypes.Choose(new[] { Type(1, "Email - Work", email: true, isDefault: true), Type(2, "Direct", phone: true, isDefault: true), Type(5, "Home", phone: true) }, null, null);

        Assert.Null(choice.Problem);
        Assert.Equal((1, 2), (choice.Email!.Id, choice.Mobile!.Id));
        Assert.Equal(2, choice.Warnings.Count);
        Assert.All(choice.Warnings, w => Assert.Contains("Repair-CwCommunicationType", w));
    }

    [Fact]
    public void A_named_type_must_exist_with_its_flag()
    {
        var types = new[] { Type(1, "Email - Work", email: true), Type(4, "Cell", phone: true), Type(9, "Pager", phone: true) };

        Assert.Equal(9, CwContactTypes.Choose(types, null, " pager ").Mobile!.Id);
        var missing = CwContactTypes.Choose(types, "Cell", null); // Cell has no email flag
        Assert.Contains("no email type described 'Cell'", missing.Problem);
        Assert.Contains("'Email - Work'", missing.Problem);
        Assert.Contains("no type with the email flag", CwContactTypes.Choose(new[] { Type(4, "Cell", phone: true) }, null, null).Problem);
    }

    [Theory]
    [InlineData("Okafor, Chinedu", null, true)]       // the whole name in the first-name field, surname first
    [InlineData("Chinedu", "Okafor-Smith", true)]     // a double-barrelled surname after marriage
    [InlineData("Chin", "Okafor", true)]              // the given name corrected, the surname kept
    [InlineData("Zed", "Zulu", false)]                // the record reused for someone else
    public void A_linked_contact_may_still_be_the_accounts_person_by_a_shared_name_word(string first, string? last, bool expected)
    {
        var account = new QuickpassPsa.Core.Accounts.Account { Id = "a1", FirstName = "Chinedu", LastName = "Okafor", Email = "chinedu.okafor@contoso.com" };
        var contact = new QuickpassPsa.Core.Psa.PsaContact { Id = "1858", FirstName = first, LastName = last, Emails = new[] { "someone@elsewhere.com" } };

        Assert.Equal(expected, ContactIdentity.MayBeAccountsPerson(account, contact));
    }

    [Theory] // the contact's addresses, the first is the primary slot; the new work address; the address it replaces (null: the primary slot)
    [InlineData("ann.lee@contoso.com", "ann.smith@contoso.com", null)]
    [InlineData("ann.lee83@gmail.com;ann.lee@contoso.com", "ann.smith@contoso.com", "ann.lee@contoso.com")]
    [InlineData("ann.lee83@gmail.com;ann.lee@Contoso.com", "ann.smith@contoso.com", "ann.lee@Contoso.com")]
    [InlineData("ann.lee83@gmail.com;ann.lee@contoso.com", "ann.lee@fabrikam.com", "ann.lee@contoso.com")]
    [InlineData("ann.lee@contoso.com;ann.lee83@gmail.com", "ann.lee@fabrikam.com", null)]
    [InlineData("ann.lee83@gmail.com", "ann.lee@contoso.com", null)]
    [InlineData("info@partner.com;ann.lee@contoso.com", "ann.lee@fabrikam.com", "ann.lee@contoso.com")] // round 67a: a role mailbox first is kept too
    [InlineData("jdoe@partner.com;ann.lee@contoso.com", "ann.lee@fabrikam.com", null)]
    [InlineData("reception@contoso.com", "ann.smith@contoso.com", null)]                           // only a role mailbox there: it is replaced
    [InlineData("reception@contoso.com;info@contoso.com", "ann.smith@contoso.com", null)]
    [InlineData("reception@contoso.com;jdoe@contoso.com", "ann.smith@contoso.com", "jdoe@contoso.com")]
    public void A_new_address_replaces_the_old_one_at_its_domain_else_a_work_address_behind_a_personal_primary(string emails, string newEmail, string? replaced)
    {
        var list = emails.Split(';');
        var contact = new Core.Psa.PsaContact { Id = "1", Emails = list, PrimaryEmail = list[0] };

        Assert.Equal(replaced, ReplacedEmail.Of(contact, newEmail));
    }

    [Theory] // round 67a (u4.ps1): Ann Lee's contact; the new address; the address it replaces (null: the primary slot)
    [InlineData("reception@contoso.com;annlee77@gmail.com;a.lee@contoso.com", "ann.smith@contoso.com", "a.lee@contoso.com")]
    [InlineData("reception@contoso.com;annlee77@gmail.com;a.lee@contoso.com", "ann.lee@contoso-group.com", "a.lee@contoso.com")]
    [InlineData("reception@contoso.com;alee@contoso.com", "ann.smith@contoso.com", "alee@contoso.com")]
    [InlineData("reception@contoso.com;al@contoso.com", "ann.smith@contoso.com", "al@contoso.com")]
    [InlineData("info@contoso.com;lee.ann@fabrikam.com", "ann.smith@contoso.com", "lee.ann@fabrikam.com")]          // her name at the old domain
    [InlineData("ann.lee@contoso.com;reception@contoso.com", "ann.smith@contoso.com", null)]
    [InlineData("annlee77@gmail.com;reception@contoso.com", "ann.smith@contoso.com", "reception@contoso.com")]     // never her personal address
    [InlineData("jdoe@contoso.com;a.lee@contoso.com", "ann.smith@contoso.com", "a.lee@contoso.com")]
    public void An_address_that_holds_the_persons_name_or_initials_comes_before_a_role_mailbox(string emails, string newEmail, string? replaced)
    {
        var list = emails.Split(';');
        var contact = new Core.Psa.PsaContact { Id = "1", FirstName = "Ann", LastName = "Lee", Emails = list, PrimaryEmail = list[0] };

        Assert.Equal(replaced, ReplacedEmail.Of(contact, newEmail, [("Ann", "Smith"), ("Ann", "Lee")]));
    }

    [Theory] // the contact's addresses; the new address; whether it is added beside them (round 58: the only, personal, address was overwritten)
    [InlineData("ann.lee83@gmail.com", "ann.lee@contoso.com", true)]
    [InlineData("ann.lee83@gmail.com;ann@outlook.com", "ann.lee@contoso.com", true)]
    [InlineData("ann.lee83@gmail.com;ann.lee@contoso.com", "ann.smith@contoso.com", false)]   // a work address to replace
    [InlineData("ann.lee@contoso.com", "ann.smith@contoso.com", false)]
    [InlineData("ann.lee83@gmail.com", "ann.lee84@gmail.com", false)]                        // a personal address for a personal one
    public void A_work_address_is_added_beside_a_contacts_personal_addresses_only(string emails, string newEmail, bool adds)
    {
        var list = emails.Split(';');
        var contact = new Core.Psa.PsaContact { Id = "1", Emails = list, PrimaryEmail = list[0] };

        Assert.Equal(adds, ReplacedEmail.AddsBeside(contact, newEmail));
    }

    [Theory]
    [InlineData("Ольга", "Кузнецова", false)]   // reused for someone else, in Cyrillic (round 45)
    [InlineData("娜", "李", false)]               // in Chinese: one-character names are names, not a nameless record
    [InlineData("Сергей", "Петров", true)]      // the same person in Cyrillic
    [InlineData("", "", true)]                   // a nameless record says nothing against the account
    public void A_contact_renamed_into_another_script_may_be_the_accounts_person_only_when_its_name_reads_alike(string first, string last, bool may)
    {
        var sergei = new QuickpassPsa.Core.Accounts.Account { Id = "a", Email = "sergei.petrov@contoso.com", FirstName = "Sergei", LastName = "Petrov", DisplayName = "Sergei Petrov" };

        Assert.Equal(may, ContactIdentity.MayBeAccountsPerson(sergei, new QuickpassPsa.Core.Psa.PsaContact { Id = "1", FirstName = first, LastName = last }));
    }

    [Theory]
    [InlineData("דוד", "כהן", true)]      // Hebrew: not compared with a Latin name
    [InlineData("王", "伟", true)]
    [InlineData("Давид", "Коэн", false)]  // Cyrillic is compared (romanised)
    [InlineData("Dave", "Cohen", false)]
    public void Names_in_scripts_the_module_does_not_compare_are_told_apart_from_another_persons_name(string first, string last, bool notCompared)
    {
        var david = new QuickpassPsa.Core.Accounts.Account { Id = "a", FirstName = "David", LastName = "Cohen", DisplayName = "David Cohen" };

        Assert.Equal(notCompared, ContactIdentity.NamesInScriptsNotCompared(david, new QuickpassPsa.Core.Psa.PsaContact { Id = "1", FirstName = first, LastName = last }));
    }

    [Fact]
    public void ConnectWise_a_named_type_is_not_taken_for_its_near_name_with_a_stray_space()
    {
        // Round 64c: with ' email' and 'Mobile ' in the table, -EmailType 'Email' -MobileType 'Mobile' created the items under them, silently.
        var choice = CwContactTypes.Choose(new[]
        {
            new CwCommunicationType { Id = 1, Description = " email", EmailFlag = true },
            new CwCommunicationType { Id = 4, Description = "Mobile ", PhoneFlag = true },
        }, "Email", null);

        Assert.Null(choice.Email);
        Assert.Contains("' email', with a stray space", choice.Problem);
        Assert.Contains("Repair-CwCommunicationType", choice.Problem);
        var typedWithTheSpace = CwContactTypes.Choose(new[] { new CwCommunicationType { Id = 1, Description = " email", EmailFlag = true }, new CwCommunicationType { Id = 4, Description = "Cell", PhoneFlag = true } }, " email", "cell");
        Assert.Equal((1, 4, (string?)null), (typedWithTheSpace.Email!.Id, typedWithTheSpace.Mobile!.Id, typedWithTheSpace.Problem));
    }
}
