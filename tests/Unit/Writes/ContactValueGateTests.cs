using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Reporting;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 73c: New-PsaContact wrote "=cmd|' /C calc'!A0", "Bell\u0007" and "\u202EnnA" into the PSA as names, and addresses with
/// zero-width spaces in them. As the last gate before the PSA it refuses (QuickpassPsa.ContactValueInvalid, naming the field and the
/// character) a value that holds a control or format character other than ZWNJ and ZWJ, and a name that begins as a formula does;
/// the other rows are created. The accounts here are built directly, so they did not pass through the cleaning of accounts in.
/// </summary>
public class ContactValueGateTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public ContactValueGateTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private static Account[] Hostile() => new[]
    {
        WriteTenant.Account("Fred Formula", "formula@contoso.com", first: "=cmd|' /C calc'!A0", last: "Formula"),
        WriteTenant.Account("Bell Ringer", "bell.ringer@contoso.com", first: "Bell\u0007", last: "Ringer"),
        WriteTenant.Account("Yan Ray", "yan.ray@contoso.com", first: "Yan", last: "Ray"),
        WriteTenant.Account("John Smith", "john.smith@contoso.com", first: "John", last: "Smi\u200Bth"),
        WriteTenant.Account("Nina New", "nina.n\u200Bew@contoso.com", first: "Nina", last: "New"),
        WriteTenant.Account("Plus Cmd", "plus.cmd@contoso.com", first: "Plus", last: "+cmd"),
        WriteTenant.Account("Mel Mobile", "mel.mobile@contoso.com", mobile: "+1\u200B206 555 0177", first: "Mel", last: "Mobile"),
        WriteTenant.Account("Mehrdad Mirzaei", "mehrdad@contoso.com", first: "\u0645\u0647\u0631\u200C\u062F\u0627\u062F", last: "Mirzaei"), // ZWNJ: a Persian name
    };

    [Theory]
    [InlineData("ConnectWise", "email")]
    [InlineData("Autotask", "emailAddress")]
    public void A_formula_or_a_hidden_character_is_refused_naming_the_field_and_the_character_and_the_other_rows_are_created(string psa, string emailField)
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm:$false", Hostile().Cast<object>().ToArray());

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "yan.ray@contoso.com", "mehrdad@contoso.com" }, result.Objects<ContactMatch>().Select(m => m.Contact!.Emails[0]));
        Assert.Equal(2, _sim.Count("POST", "contacts"));
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", e.FullyQualifiedErrorId));
        Assert.All(result.Errors, e => Assert.Contains("nothing was sent", e.Exception.Message));
        var messages = result.Errors.Select(e => e.Exception.Message).ToArray();
        Assert.Equal(6, messages.Length);
        Assert.StartsWith("The firstName '=cmd|' /C calc'!A0' begins with '=', as a spreadsheet formula does", messages[0]);
        Assert.StartsWith("The firstName 'Bell<U+0007>' holds U+0007 (BELL), a control character, which no name holds", messages[1]);
        Assert.StartsWith("The lastName 'Smi<U+200B>th' holds U+200B (ZERO WIDTH SPACE), an invisible format character", messages[2]);
        Assert.StartsWith("The " + emailField + " 'nina.n<U+200B>ew@contoso.com' holds U+200B (ZERO WIDTH SPACE)", messages[3]);
        Assert.StartsWith("The lastName '+cmd' begins with '+'", messages[4]);
        Assert.Contains("<U+200B>206 555 0177' holds U+200B (ZERO WIDTH SPACE)", messages[5]);
        Assert.Equal("Bell Ringer", Assert.IsType<Account>(result.Errors[1].TargetObject).DisplayName);
        Assert.Contains("at the source", result.Errors[1].ErrorDetails!.RecommendedAction);
        Assert.DoesNotContain(result.Errors, e => e.Exception.Message.Contains('\u200B') || e.Exception.Message.Contains('\u0007'));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void WhatIf_refuses_what_the_real_run_refuses_and_sends_nothing(string psa)
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' -WhatIf", Hostile().Cast<object>().ToArray());

        Assert.Equal(6, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", e.FullyQualifiedErrorId));
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void A_leading_dash_stays_a_filler_on_ConnectWise_not_a_formula()
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(_sim.Connect("ConnectWise") + "$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm:$false",
            WriteTenant.Account("Selvam -", "selvam@contoso.com", first: "Selvam", last: "-"));

        Assert.Empty(result.Errors);
        var contact = Assert.Single(result.Objects<ContactMatch>()).Contact!;
        Assert.Equal(("Selvam", ""), (contact.FirstName, contact.LastName ?? ""));
    }

    [Fact]
    public void The_report_rule_says_no_to_the_same_values_with_or_without_the_PSAs_lengths()
    {
        var bell = WriteTenant.Account("Bell Ringer", "bell.ringer@contoso.com", first: "Bell\u0007", last: "Ringer");
        var formula = WriteTenant.Account("Fred Formula", "formula@contoso.com", first: "=cmd", last: "Formula");

        foreach (var limits in new[] { ContactFieldLimits.ConnectWise, null })
        {
            var no = Creatability.Of(bell, lastNameRequired: false, limits: limits);
            Assert.False(no.CanCreate);
            Assert.Contains("U+0007 (BELL)", no.Reason);
            Assert.False(Creatability.Of(formula, lastNameRequired: false, limits: limits).CanCreate);
        }
        Assert.True(Creatability.Of(WriteTenant.Account("Yan Ray", "yan.ray@contoso.com", first: "Yan", last: "Ray"), false).CanCreate);
    }

    [Fact]
    public void An_update_of_an_email_or_mobile_with_a_hidden_character_is_refused_by_the_same_rule()
    {
        var refused = ContactFieldLimits.ConnectWise.FirstInvalid(null, null, "ann.lee@contoso.com\u202E", null);

        Assert.NotNull(refused);
        Assert.Equal("email", refused!.Field);
        Assert.Contains("U+202E (RIGHT-TO-LEFT OVERRIDE)", refused.Text);
        Assert.Equal(refused.Hint, refused.UpdateHint);
        Assert.Null(ContactFieldLimits.ConnectWise.FirstInvalid("\u0645\u0647\u0631\u200C\u062F\u0627\u062F", "Mirzaei", "mehrdad@contoso.com", "+1 206 555 0100"));
    }

    // Round 74b: what the round 73c gate let through, read by code point. U+E0041 is TAG LATIN CAPITAL LETTER A, a surrogate pair.
    private static Account[] BeyondTheBmp() => new[]
    {
        // Half a character is refused as the account comes (the matcher of the existing-person check cannot read it): first.
        WriteTenant.Account("Lone Sur", "lone.sur@contoso.com", first: "Lone", last: "Sur" + (char)0xD800 + "X"),
        WriteTenant.Account("Zed Four", "zz4@contoso.com", mobile: "+1 206 555 2004", first: "Zed\U000E0041", last: "Four"),
        WriteTenant.Account("Zed Five", "zz5@contoso.com", mobile: "+1 206 555 2005\U000E0041", first: "Zed", last: "Five"),
        WriteTenant.Account("Zed Six", "zz6@contoso.com", mobile: "+1 206 555\u2028 2006", first: "Zed", last: "Six"),
        WriteTenant.Account("Tag Mail", "tag.mail\U000E0041@contoso.com", first: "Tag", last: "Mail"),
        WriteTenant.Account("Vs Sel", "vs.sel@contoso.com", first: "Vs", last: "Sel\uFE0F"),
        WriteTenant.Account("Oli F", "oli.f@contoso.com", first: "Oli", last: "Fffd\uFFFDX"),
        WriteTenant.Account("Sam Minus", "sam.minus@contoso.com", first: "Sam", last: "-2+3"),
        WriteTenant.Account("@Home, Ann", "p4@contoso.com"),
        WriteTenant.Account("Zed Ten", "zz10@contoso.com", mobile: "+1 206 555 2010", first: "Zed", last: "Ten"),
    };

    [Theory]
    [InlineData("ConnectWise", "email")]
    [InlineData("Autotask", "emailAddress")]
    public void A_format_character_outside_the_BMP_a_separator_a_variation_selector_half_a_character_U_FFFD_and_a_dash_formula_never_reach_the_PSA(string psa, string emailField)
    {
        using var ps = PowerShellHost.WithModule();

        var whatIf = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' -WhatIf", BeyondTheBmp().Cast<object>().ToArray());
        var result = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm:$false", BeyondTheBmp().Cast<object>().ToArray());

        Assert.Null(whatIf.TerminatingError);
        Assert.Equal(9, whatIf.Errors.Count);
        Assert.Equal("zz10@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Contact!.Emails[0]);
        Assert.Equal(1, _sim.Count("POST", "contacts"));
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", e.FullyQualifiedErrorId));
        var messages = result.Errors.Select(e => e.Exception.Message).ToArray();
        Assert.Equal(9, messages.Length);
        Assert.StartsWith("The lastName 'Sur<U+D800>X' holds U+D800, half of a character", messages[0]);
        Assert.StartsWith("The firstName 'Zed<U+E0041>' holds U+E0041 (TAG LATIN CAPITAL LETTER A), an invisible tag character", messages[1]);
        Assert.Contains("2005<U+E0041>' holds U+E0041", messages[2]);
        Assert.Contains("555<U+2028> 2006' holds U+2028 (LINE SEPARATOR), a line break", messages[3]);
        Assert.StartsWith("The " + emailField + " 'tag.mail<U+E0041>@contoso.com' holds U+E0041", messages[4]);
        Assert.StartsWith("The lastName 'Sel<U+FE0F>' holds U+FE0F (VARIATION SELECTOR-16)", messages[5]);
        Assert.StartsWith("The lastName 'Fffd<U+FFFD>X' holds U+FFFD (REPLACEMENT CHARACTER)", messages[6]);
        Assert.StartsWith("The lastName '-2+3' begins with '-2', as a spreadsheet formula does", messages[7]);
        Assert.StartsWith("The name '@Home, Ann' begins with '@', as a spreadsheet formula does", messages[8]);
        Assert.All(result.Errors.Select(e => e.ToString() + " " + e.ErrorDetails?.RecommendedAction), text =>
        {
            Assert.DoesNotContain((char)0xDB40, text);
            Assert.DoesNotContain((char)0xD800, text);
            Assert.DoesNotContain('\u2028', text);
            Assert.DoesNotContain('\uFE0F', text);
            Assert.DoesNotContain('\uFFFD', text);
        });
    }

    [Theory]
    [InlineData("ConnectWise", "+1 206 555 0188\U000E0041", "U+E0041 (TAG LATIN CAPITAL LETTER A)")]
    [InlineData("Autotask", "+1 206 555 0188\U000E0041", "U+E0041 (TAG LATIN CAPITAL LETTER A)")]
    [InlineData("ConnectWise", "+1 206 555\u2028 0177", "U+2028 (LINE SEPARATOR)")]
    [InlineData("Autotask", "+1 206 555\u2028 0177", "U+2028 (LINE SEPARATOR)")]
    public void Update_refuses_a_mobile_with_a_tag_character_or_a_line_separator_and_sends_nothing(string psa, string mobile, string named)
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Assert.Single(ps.Run(_sim.Connect(psa) + "Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com'").Objects<PsaContact>());
        var row = LinkedMatch.Create(WriteTenant.Account(natalie.DisplayName, "natalie.baker@contoso.com", mobile), natalie);
        row.Status = MatchStatus.Matched;
        _sim.Sim.Requests.Clear();

        var whatIf = ps.Run("$args | Update-PsaContact -WhatIf", row);
        var result = ps.Run("$args | Update-PsaContact -Confirm:$false", row);

        foreach (var error in new[] { Assert.Single(whatIf.Errors), Assert.Single(result.Errors) })
        {
            Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", error.FullyQualifiedErrorId);
            Assert.Contains("holds " + named, error.Exception.Message);
            Assert.DoesNotContain((char)0xDB40, error.Exception.Message);
            Assert.DoesNotContain('\u2028', error.Exception.Message);
        }
        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
    }
}
