using System.Linq;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

public class AccountBuilderTests
{
    private static AccountRecord Record(params (string Name, object? Value)[] values)
    {
        var record = new AccountRecord("test, row 1", 1);
        foreach (var (name, value) in values) record.Add(name, value);
        return record;
    }

    [Theory] // round 36: UTF-8 read back as Windows-1252 before the export reached us
    [InlineData("J\u00C3\u00BCrgen", "M\u00C3\u00BCller", "J\u00FCrgen", "M\u00FCller")]                 // JÃ¼rgen MÃ¼ller
    [InlineData("Jos\u00C3\u00A9", "\u00C5\u017Eahin", "Jos\u00E9", "\u015Eahin")]                        // JosÃ© Åžahin (ž is 0x9E)
    [InlineData("J\u00C3\u0192\u00C2\u00BCrgen", "Weber", "J\u00FCrgen", "Weber")]                        // round 37: garbled twice
    [InlineData("\u00C3\u0081gnes", "Kov\u00C3\u00A1cs", "\u00C1gnes", "Kov\u00E1cs")]                   // Á is C3 81, 0x81 left as a control
    public void A_name_written_as_UTF8_and_read_as_Windows_1252_is_put_back_with_a_warning(string first, string last, string wantFirst, string wantLast)
    {
        var result = AccountBuilder.Build(Record(("GivenName", first), ("Surname", last), ("Mail", "x@contoso.com")), AccountSource.CsvFile);

        Assert.Equal((wantFirst, wantLast), (result!.Account!.FirstName, result.Account.LastName));
        Assert.Equal(wantFirst + " " + wantLast, result.Account.DisplayName);
        Assert.Contains("read as Windows-1252", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_display_name_garbled_in_one_word_only_is_put_back_word_by_word()
    {
        var result = AccountBuilder.Build(Record(("DisplayName", "J\u00C3\u00BCrgen M\u00FCller"), ("GivenName", "J\u00FCrgen"), ("Surname", "M\u00FCller"), ("Mail", "x@contoso.com")), AccountSource.CsvFile);

        Assert.Equal("J\u00FCrgen M\u00FCller", result!.Account!.DisplayName);
        Assert.Single(result.Warnings);
    }

    [Theory]
    [InlineData("JO\u00C3O", "Silva")]      // JOÃO: a real Ã
    [InlineData("Jan", "L\u00CD\u0160KA")]      // round 37: LÍŠKA is valid UTF-8 taken as Windows-1252 (U+034A), and a real name
    [InlineData("Mart", "T\u00D5\u0160")]        // TÕŠ (an Armenian letter that way)
    [InlineData("REN\u00C9\u2013PAUL", "Roux")] // RENÉ–PAUL with an en dash
    [InlineData("JAN", "K\u00C9\u017D")]         // round 38: KÉŽ would read as KɎ
    [InlineData("J\u00FCrgen", "M\u00FCller")]
    [InlineData("Ren\u00E9e", "Young")]
    public void Real_names_with_letters_beyond_ASCII_are_left_as_they_are(string first, string last)
    {
        var result = AccountBuilder.Build(Record(("GivenName", first), ("Surname", last), ("Mail", "x@contoso.com")), AccountSource.CsvFile);

        Assert.Equal((first, last), (result!.Account!.FirstName, result.Account.LastName));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_question_mark_where_a_letter_was_is_warned_about()
    {
        // Windows PowerShell 5.1's Export-Csv without -Encoding: José Şahin becomes "Jos? ?ahin".
        var result = AccountBuilder.Build(Record(("GivenName", "Jos?"), ("Surname", "?ahin"), ("Mail", "x@contoso.com")), AccountSource.CsvFile);

        Assert.Contains("-Encoding UTF8", Assert.Single(result!.Warnings));
    }

    [Fact]
    public void Builds_every_field_from_its_columns()
    {
        var result = AccountBuilder.Build(Record(
            ("ObjectGUID", "6f1c"), ("Customer", "Contoso"), ("DisplayName", " Ann Lee "), ("GivenName", "Ann"), ("Surname", "Lee"),
            ("Mail", "ann.lee@contoso.com"), ("UserPrincipalName", "alee@contoso.com"),
            ("ProxyAddresses", "SMTP:ann.lee@contoso.com;smtp:alee@contoso.onmicrosoft.com"), ("Mobile", "+1 555 0100"), ("Enabled", "False")),
            AccountSource.CsvFile);

        var account = result!.Account!;
        Assert.Equal("6f1c", account.Id);
        Assert.Equal("Contoso", account.Customer);
        Assert.Equal("Ann Lee", account.DisplayName);
        Assert.Equal("Ann", account.FirstName);
        Assert.Equal("Lee", account.LastName);
        Assert.Equal("ann.lee@contoso.com", account.Email);
        Assert.Equal("alee@contoso.com", account.UserPrincipalName);
        Assert.Equal(new[] { "SMTP:ann.lee@contoso.com", "smtp:alee@contoso.onmicrosoft.com" }, account.ProxyAddresses.Select(p => p.ToString()));
        Assert.Equal("+1 555 0100", account.MobilePhone);
        Assert.False(account.Enabled);
        Assert.Equal(AccountSource.CsvFile, account.Source);
        Assert.Equal("test, row 1", account.Origin);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_preferred_non_empty_column_wins()
    {
        var account = AccountBuilder.Build(Record(("Name", "Lee, Ann"), ("DisplayName", "Ann Lee"), ("Email", ""), ("Mail", "ann@contoso.com")), AccountSource.CsvFile)!.Account!;

        Assert.Equal("Ann Lee", account.DisplayName);
        Assert.Equal("ann@contoso.com", account.Email);
    }

    [Fact]
    public void Email_falls_back_to_the_primary_proxy_address_and_id_to_the_upn_then_email()
    {
        var account = AccountBuilder.Build(Record(("ProxyAddresses", new[] { "smtp:b@contoso.com", "SMTP:a@contoso.com" })), AccountSource.EntraId)!.Account!;
        Assert.Equal("a@contoso.com", account.Email);
        Assert.Equal("a@contoso.com", account.Id);

        var withUpn = AccountBuilder.Build(Record(("UPN", "u@contoso.com"), ("Email", "e@contoso.com")), AccountSource.CsvFile)!.Account!;
        Assert.Equal("u@contoso.com", withUpn.Id);
    }

    [Fact]
    public void Display_name_is_made_from_first_and_last_when_missing()
    {
        var account = AccountBuilder.Build(Record(("FirstName", "Zoë"), ("LastName", "Łukasz")), AccountSource.CsvFile)!.Account!;
        Assert.Equal("Zoë Łukasz", account.DisplayName);
    }

    [Fact]
    public void A_record_with_neither_address_nor_name_is_an_error_that_names_it()
    {
        var result = AccountBuilder.Build(Record(("Id", "42"), ("Mobile", "555"), ("Email", "")), AccountSource.CsvFile)!;

        Assert.Null(result.Account);
        Assert.Equal(AccountRecordErrorKind.MissingIdentity, result.Error!.Kind);
        Assert.Contains("test, row 1", result.Error.Message);
        Assert.Equal("42", result.Error.Values["Id"]);
    }

    [Fact]
    public void A_wholly_empty_record_is_skipped_quietly()
    {
        Assert.Null(AccountBuilder.Build(Record(("Email", ""), ("DisplayName", "  "), ("Notes", null)), AccountSource.CsvFile));
    }

    [Fact]
    public void A_record_with_only_unknown_properties_says_what_it_expected()
    {
        var result = AccountBuilder.Build(Record(("Length", "12")), AccountSource.PipelineObject)!;

        Assert.Equal(AccountRecordErrorKind.NoRecognisedFields, result.Error!.Kind);
        Assert.Contains("Length", result.Error.Message);
        Assert.Contains("UserPrincipalName", result.Error.Message);
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("Disabled", false)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    public void Enabled_accepts_the_usual_spellings(string text, bool expected)
    {
        Assert.Equal(expected, AccountBuilder.Build(Record(("Email", "a@b.com"), ("Enabled", text)), AccountSource.CsvFile)!.Account!.Enabled);
    }

    [Fact]
    public void Enabled_true_as_a_boolean_and_nonsense_gives_a_warning()
    {
        Assert.False(AccountBuilder.Build(Record(("Email", "a@b.com"), ("AccountEnabled", false)), AccountSource.EntraId)!.Account!.Enabled);

        var result = AccountBuilder.Build(Record(("Email", "a@b.com"), ("Enabled", "maybe")), AccountSource.CsvFile)!;
        Assert.True(result.Account!.Enabled);
        Assert.Contains(result.Warnings, w => w.Contains("maybe"));
    }

    [Fact]
    public void A_value_that_is_not_an_email_is_dropped_with_a_warning()
    {
        var result = AccountBuilder.Build(Record(("Email", "n/a"), ("DisplayName", "Ann Lee")), AccountSource.CsvFile)!;

        Assert.Null(result.Account!.Email);
        Assert.Contains(result.Warnings, w => w.Contains("'n/a'"));
    }

    [Fact]
    public void Customer_option_fills_missing_customers_and_leaves_out_other_customers()
    {
        var options = new AccountReadOptions { Customer = "Contoso" };

        Assert.Equal("Contoso", AccountBuilder.Build(Record(("Email", "a@b.com")), AccountSource.CsvFile, options)!.Account!.Customer);
        Assert.Equal("contoso", AccountBuilder.Build(Record(("Email", "a@b.com"), ("Customer", "contoso")), AccountSource.CsvFile, options)!.Account!.Customer);
        Assert.Null(AccountBuilder.Build(Record(("Email", "a@b.com"), ("Customer", "Fabrikam")), AccountSource.CsvFile, options));
    }

    [Fact]
    public void Without_SkipBlankRecords_a_blank_or_empty_record_is_an_error_not_skipped()
    {
        var options = new AccountReadOptions { SkipBlankRecords = false };

        var blank = AccountBuilder.Build(Record(("Email", ""), ("DisplayName", null)), AccountSource.PipelineObject, options)!;
        Assert.Equal(AccountRecordErrorKind.MissingIdentity, blank.Error!.Kind);

        var empty = AccountBuilder.Build(Record(), AccountSource.PipelineObject, options)!;
        Assert.Equal(AccountRecordErrorKind.NoRecognisedFields, empty.Error!.Kind);
        Assert.Contains("has no properties at all", empty.Error.Message);
    }

    [Fact]
    public void Copy_shares_nothing_mutable_with_the_original()
    {
        var original = AccountBuilder.Build(Record(("ProxyAddresses", "SMTP:a@contoso.com")), AccountSource.CsvFile)!.Account!;

        var copy = original.Copy();
        copy.Customer = "Contoso";

        Assert.Null(original.Customer);
        Assert.Equal(original.Email, copy.Email);
        Assert.NotSame(original.ProxyAddresses, copy.ProxyAddresses);
        Assert.Equal(original.ProxyAddresses, copy.ProxyAddresses);
    }
}
