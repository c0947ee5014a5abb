using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Reporting;
using QuickpassPsa.Tests.Writes;

namespace QuickpassPsa.Tests.Accounts;

/// <summary>
/// Round 74b's attack on the cleaning of accounts in (<see cref="AccountText"/>) and the value gate (<see cref="ContactFieldLimits"/>):
/// a tag character outside the BMP (U+E0041, two chars, neither of them a format character) passed both in an address, a mobile and
/// a name, and messages printed it raw; U+FE0F after a last name and U+2028 in a mobile reached the PSA; "SIP:", "x500:" and
/// "SMTP:smtp:" prefixes and a "?subject=" without mailto: were kept as addresses; U+FFFD in a name passed without a word; "-2+3",
/// Enabled 'N/A' beside userAccountControl 514, "514.0" and "@Home, Ann" were read as an admin would not.
/// </summary>
public class AccountTextRound74bTests
{
    private const string TagA = "\U000E0041";           // TAG LATIN CAPITAL LETTER A: "\uDB40\uDC41"
    private const string Vs16 = "\uFE0F";               // VARIATION SELECTOR-16
    private const string Vs17 = "\U000E0100";           // VARIATION SELECTOR-17, an ideographic variation selector

    private static AccountReadResult Build(params (string Name, object? Value)[] values) => AccountTextTests.Build(values);

    // 1. Read by code point.

    [Theory]
    [InlineData("tag.mail" + TagA + "@contoso.com", "tag.mail@contoso.com")]
    [InlineData("tia.gmail\U000E0020@contoso.com", "tia.gmail@contoso.com")]   // TAG SPACE
    [InlineData("ann" + Vs16 + "@contoso.com", "ann@contoso.com")]
    [InlineData("ann@contoso.com" + Vs17, "ann@contoso.com")]
    [InlineData("ls.mob@contoso.com\u2028", "ls.mob@contoso.com")]
    public void An_address_loses_format_characters_outside_the_BMP_and_variation_selectors(string value, string expected)
    {
        Assert.Equal(expected, AccountText.Address(value));
    }

    // Half a character cannot be theory data (xunit's serialisation turns it into U+FFFD), so these build their values.
    private static readonly string HighAlone = ((char)0xD800).ToString();
    private static readonly string LowAlone = ((char)0xDC41).ToString();

    [Fact]
    public void An_address_with_half_a_character_is_none_and_reading_it_does_not_throw()
    {
        foreach (var (value, shown) in new[] { ("ann" + HighAlone + "@contoso.com", "ann<U+D800>@contoso.com"), ("ann@contoso.com" + LowAlone, "ann@contoso.com<U+DC41>") })
        {
            Assert.Null(AccountText.Address(value));
            var result = Build(("DisplayName", "Ann Lee"), ("Mail", value));
            Assert.Null(result.Account!.Email);
            Assert.Equal("test, row 1: Email value '" + shown + "' is not an email address and was ignored.", Assert.Single(result.Warnings));
        }
    }

    [Fact]
    public void The_builder_takes_the_email_and_the_Id_without_the_tag_character_and_the_mobile_without_it()
    {
        var account = Build(("GivenName", "Tag"), ("Surname", "Mail"), ("Mail", "tag.mail" + TagA + "@contoso.com"), ("Mobile", "+1 206 555 3001" + TagA)).Account!;

        Assert.Equal(("tag.mail@contoso.com", "tag.mail@contoso.com", "+1 206 555 3001"), (account.Email, account.Id, account.MobilePhone));
    }

    [Theory]
    [InlineData("+1 206 555 3001" + TagA, "+1 206 555 3001")]
    [InlineData("+1 206" + Vs16 + " 555 3004", "+1 206 555 3004")]
    [InlineData("+1 206 555\u2028 1015", "+1 206 555 1015")]                // 2. a line separator is a space, as in a name
    [InlineData("+1 206 555\u2029 3003", "+1 206 555 3003")]
    [InlineData("+1 206 555\u20281015", "+1 206 555 1015")]
    [InlineData("+1 206 555 2002\t", "+1 206 555 2002")]
    public void A_mobile_loses_what_is_no_part_of_a_number_read_by_code_point(string value, string expected)
    {
        Assert.Equal(expected, AccountText.Mobile(value));
        Assert.Equal(expected, Build(("Mail", "m@contoso.com"), ("Mobile", value)).Account!.MobilePhone);
    }

    [Fact]
    public void Half_a_character_comes_in_as_U_FFFD_without_throwing_so_the_matcher_can_read_it_and_the_gate_refuses_it()
    {
        var result = Build(("GivenName", "Lone"), ("Surname", "Sur" + HighAlone + "X"), ("Mail", "lone.sur@contoso.com"), ("Mobile", "+\uFF11 206 555 0100" + LowAlone),
            ("UserPrincipalName", "lone" + HighAlone + "@contoso.com"));

        var account = result.Account!;
        Assert.Equal(("Sur\uFFFDX", "+1 206 555 0100\uFFFD", "lone\uFFFD@contoso.com"), (account.LastName, account.MobilePhone, account.UserPrincipalName));
        Assert.Equal(0xFFFD, AccountText.Unwritable(account.LastName));
        Assert.Equal(0xFFFD, AccountText.Unwritable(account.MobilePhone));
        Assert.Contains("the name 'Sur<U+FFFD>X' holds U+FFFD (REPLACEMENT CHARACTER) where letters were", Assert.Single(result.Warnings));
        Assert.False(AccountText.HoldsHalfCharacter(account.LastName!));
    }

    [Theory]
    [InlineData("Tag" + TagA, 0xE0041)]
    [InlineData("Sel" + Vs16, 0xFE0F)]
    [InlineData("\u845B" + Vs17, 0xE0100)]
    [InlineData("+1 206 555\u2028 0177", 0x2028)]
    [InlineData("Para\u2029", 0x2029)]
    [InlineData("Jos\uFFFD", 0xFFFD)]
    public void The_gate_names_a_code_point_outside_the_BMP_a_variation_selector_a_separator_and_U_FFFD(string value, int expected)
    {
        Assert.Equal(expected, AccountText.Unwritable(value));
    }

    [Fact]
    public void The_gate_names_half_a_character()
    {
        Assert.Equal(0xD800, AccountText.Unwritable("Sur" + HighAlone + "X"));
        Assert.Equal(0xDC41, AccountText.Unwritable("Sur" + LowAlone));
    }

    [Theory]
    [InlineData("Ann \U0001F600")]           // an emoji: a surrogate pair, no format character
    [InlineData("\U00020B9F\u5C71")]        // a CJK extension B ideograph
    [InlineData("\u0645\u06CC\u200C\u0631")] // ZWNJ still passes
    public void Letters_and_symbols_outside_the_BMP_pass_the_gate(string value)
    {
        Assert.Null(AccountText.Unwritable(value));
    }

    [Fact]
    public void A_name_keeps_a_tag_character_and_a_variation_selector_for_the_gate_to_refuse()
    {
        var account = Build(("GivenName", "Vs"), ("Surname", "Sel" + Vs16), ("Mail", "vs.sel@contoso.com")).Account!;

        Assert.Equal("Sel" + Vs16, account.LastName);
    }

    [Fact]
    public void Messages_show_each_such_character_as_its_code_point_never_raw()
    {
        Assert.Equal("Tag<U+E0041>", AccountText.Shown("Tag" + TagA));
        Assert.Equal("Sel<U+FE0F>", AccountText.Shown("Sel" + Vs16));
        Assert.Equal("Sur<U+D800>X", AccountText.Shown("Sur" + HighAlone + "X"));
        Assert.Equal("555<U+2028> 0177", AccountText.Shown("555\u2028 0177"));
        Assert.Equal("Jos<U+FFFD>", AccountText.Shown("Jos\uFFFD"));
        Assert.Equal("Ann \U0001F600", AccountText.Shown("Ann \U0001F600"));
        Assert.Equal("U+E0041 (TAG LATIN CAPITAL LETTER A), an invisible tag character", AccountText.Describe(0xE0041));
        Assert.Equal("U+FE0F (VARIATION SELECTOR-16), an invisible variation selector", AccountText.Describe(0xFE0F));
        Assert.Equal("U+E0100 (VARIATION SELECTOR-17), an invisible variation selector", AccountText.Describe(0xE0100));
        Assert.Equal("U+2028 (LINE SEPARATOR), a line break", AccountText.Describe(0x2028));
        Assert.StartsWith("U+D800, half of a character", AccountText.Describe(0xD800));
        Assert.StartsWith("U+FFFD (REPLACEMENT CHARACTER), the mark a program puts where it could not read a letter", AccountText.Describe(0xFFFD));
    }

    [Theory]
    [InlineData("firstName", "Zed" + TagA, null, null, "The firstName 'Zed<U+E0041>' holds U+E0041 (TAG LATIN CAPITAL LETTER A), an invisible tag character, which no name holds")]
    [InlineData("lastName", null, "Sel" + Vs16, null, "The lastName 'Sel<U+FE0F>' holds U+FE0F (VARIATION SELECTOR-16)")]
    [InlineData("email", null, null, "zz4" + TagA + "@contoso.com", "The email 'zz4<U+E0041>@contoso.com' holds U+E0041")]
    public void The_gate_refuses_them_naming_the_field_and_the_code_point(string field, string? first, string? last, string? email, string expected)
    {
        var refused = ContactFieldLimits.ConnectWise.FirstInvalid(first ?? "Zed", last ?? "Four", email ?? "zz4@contoso.com", "+1 206 555 2004");

        Assert.NotNull(refused);
        Assert.Equal(field, refused!.Field);
        Assert.StartsWith(expected, refused.Text);
        Assert.DoesNotContain('\uDB40', refused.Text);
        Assert.DoesNotContain('\uFE0F', refused.Text);
    }

    [Fact]
    public void The_gate_refuses_half_a_character_naming_it()
    {
        var refused = ContactFieldLimits.ConnectWise.FirstInvalid("Lone", "Sur" + HighAlone + "X", "lone.sur@contoso.com", null)!;

        Assert.Equal("lastName", refused.Field);
        Assert.StartsWith("The lastName 'Sur<U+D800>X' holds U+D800, half of a character", refused.Text);
        Assert.DoesNotContain((char)0xD800, refused.Text);
    }

    [Theory] // 2. what is left of a U+2028 or U+2029 in any value (an Account edited in a script) is refused
    [InlineData(null, "ls.mob@contoso.com\u2028x", null, "email")]
    [InlineData(null, null, "+1 206 555\u2028 2006", "mobile")]
    [InlineData("Gus\u2029Line", null, null, "firstName")]
    public void The_gate_refuses_a_line_or_paragraph_separator_in_any_value(string? first, string? email, string? mobile, string field)
    {
        var refused = ContactFieldLimits.ConnectWise.FirstInvalid(first ?? "Gus", "Line", email ?? "gus@contoso.com", mobile ?? "+1 206 555 1009");

        Assert.Equal(field, refused!.Field);
        Assert.Contains("(LINE SEPARATOR), a line break", refused.Text.Replace("PARAGRAPH", "LINE"));
    }

    // 3. Address types that are no email address, and a query without mailto:.

    [Theory]
    [InlineData("SIP:sip.user@contoso.com")]
    [InlineData("sip:ann@contoso.com")]
    [InlineData("x500:xf@contoso.com")]
    [InlineData("X400:ann@contoso.com")]
    [InlineData("EUM:ann@contoso.com")]
    [InlineData("SMTP:smtp:x@contoso.com")]
    [InlineData("smtp:SIP:x@contoso.com")]
    public void An_address_of_another_type_or_with_two_types_is_none(string value)
    {
        Assert.Null(AccountText.Address(value));
    }

    [Theory]
    [InlineData("qs.user@contoso.com?subject=hi", "qs.user@contoso.com")]
    [InlineData("mailto:x@contoso.com?subject=hi", "x@contoso.com")]
    [InlineData("SMTP:ann@contoso.com?subject=Hi&body=x", "ann@contoso.com")]
    [InlineData("ann?x@contoso.com", "ann?x@contoso.com")]   // a '?' before the '@' is a character of the local part
    [InlineData("smtp:x@contoso.com", "x@contoso.com")]
    public void A_query_after_the_domain_goes_without_mailto_too(string value, string expected)
    {
        Assert.Equal(expected, AccountText.Address(value));
    }

    [Theory]
    [InlineData("SIP:sip.user@contoso.com")]
    [InlineData("x500:xf@contoso.com")]
    [InlineData("SMTP:smtp:x@contoso.com")]
    public void A_Mail_value_of_another_type_is_ignored_with_the_warning(string mail)
    {
        var result = Build(("GivenName", "Sip"), ("Surname", "User"), ("Mail", mail));

        Assert.Null(result.Account!.Email);
        Assert.Equal("test, row 1: Email value '" + mail + "' is not an email address and was ignored.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_proxy_address_with_two_types_is_dropped()
    {
        var proxies = ProxyAddress.ParseMany(new[] { "SMTP:ann@contoso.com;smtp:smtp:x@contoso.com;SIP:ann@contoso.com;smtp:old@contoso.com" });

        Assert.Equal(new[] { "SMTP:ann@contoso.com", "smtp:old@contoso.com" }, proxies.Select(p => p.ToString()));
    }

    // 4. U+FFFD in a name.

    [Fact]
    public void A_replacement_character_in_a_name_is_the_lost_letters_warning()
    {
        var result = Build(("GivenName", "Jos\uFFFD"), ("Surname", "\uFFFDahin"), ("Mail", "rf.damage@contoso.com"));

        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("test, row 1: the name 'Jos<U+FFFD>' holds U+FFFD (REPLACEMENT CHARACTER) where letters were", warning);
        Assert.Contains("Export-Csv -Encoding UTF8", warning);
        Assert.DoesNotContain('\uFFFD', warning);
    }

    [Fact]
    public void The_gate_and_the_reports_can_be_created_refuse_a_replacement_character_naming_the_field()
    {
        var account = WriteTenant.Account("Oli F", "oli.f@contoso.com", first: "Oli", last: "Fffd\uFFFDX");

        var refused = ContactFieldLimits.ConnectWise.FirstInvalid(account.FirstName, account.LastName, account.Email, null)!;
        Assert.Equal("lastName", refused.Field);
        Assert.StartsWith("The lastName 'Fffd<U+FFFD>X' holds U+FFFD (REPLACEMENT CHARACTER)", refused.Text);
        Assert.Contains("UTF-8", refused.Hint);
        var report = Creatability.Of(account, lastNameRequired: false);
        Assert.False(report.CanCreate);
        Assert.Contains("The lastName 'Fffd<U+FFFD>X'", report.Reason);
    }

    // 5. Smaller things an admin expects.

    [Fact]
    public void An_account_a_contact_and_a_company_quote_themselves_with_hidden_characters_as_code_points()
    {
        // Every message names the account by ToString (ContactMayExist, AccountHasNoEmail, ...): an escape sequence or a
        // right-to-left override written into a name by hand or by a script would act on the screen from the error's text.
        var account = new Account { DisplayName = "Ann\u001B[31m Lee\u202E", Email = "ann@contoso.com" };
        var contact = new PsaContact { Id = "7", FirstName = "Bo\u0007", LastName = "Ek" };
        var company = new PsaCompany { Id = "3", Name = "Contoso\u200B Ltd" };

        Assert.Equal("Ann<U+001B>[31m Lee<U+202E> <ann@contoso.com>", account.ToString());
        Assert.Contains("Bo<U+0007>", contact.ToString());
        Assert.Equal("Contoso<U+200B> Ltd [3]", company.ToString());
        Assert.Equal("Ann Lee <ann@contoso.com>", new Account { DisplayName = "Ann Lee", Email = "ann@contoso.com" }.ToString());
    }

    [Theory]
    [InlineData("-2+3", "-2")]
    [InlineData("-=1+1", "-=")]
    [InlineData("-+1", "-+")]
    [InlineData("-@SUM(A1)", "-@")]
    [InlineData("-(1)", "-(")]
    [InlineData(" -1", "-1")]
    [InlineData("-", null)]
    [InlineData("-Fay", null)]
    [InlineData("- Fay", null)]
    [InlineData("\uFF1D1+1", "\uFF1D")]          // full-width ＝, as an input method types it
    [InlineData("\u3000\uFF0BSUM(1)", "\uFF0B")]  // after an ideographic space
    [InlineData("\uFF20Home", "\uFF20")]
    [InlineData("\uFF0D\uFF12", "\uFF0D\uFF12")]  // full-width minus and digit
    [InlineData("\u2212(1)", "\u2212(")]
    [InlineData("\uFE66A1", "\uFE66")]
    [InlineData("\uFF21nn", null)]                // a full-width letter is a letter
    [InlineData("\u207C1+1", "\u207C")]           // superscript ⁼ (round 76a)
    [InlineData("\u208A1", "\u208A")]             // subscript ₊
    [InlineData("\uFB291", "\uFB29")]             // Hebrew alternative plus
    [InlineData("\u00C9mile", null)]              // a letter with a mark folds to no sign
    public void A_dash_before_a_digit_or_a_formula_sign_begins_a_formula_and_a_dash_alone_is_a_filler(string name, string? expected)
    {
        Assert.Equal(expected, AccountText.FormulaStart(name));
    }

    [Fact]
    public void The_gate_refuses_a_dash_formula_in_a_last_name()
    {
        var refused = ContactFieldLimits.ConnectWise.FirstInvalid("Sam", "-2+3", "sam.minus@contoso.com", null)!;

        Assert.Equal("lastName", refused.Field);
        Assert.StartsWith("The lastName '-2+3' begins with '-2', as a spreadsheet formula does", refused.Text);
    }

    [Theory]
    [InlineData("@Home, Ann", "@")]
    [InlineData("=Ann Lee", "=")]
    [InlineData("-1 Ann", "-1")]
    public void A_display_name_the_names_are_read_from_that_begins_as_a_formula_is_the_formula_refusal(string display, string sign)
    {
        var account = WriteTenant.Account(display, "p4@contoso.com");

        foreach (var lastNameRequired in new[] { false, true })
        {
            var report = Creatability.Of(account, lastNameRequired);
            Assert.False(report.CanCreate);
            Assert.StartsWith("The name '" + display + "' begins with '" + sign + "', as a spreadsheet formula does", report.Reason);
        }
        // With a first and last name of its own, the display name is not what is sent.
        Assert.Null(ContactFieldLimits.ConnectWise.FormulaDisplayName(WriteTenant.Account(display, "p4@contoso.com", first: "Ann", last: "Home")));
    }

    [Theory]
    [InlineData("N/A", "514", false, "Enabled value 'N/A' is not true/false; userAccountControl 514 was read instead, so the account is taken as disabled.")]
    [InlineData("maybe", "512", true, "Enabled value 'maybe' is not true/false; userAccountControl 512 was read instead, so the account is taken as enabled.")]
    public void An_Enabled_value_that_cannot_be_read_falls_back_to_userAccountControl_with_the_warning(string enabled, string control, bool expected, string warning)
    {
        var result = Build(("Mail", "e6@contoso.com"), ("Enabled", enabled), ("userAccountControl", control));

        Assert.Equal(expected, result.Account!.Enabled);
        Assert.Equal("test, row 1: " + warning, Assert.Single(result.Warnings));
    }

    [Fact]
    public void An_Enabled_value_that_cannot_be_read_with_nothing_else_is_still_taken_as_enabled_with_the_warning()
    {
        var result = Build(("Mail", "e7@contoso.com"), ("Enabled", "N/A"));

        Assert.True(result.Account!.Enabled);
        Assert.Equal("test, row 1: Enabled value 'N/A' is not true/false; the account is taken as enabled.", Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("514.0", false)]
    [InlineData("\uFF15\uFF11\uFF14", false)]   // full-width 514
    [InlineData(" 514 ", false)]
    [InlineData("66050.0", false)]
    [InlineData("512.0", true)]
    [InlineData("\uFF15\uFF11\uFF12", true)]
    public void A_userAccountControl_written_as_a_decimal_or_in_full_width_digits_is_read_as_the_number(string control, bool enabled)
    {
        var result = Build(("Mail", "u10@contoso.com"), ("userAccountControl", control));

        Assert.Equal(enabled, result.Account!.Enabled);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("514.5")]
    [InlineData("514;512")]
    public void A_userAccountControl_that_is_no_whole_number_is_still_the_warning(string control)
    {
        Assert.Contains("is not a number", Assert.Single(Build(("Mail", "u@contoso.com"), ("userAccountControl", control)).Warnings));
    }
}
