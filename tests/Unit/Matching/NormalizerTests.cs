using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Tests.Matching;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Zoë", "zoe")]
    [InlineData("José", "jose")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Søren", "soren")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ævar", "aevar")]
    [InlineData("Œdipe", "oedipe")]
    [InlineData("Đorđe", "dorde")]
    [InlineData("Yıldız", "yildiz")]
    [InlineData("Þórr", "thorr")]
    [InlineData("İsmail", "ismail")]
    [InlineData("ＡＮＮ", "ann")]            // full-width letters (NFKC)
    [InlineData("ﬁona", "fiona")]            // ligature (NFKC)
    public void Folds_accents_and_letters_that_do_not_decompose(string input, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("O’Brien")]
    [InlineData("O‘Brien")]
    [InlineData("O`Brien")]
    [InlineData("OBrien")]
    [InlineData("  o'brien ")]
    public void Apostrophes_are_removed(string input)
    {
        Assert.Equal("obrien", NameNormalizer.Normalize(input));
    }

    [Fact]
    public void Hyphens_dots_and_extra_spaces_become_single_spaces_and_Compact_joins_them()
    {
        Assert.Equal("smith jones", NameNormalizer.Normalize("Smith-Jones"));
        Assert.Equal("smith jones", NameNormalizer.Normalize("Smith  –  Jones"));
        Assert.Equal("jr smith", NameNormalizer.Normalize("J.R. Smith"));
        Assert.Equal("smithjones", NameNormalizer.Compact("Smith-Jones"));
        Assert.Equal(NameNormalizer.Compact("Smith Jones"), NameNormalizer.Compact("Smith-Jones"));
    }

    [Theory]
    [InlineData("\u0410shford", "ashford")]   // a Cyrillic А in a Latin name
    [InlineData("J\u043Ehnson", "johnson")]   // a Cyrillic о
    [InlineData("\u039Flsen", "olsen")]       // a Greek Ο
    [InlineData("Z\u043E\u00EB", "zoe")]     // a look-alike beside an accented Latin letter
    public void Look_alike_letters_in_a_Latin_name_are_read_as_Latin(string input, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Compact(input));
    }

    [Theory]
    [InlineData("\u0421\u0435\u0440\u0433\u0435\u0439", "\u0441\u0435\u0440\u0433\u0435\u0438")] // Сергей stays Cyrillic (lower case; й loses its breve like any mark)
    [InlineData("\u0391\u03BD\u03BD\u03B1", "\u03B1\u03BD\u03BD\u03B1")]                               // Αννα stays Greek
    public void Names_written_in_Cyrillic_or_Greek_keep_their_letters(string input, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Compact(input));
    }

    [Fact]
    public void Casing_is_invariant_and_blank_is_empty()
    {
        Assert.Equal("istanbul", NameNormalizer.Normalize("ISTANBUL"));
        Assert.Equal(string.Empty, NameNormalizer.Normalize(null));
        Assert.Equal(string.Empty, NameNormalizer.Normalize("  \t "));
        Assert.Equal(string.Empty, NameNormalizer.Normalize("--"));
    }
}

public class EmailNormalizerTests
{
    [Theory]
    [InlineData(" Ann.Lee@Contoso.COM ", "ann.lee@contoso.com")]
    [InlineData("SMTP:ann@contoso.com", "ann@contoso.com")]
    [InlineData("smtp:ann@contoso.onmicrosoft.com", "ann@contoso.onmicrosoft.com")]
    [InlineData("mailto:ann@contoso.com", "ann@contoso.com")]
    [InlineData("ann+tickets@contoso.com", "ann@contoso.com")]
    [InlineData("a.n.n@gmail.com", "a.n.n@gmail.com")]           // no Gmail-style dot removal
    [InlineData("ann.lee@contoso.com.", "ann.lee@contoso.com")]   // a full stop after the address
    [InlineData("ann.lee@\u200bcontoso.com", "ann.lee@contoso.com")] // zero-width space
    [InlineData("ann.l\u00adee@contoso.com", "ann.lee@contoso.com")] // soft hyphen
    [InlineData("\ufeffann.lee@contoso.com", "ann.lee@contoso.com")] // byte-order mark
    [InlineData("ann.lee@contoso.com\u200d", "ann.lee@contoso.com")] // zero-width joiner
    [InlineData("ann.lee\uff20contoso.com", "ann.lee@contoso.com")]  // full-width at sign
    [InlineData("\uff21\uff4e\uff4e.lee@contoso.com", "ann.lee@contoso.com")] // full-width letters
    [InlineData("jos\u00e9@contoso.com", "jos\u00e9@contoso.com")] // a letter with a mark stays
    [InlineData("joerg@xn--mller-kva.de", "joerg@m\u00fcller.de")]       // punycode read as the Unicode domain
    [InlineData("Joerg@M\u00fcller.de", "joerg@m\u00fcller.de")]
    [InlineData("joerg@xn--invalid-.de", "joerg@xn--invalid-.de")]      // not valid punycode: as written
    public void Folds_addresses(string input, string expected)
    {
        Assert.Equal(expected, EmailNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("n/a")]
    [InlineData("@contoso.com")]
    [InlineData("ann@")]
    public void Non_addresses_are_null(string? input)
    {
        Assert.Null(EmailNormalizer.Normalize(input));
    }

    [Fact]
    public void Local_part_and_domain()
    {
        Assert.Equal("ann", EmailNormalizer.LocalPart("ann@contoso.com"));
        Assert.Equal("contoso.com", EmailNormalizer.Domain("ann@contoso.com"));
    }
}

public class SimilarityTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("CRATE", "TRACE", 0.733)]
    [InlineData("ABC", "ABC", 1.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    public void Jaro_Winkler_matches_the_published_reference_values(string a, string b, double expected)
    {
        Assert.Equal(expected, Similarity.JaroWinkler(a, b), 3);
        Assert.Equal(expected, Similarity.JaroWinkler(b, a), 3);
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "ac", 1)]          // one transposition
    [InlineData("ca", "abc", 3)]         // OSA: not 2 (that would need editing a transposed pair again)
    [InlineData("maria", "mario", 1)]
    [InlineData("jonhson", "johnson", 1)]
    public void Damerau_Levenshtein_is_the_optimal_string_alignment_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, Similarity.DamerauLevenshtein(a, b));
        Assert.Equal(expected, Similarity.DamerauLevenshtein(b, a));
    }
}

public class PhoneCountryCodeTests
{
    [Theory]
    // Round 53: the forms a slash is written in inside one number, and the forms a field holds two numbers in.
    [InlineData("0151/23456789", "+49 151 23456789")]        // Germany: the mobile prefix before a slash
    [InlineData("+49 (0)151/2345678", "0151 2345678")]
    [InlineData("06-30/123-4567", "+36 30 123 4567")]         // Hungary's 06 before a mobile, then a slash
    [InlineData("(11) 91234-5678", "+55 11 91234-5678")]      // Brazil, São Paulo: eleven digits starting with 1, not North America's 1
    [InlineData("11 91234-5678", "+55 11 91234-5678")]
    [InlineData("11912345678", "+55 11 91234 5678")]
    [InlineData("(12) 99123-4567", "+55 12 99123-4567")]      // an area code written as a group of two is never North America's 1
    [InlineData("79123456789", "8 (912) 345-67-89")]          // Russia: '+' dropped against the trunk 8
    [InlineData("07700 900123, 01632 960000", "07700 900123")] // a comma between two numbers: the first is the field's
    [InlineData("0151 / 23456789", "+49 151 23456789")]        // round 55: nothing but the area code before a spaced slash
    public void One_number_written_two_ways_is_the_same_number(string a, string b)
    {
        Assert.True(PhoneNormalizer.SameNumber(a, b));
        Assert.True(PhoneNormalizer.SameNumber(b, a));
    }

    [Theory]
    [InlineData("+49 30 1234567 Durchwahl 215")]   // round 55: a word for the extension with neither an e nor an x
    [InlineData("+49 30 1234567 доб. 215")]
    [InlineData("+49 30 1234567 poste 215")]
    [InlineData("+49 30 1234567;ext=215")]
    public void An_extension_after_any_word_is_kept_apart_from_the_number(string written)
    {
        Assert.Equal(PhoneNormalizer.Significant("+49 30 1234567"), PhoneNormalizer.Significant(written));
        Assert.Equal(PhoneNormalizer.ExtensionOf("+49 30 1234567 x215"), PhoneNormalizer.ExtensionOf(written));
    }

    [Theory]
    [InlineData("1-206-555-0123", "+1 206 555 0123")]   // North America's 1 is still read
    [InlineData("12065550123", "206 555 0123")]
    public void North_Americas_leading_one_is_still_dropped(string a, string b) => Assert.True(PhoneNormalizer.SameNumber(a, b));

    [Theory]
    [InlineData("020 - 7946 0000")]      // a loose separator inside one number: one number
    [InlineData("07700  900123")]
    [InlineData("+1 206 555 0100,214")]  // an extension dialled after a pause
    public void A_loose_separator_without_a_number_on_each_side_splits_nothing(string field) => Assert.Single(PhoneNormalizer.Numbers(field));

    [Theory]
    [InlineData("810 7 912 345 67 89", "+7 912 345 67 89")]    // Russia's international prefix
    [InlineData("010 81 90 1234 5678", "+81 90 1234 5678")]    // Japan's
    [InlineData("011 91234 5678", "+55 11 91234 5678")]        // twelve digits: Brazil's trunk 0, not North America's 011
    [InlineData("011 44 7700 900123", "+44 7700 900123")]      // North America's 011 still read
    public void International_prefixes_are_read_by_their_length(string written, string international) =>
        Assert.True(PhoneNormalizer.SameNumber(written, international));

    [Theory]
    [InlineData("810 555 0123")]    // Michigan's 810 area code
    [InlineData("010 6552 9988")]   // Beijing's 010
    public void Area_codes_that_look_like_prefixes_stay_national(string written) =>
        Assert.Equal(0, PhoneNormalizer.CountryCodeOf(written));

    [Theory]
    [InlineData("07700 900123 / 01632 960000", "01632 960000")]   // spaces around the slash: two numbers
    [InlineData("07700 900123/01632 960000", "01632 960000")]     // seven digits and more before it: two numbers
    [InlineData("07700 900123, 01632 960000", "01632 960000")]
    [InlineData("07700 900123\n01632 960000", "01632 960000")]    // two numbers on two lines
    [InlineData("07700 900123 - 01632 960000", "01632 960000")]   // round 57: a loose separator with a number on each side
    [InlineData("07700 900123  01632 960000", "01632 960000")]
    [InlineData("07700 900123,01632 960000", "01632 960000")]        // a bare comma with a whole number on each side
    [InlineData("07700 900123 oder 01632 960000", "01632 960000")]
    [InlineData("07700 900123 или 01632 960000", "01632 960000")]
    [InlineData("07700 900123\r\n01632 960000", "01632 960000")]
    public void A_field_with_two_numbers_gives_both(string field, string second)
    {
        var numbers = PhoneNormalizer.Numbers(field);
        Assert.Equal(2, numbers.Count);
        Assert.True(PhoneNormalizer.SameNumber(numbers[1], second));
    }

    [Theory]
    [InlineData("79123456789", "89123456780")]   // one digit off at the end: another number
    [InlineData("79123456789", "99123456789")]   // 9 is no trunk
    [InlineData("71234567890", "81234567890")]   // not a mobile (no 9 after the 7/8): not read as Russia's
    public void Russias_seven_and_eight_are_read_only_for_the_same_mobile(string a, string b) => Assert.False(PhoneNormalizer.SameNumber(a, b));

    [Theory]
    [InlineData("+52 1 55 1234 5678", "+52 55 1234 5678")]   // Mexico's mobiles dialled from abroad with a 1 until 2019
    [InlineData("+52 1 33 1234 5678", "33 1234 5678")]
    public void Mexicos_old_mobile_prefix_is_the_same_number(string old, string now)
    {
        Assert.Equal(PhoneNormalizer.Significant(now), PhoneNormalizer.Significant(old));
    }

    [Theory]
    [InlineData("5215512345678")]     // the old form with its '+' dropped by a spreadsheet
    [InlineData("521 55 1234 5678")]
    public void Mexicos_old_mobile_form_without_its_plus_is_the_same_number(string bare)
    {
        var a = PhoneNormalizer.Significant(bare, out var countryA, out _, out var nationalA)!;
        var b = PhoneNormalizer.Significant("+52 55 1234 5678", out var countryB, out _, out var nationalB)!;
        Assert.True(PhoneNormalizer.SameNumberWrittenTwoWays(a, countryA, nationalA, b, countryB, nationalB));
    }

    [Fact]
    public void A_ten_digit_Mexican_number_after_the_code_keeps_its_first_digit()
    {
        // +52 1.. with ten digits after the code is a number of its own (no old mobile prefix to drop).
        Assert.Equal("1234567890", PhoneNormalizer.Significant("+52 123 456 7890"));
    }

    [Theory]
    [InlineData("07700 900123 (dad)", true)]
    [InlineData("husband's 07700 900123", true)]
    [InlineData("07700 900123 (old)", true)]
    [InlineData("Home 07700 900123", true)]
    [InlineData("07700 900123 (on-call)", true)]
    [InlineData("0151 23456789 (Vater)", true)]      // any word that does not describe the person's own line, in any language
    [InlineData("06 12345678 (thuis)", true)]
    [InlineData("06 12 34 56 78 (père)", true)]
    [InlineData("0412 345 678 (spare)", true)]
    [InlineData("ICE 0412 345 678", true)]
    [InlineData("Handy: 0151 23456789", false)]
    [InlineData("Tél. 06 12 34 56 78", false)]
    [InlineData("Cell 0412 345 678", false)]
    [InlineData("07700 900333 (UK)", false)]         // round 32: words people write beside their own number
    [InlineData("07700 900333 (iPhone)", false)]
    [InlineData("HP: 9123 4567", false)]
    [InlineData("0151 23456789 (Diensthandy)", false)]
    [InlineData("030 1234567 Büro", true)]            // round 36: an office line is nobody's in particular
    [InlineData("07700 900101 (India)", true)]       // a country that is also a given name
    [InlineData("07700 900101 (w)", true)]           // after the number, (w) and (m) are as often wife and mother
    [InlineData("M: 07700 900101", false)]           // before it, M: is the mobile
    [InlineData("07700 900123 (mobile)", false)]
    [InlineData("M: 07700 900123", false)]
    [InlineData("+44 7700 900123 ext 12", false)]
    [InlineData("07700 900123", false)]
    public void A_label_that_makes_a_number_someone_elses_is_read(string field, bool anothers)
    {
        Assert.Equal(anothers, PhoneLabels.NotOwn(field));
        Assert.Equal(anothers ? 0 : 1, PhoneNormalizer.Numbers(field).Count);
    }

    [Theory]
    [InlineData("+44 7700 900123", 44)]
    [InlineData("0044 7700 900123", 44)]
    [InlineData("011 44 7700 900123", 44)]
    [InlineData("+1 (206) 555-0123", 1)]
    [InlineData("+44 (0)7700 900123", 44)]
    [InlineData("+353 1 555 0103", 353)]
    [InlineData("07700 900123", 0)]
    [InlineData("(206) 555-0123", 0)]
    [InlineData("1-206-555-0123", 0)]
    public void The_country_code_a_number_is_written_with_is_read(string number, int code)
    {
        Assert.Equal(code, PhoneNormalizer.CountryCodeOf(number));
    }

    [Theory]
    [InlineData("+1 206 555 0100 x214", 1214)]
    [InlineData("(206) 555-0100 ext. 214", 1214)]
    [InlineData("206-555-0100 Ext: 0214", 10214)]   // a leading zero is part of the extension
    [InlineData("+44 20 7946 0000,214", 1214)]      // dialled after a pause
    [InlineData("+44 20 7946 0000 #12", 112)]
    [InlineData("+1 206 555 0100", 0)]
    [InlineData("206 555 0100; 206 555 0199", 0)]    // the first of two numbers, not an extension
    [InlineData("07700 900123 (mobile)", 0)]
    public void The_extension_a_number_is_written_with_is_read_apart_from_the_number(string number, int extension)
    {
        Assert.Equal(extension, PhoneNormalizer.ExtensionOf(number));
    }

    [Theory]
    [InlineData("+44 7700 900123", "+1 770 090 0123", true)]  // the same national digits in two countries
    [InlineData("+49 30 5550123", "+33 30 5550123", true)]
    [InlineData("+44 7700 900123", "07700 900123", false)]    // one written nationally: the same number
    [InlineData("+44 7700 900123", "0044 7700 900123", false)]
    public void Numbers_under_two_written_country_codes_differ(string a, string b, bool differ)
    {
        Assert.Equal(differ, PhoneNormalizer.CountryCodesDiffer(a, b));
    }
}
