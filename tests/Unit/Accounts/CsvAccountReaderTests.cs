using System.IO;
using System.Linq;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

public class CsvAccountReaderTests
{
    private static AccountReadResult[] Read(string csv, AccountReadOptions? options = null) =>
        CsvAccountReader.Read(new StringReader(csv), "users.csv", options).ToArray();

    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var results = Read(
            "Display Name,Email,Mobile\r\n" +
            "\"Lee, Ann\",ann@contoso.com,555-0100\r\n" +
            "\"Bob \"\"Bobby\"\" Ray\",bob@contoso.com,\r\n" +
            "\"Carol\nSecond Line\",carol@contoso.com,555-0102\r\n");

        var accounts = results.Select(r => r.Account!).ToArray();
        // The quoted line break is read as part of the value; a name keeps no line break (round 73c): it is a space there.
        Assert.Equal(new[] { "Lee, Ann", "Bob \"Bobby\" Ray", "Carol Second Line" }, accounts.Select(a => a.DisplayName));
        Assert.Equal(new[] { "ann@contoso.com", "bob@contoso.com", "carol@contoso.com" }, accounts.Select(a => a.Email));
        Assert.Null(accounts[1].MobilePhone);
        Assert.Equal("users.csv, row 3 (line 4)", accounts[2].Origin);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void Detects_the_delimiter(char delimiter)
    {
        var d = delimiter.ToString();
        var results = Read("FirstName" + d + "LastName" + d + "Email\n" + "Ann" + d + "Lee" + d + "ann@contoso.com\n" + "Bo" + d + "Ek" + d + "bo@contoso.com\n");

        Assert.Equal(new[] { "Ann Lee", "Bo Ek" }, results.Select(r => r.Account!.DisplayName));
    }

    [Fact]
    public void Reads_the_user_export_of_the_Microsoft_365_admin_center()
    {
        // Its column names, and its proxy addresses joined with '+'; it has no Mail column.
        var results = Read(
            "Block credential,City,Display name,First name,Last name,Mobile Phone,Object Id,Phone number,Proxy addresses,User principal name\r\n" +
            "False,Leeds,Ann Lee,Ann,Lee,+44 7700 900123,5b1c7e0a-1f0e-4d8e-9a51-0c3f2d8f6a11,,SMTP:ann.lee@contoso.com+smtp:ann@contoso.onmicrosoft.com+SIP:ann.lee@contoso.com,ann@contoso.onmicrosoft.com\r\n");

        var account = Assert.Single(results).Account!;
        Assert.Equal(("Ann", "Lee", "Ann Lee"), (account.FirstName, account.LastName, account.DisplayName));
        Assert.Equal("+44 7700 900123", account.MobilePhone);
        Assert.Equal("ann@contoso.onmicrosoft.com", account.UserPrincipalName);
        Assert.Equal(new[] { "SMTP:ann.lee@contoso.com", "smtp:ann@contoso.onmicrosoft.com" }, account.ProxyAddresses.Select(p => p.ToString()));
    }

    [Fact]
    public void In_the_Microsoft_365_export_Block_credential_disables_and_the_office_phone_is_never_the_mobile()
    {
        var results = Read(
            "Block credential,Display name,First name,Last name,Mobile Phone,Phone number,User principal name\r\n" +
            "False,Ann Lee,Ann,Lee,,+1 425 555 0100,ann@contoso.com\r\n" +
            "True,Bob Leaver,Bob,Leaver,+1 206 555 0199,,bob@contoso.com\r\n");

        var accounts = results.Select(r => r.Account!).ToArray();
        Assert.Equal(new[] { true, false }, accounts.Select(a => a.Enabled));
        Assert.Null(accounts[0].MobilePhone);                 // the switchboard in "Phone number" is not her mobile
        Assert.Equal("+1 206 555 0199", accounts[1].MobilePhone);
        Assert.Empty(results.SelectMany(r => r.Warnings));   // nothing to choose between, so nothing to warn about
    }

    [Fact]
    public void A_phone_number_column_is_the_mobile_when_the_file_has_no_mobile_column()
    {
        var results = Read("Email,Phone Number\r\nann@contoso.com,+1 425 555 0100\r\n");

        Assert.Equal("+1 425 555 0100", Assert.Single(results).Account!.MobilePhone);
    }

    [Fact]
    public void An_Enabled_column_wins_over_a_sign_in_blocked_column()
    {
        var results = Read("Email,Enabled,BlockSignIn\r\nann@contoso.com,True,True\r\nbo@contoso.com,,True\r\n");

        Assert.Equal(new[] { true, false }, results.Select(r => r.Account!.Enabled));
    }

    [Fact]
    public void An_Email_cell_with_two_addresses_gives_the_first_as_the_email_and_the_other_as_an_alias_with_a_warning()
    {
        var result = Assert.Single(Read("Display Name,Mail\r\nNina Roth,nina.roth@contoso.com; nroth@contoso.com\r\n"));

        Assert.Equal("nina.roth@contoso.com", result.Account!.Email);
        Assert.Equal(new[] { "smtp:nroth@contoso.com" }, result.Account.ProxyAddresses.Select(p => p.ToString()));
        Assert.Contains("holds 2 addresses", Assert.Single(result.Warnings));
    }

    [Fact]
    public void An_Email_with_a_space_inside_is_no_address()
    {
        var result = Assert.Single(Read("Display Name,Mail\r\nNina Roth,nina roth@contoso.com\r\n"));

        Assert.Null(result.Account!.Email);
        Assert.Contains("is not an email address", Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("1.42556E+10", "scientific notation")]
    [InlineData("4,25E+10", "scientific notation")]
    [InlineData("0", "too few digits")]
    [InlineData("555-01", "too few digits")]
    [InlineData("N/A", null)]
    [InlineData("-", null)]
    public void A_mobile_that_cannot_be_a_phone_number_is_left_empty(string mobile, string? warning)
    {
        var result = Assert.Single(Read("Email;Mobile\r\nraj@contoso.com;" + mobile + "\r\n", new AccountReadOptions { Delimiter = ';' }));

        Assert.Null(result.Account!.MobilePhone);
        if (warning == null) Assert.Empty(result.Warnings);
        else Assert.Contains(warning, Assert.Single(result.Warnings));
    }

    [Theory] // written by a spreadsheet or an input method, every digit still there
    [InlineData("4.47700900123E+11", "447700900123", "scientific notation")]
    [InlineData("447700900123.0", "447700900123", null)]
    [InlineData("\uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF11\uFF12\uFF13", "07700 900123", null)] // full-width digits
    public void A_mobile_whose_digits_are_all_there_is_read(string mobile, string expected, string? warning)
    {
        var result = Assert.Single(Read("Email;Mobile\r\nraj@contoso.com;" + mobile + "\r\n", new AccountReadOptions { Delimiter = ';' }));

        Assert.Equal(expected, result.Account!.MobilePhone);
        if (warning == null) Assert.Empty(result.Warnings);
        else Assert.Contains(warning, Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("+1 (425) 555-0100 ext. 12")]
    [InlineData("07700 900123")]
    [InlineData("+44 7700 900123")]
    public void A_real_mobile_is_kept_as_written(string mobile)
    {
        var result = Assert.Single(Read("Email;Mobile\r\nraj@contoso.com;" + mobile + "\r\n", new AccountReadOptions { Delimiter = ';' }));

        Assert.Equal(mobile, result.Account!.MobilePhone);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Skips_the_type_line_Windows_PowerShell_Export_Csv_writes_above_the_header()
    {
        var results = Read(
            "#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\n" +
            "\"GivenName\",\"Surname\",\"Mail\",\"MobilePhone\",\"Enabled\"\r\n" +
            "\"Ann\",\"Lee\",\"ann.lee@contoso.com\",\"07700 900123\",\"True\"\r\n" +
            "\"Bo\",\"Ek\",\"bo.ek@contoso.com\",\"\",\"False\"\r\n");

        var accounts = results.Select(r => r.Account!).ToArray();
        Assert.Equal(new[] { "ann.lee@contoso.com", "bo.ek@contoso.com" }, accounts.Select(a => a.Email));
        Assert.Equal(new[] { true, false }, accounts.Select(a => a.Enabled));
        // Row origins count the type line, so "line 4" is the fourth line of the file as an editor shows it.
        Assert.Equal("users.csv, row 2 (line 4)", accounts[1].Origin);
    }

    [Fact]
    public void A_first_line_that_is_not_a_type_line_is_read_as_the_header()
    {
        var results = Read("Email,Name\n#TYPE@contoso.com,Typed Person\n");

        Assert.Equal("#TYPE@contoso.com", Assert.Single(results).Account!.Email);
        Assert.Equal("users.csv, row 1 (line 2)", results[0].Account!.Origin);
    }

    [Fact]
    public void A_list_type_name_in_the_proxy_column_is_one_warning_per_file_that_says_how_to_export_the_addresses()
    {
        var results = Read(
            "GivenName,Surname,Mail,ProxyAddresses\r\n" +
            "Ann,Lee,ann.lee@contoso.com,Microsoft.ActiveDirectory.Management.ADPropertyValueCollection\r\n" +
            "Bo,Ek,bo.ek@contoso.com,Microsoft.ActiveDirectory.Management.ADPropertyValueCollection\r\n");

        Assert.Equal(2, results.Length);
        var warning = Assert.Single(results.SelectMany(r => r.Warnings));
        Assert.Contains("'Microsoft.ActiveDirectory.Management.ADPropertyValueCollection', the name of a list", warning);
        Assert.Contains("-join ';'", warning);
        Assert.Equal("ann.lee@contoso.com", results[0].Account!.Email);
        Assert.Empty(results[0].Account!.ProxyAddresses);
    }

    [Theory]
    [InlineData("System.Object[]", true)]
    [InlineData("System.Collections.Generic.List`1[System.String]", true)]
    [InlineData("Microsoft.ActiveDirectory.Management.ADPropertyValueCollection", true)]
    [InlineData("smtp:ann@contoso.com", false)]
    [InlineData("System.Admin@contoso.com", false)]
    [InlineData("Microsoft Collection", false)]
    public void Knows_a_list_type_name_from_an_address(string text, bool expected)
    {
        Assert.Equal(expected, CsvAccountReader.LooksLikeListTypeName(text));
    }

    [Fact]
    public void Semicolons_inside_proxy_addresses_do_not_fool_delimiter_detection()
    {
        var results = Read(
            "DisplayName,ProxyAddresses\n" +
            "Ann Lee,\"SMTP:ann@contoso.com;smtp:ann@contoso.onmicrosoft.com;smtp:al@contoso.com\"\n" +
            "Bo Ek,SMTP:bo@contoso.com\n");

        Assert.Equal(3, results[0].Account!.ProxyAddresses.Count);
        Assert.Equal("bo@contoso.com", results[1].Account!.Email);
    }

    [Fact]
    public void An_explicit_delimiter_is_used()
    {
        var results = Read("Email|DisplayName\nann@contoso.com|Ann Lee\n", new AccountReadOptions { Delimiter = '|' });
        Assert.Equal("Ann Lee", Assert.Single(results).Account!.DisplayName);
    }

    [Fact]
    public void A_bad_row_is_an_error_naming_its_row_and_line_and_the_others_still_come_out()
    {
        var results = Read("Email,DisplayName,Department\nann@contoso.com,Ann Lee,IT\n,,Sales\nbo@contoso.com,Bo Ek,HR\n");

        Assert.Equal(3, results.Length);
        Assert.Equal("ann@contoso.com", results[0].Account!.Email);
        Assert.Equal("users.csv, row 2 (line 3)", results[1].Error!.Origin);
        Assert.Equal(2, results[1].Error!.Number);
        Assert.Equal("Sales", results[1].Error!.Values["Department"]);
        Assert.Equal("bo@contoso.com", results[2].Account!.Email);
    }

    [Fact]
    public void Blank_lines_and_empty_rows_are_skipped()
    {
        var results = Read("Email,DisplayName\n\nann@contoso.com,Ann\n,\n\n");
        Assert.Equal("ann@contoso.com", Assert.Single(results).Account!.Email);
    }

    [Fact]
    public void An_unknown_column_set_is_a_file_error_listing_the_expected_columns()
    {
        var ex = Assert.Throws<AccountFileException>(() => Read("Department,Title\nIT,Engineer\n"));

        Assert.Equal(AccountFileErrorKind.UnknownColumns, ex.Kind);
        Assert.Contains("'Department', 'Title'", ex.Message);
        Assert.Contains("Email (Email, EmailAddress, Mail", ex.Message);
        Assert.Contains("DisplayName", ex.Message);
    }

    [Fact]
    public void A_stray_quote_is_kept_and_reported_as_a_warning()
    {
        var results = Read("DisplayName,Email\nAnn O\"Lee,ann@contoso.com\n");

        var result = Assert.Single(results);
        Assert.Equal("Ann O\"Lee", result.Account!.DisplayName);
        Assert.Contains(result.Warnings, w => w.Contains("row 1") && w.Contains("quote"));
    }

    [Fact]
    public void Rows_shorter_than_the_header_read_missing_fields_as_empty()
    {
        var results = Read("Email,DisplayName,Mobile\nann@contoso.com\n");
        var account = Assert.Single(results).Account!;
        Assert.Equal("ann@contoso.com", account.Email);
        Assert.Null(account.MobilePhone);
    }

    [Fact]
    public void An_empty_input_holds_no_accounts()
    {
        Assert.Empty(Read(""));
        Assert.Empty(Read("Email,DisplayName\n"));
    }

    [Fact]
    public void Two_columns_for_one_field_are_a_warning_naming_both_and_the_winner()
    {
        var results = Read("Mail,DisplayName,Email\nold@contoso.com,Ann Lee,ann@contoso.com\nbo@contoso.com,Bo Ek,\n");

        // Email is preferred to Mail where it has a value; Mail fills in where it is empty.
        Assert.Equal(new[] { "ann@contoso.com", "bo@contoso.com" }, results.Select(r => r.Account!.Email));
        var warning = Assert.Single(results[0].Warnings);
        Assert.Contains("'Mail' (column 1) and 'Email' (column 3) both map to Email", warning);
        Assert.Contains("'Email' (column 3) wins", warning);
        Assert.StartsWith("users.csv:", warning);
        Assert.Empty(results[1].Warnings); // once per file, not once per row
    }

    [Fact]
    public void An_AD_exports_id_and_name_columns_are_no_warning_and_the_documented_ones_win()
    {
        // Round 41: every Get-ADUser export warned that ObjectGUID and SamAccountName "both map to Id".
        var results = Read("SamAccountName,Name,GivenName,Surname,DisplayName,ObjectGUID,mail\nalee,alee,Ann,Lee,Ann Lee,0f3c2a4e-1111-4222-8333-944455556666,ann@contoso.com\nbek,Bo Ek,Bo,Ek,,,bo@contoso.com\n");

        Assert.Equal(new[] { "0f3c2a4e-1111-4222-8333-944455556666", "bek" }, results.Select(r => r.Account!.Id));
        Assert.Equal(new[] { "Ann Lee", "Bo Ek" }, results.Select(r => r.Account!.DisplayName)); // DisplayName wins over the CN (Name)
        Assert.All(results, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void Two_columns_of_the_same_name_warn_that_the_leftmost_wins()
    {
        var results = Read("Email,DisplayName,Email\na@contoso.com,Ann,b@contoso.com\n");

        Assert.Equal("a@contoso.com", Assert.Single(results).Account!.Email);
        var warning = Assert.Single(results[0].Warnings);
        Assert.Contains("'Email' (column 1) and 'Email' (column 3) both map to Email", warning);
        Assert.Contains("'Email' (column 1) wins, and 'Email' (column 3) is used only in rows where it is empty", warning);
    }

    [Fact]
    public void Distinct_columns_give_no_duplicate_warning()
    {
        Assert.Empty(Assert.Single(Read("Email,UserPrincipalName,DisplayName\na@contoso.com,a@contoso.com,Ann\n")).Warnings);
    }

    [Theory]
    [InlineData('"', "quote")]
    [InlineData('\n', "line break")]
    [InlineData('\r', "line break")]
    [InlineData(' ', "Whitespace")]
    [InlineData('\u00e9', "not a printable ASCII character")]
    public void A_delimiter_that_cannot_work_is_refused_before_the_csv_library_sees_it(char delimiter, string reason)
    {
        var ex = Assert.Throws<System.ArgumentException>(() => Read("Email\na@contoso.com\n", new AccountReadOptions { Delimiter = delimiter }));
        Assert.Contains(reason, ex.Message);
        Assert.DoesNotContain("Separator", ex.Message); // not CsvHelper's wording
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("||", "2 characters")]
    [InlineData("\\t", "For a tab, write")]
    [InlineData("  ", "2 characters")]
    public void Delimiter_texts_that_cannot_work_say_why(string? text, string reason)
    {
        Assert.Contains(reason, CsvDelimiter.Problem(text));
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("|")]
    [InlineData("\t")]
    public void Usual_delimiters_are_accepted(string text)
    {
        Assert.Null(CsvDelimiter.Problem(text));
    }

    [Fact]
    public void A_quoted_field_never_closed_fails_the_file_instead_of_swallowing_the_rows_after_it()
    {
        // Round 42: the rest of the file became one account's display name, with only a warning.
        var ex = Assert.Throws<AccountFileException>(() => Read("Email,DisplayName\nann@contoso.com,\"Ann Lee\nbo@contoso.com,Bo Ek\ncy@contoso.com,Cy Ray\n"));

        Assert.Equal(AccountFileErrorKind.InvalidFormat, ex.Kind);
        Assert.Contains("row 1 (line 2): a quoted field is opened on line 2 and never closed", ex.Message);
        Assert.Contains("looks cut off", ex.Message);
    }

    /// <summary>
    /// Round 61b: an export cut off part way (a copy or an export that did not finish) was read as whole: its last row, with
    /// no line break and fewer fields than the header, gave a mobile "+1 206 555" and an address "tessa.lindgren@cont", and
    /// both were written to the PSA. Such a last record fails the file, naming its row and line; a short row whose line ends
    /// is still read (Excel leaves out a row's empty cells at the end), and so is a whole last row without a line break.
    /// </summary>
    [Theory]
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nte@contoso.com,Tessa Lindgren,+1 206 555", null)]       // cut in the last field: fields all there
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nte@contoso.com,Tessa Lindgren", 2)]
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\ntessa.lindgren@cont", 1)]
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\r\nte@contoso.com,\"Lindgren, Tessa\"", 2)]
    public void A_last_record_cut_off_without_a_line_break_fails_the_file(string rows, int? fields)
    {
        var csv = "Email,DisplayName,Mobile\n" + rows;
        if (fields == null)
        {
            // The cut fell inside the last field: nothing in the text tells, and the row is read (the page says so).
            Assert.Equal(2, Read(csv).Length);
            return;
        }

        var ex = Assert.Throws<AccountFileException>(() => Read(csv));

        Assert.Equal(AccountFileErrorKind.InvalidFormat, ex.Kind);
        Assert.Contains("users.csv, row 2 (line 3): the file ends in the middle of this row, with no line break after it and " + fields + " of the header's 3 fields", ex.Message);
        Assert.Contains("looks cut off", ex.Message);
    }

    [Theory]
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nbo@contoso.com,Bo Ek,+1 206 555 0101")]   // whole, no line break at the end
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nbo@contoso.com,Bo Ek\n")]                   // short, but its line ends
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nbo@contoso.com,Bo Ek\r\n\n")]
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nbo@contoso.com,Bo Ek,,\r")]
    [InlineData("ann@contoso.com,Ann Lee,+1 206 555 0100\nbo@contoso.com,\"Ek, Bo\",")]             // a trailing empty field is a field
    public void A_last_row_that_is_whole_or_ends_its_line_is_read(string rows)
    {
        var results = Read("Email,DisplayName,Mobile\n" + rows);

        Assert.Equal(2, results.Length);
        Assert.All(results, r => Assert.NotNull(r.Account));
        Assert.Equal("bo@contoso.com", results[1].Account!.Email);
    }

    [Fact]
    public void A_cut_off_file_read_whole_or_not_at_all_hands_out_no_row_before_the_error()
    {
        // The rows before the cut are not handed out either: the check runs before the last row is, and ReadAll drops the others.
        var rows = new System.Collections.Generic.List<AccountReadResult>();
        var ex = Assert.Throws<AccountFileException>(() =>
        {
            foreach (var row in CsvAccountReader.Read(new StringReader("Email,DisplayName,Mobile\nann@contoso.com,Ann Lee,1\nte@cont"), "users.csv")) rows.Add(row);
        });
        Assert.Contains("row 2 (line 3)", ex.Message);
        Assert.Single(rows); // Ann, before the last record; the cut one never came out
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_is_an_error_and_one_with_fewer_is_read()
    {
        var results = Read("Email,DisplayName,Mobile\nann@contoso.com,Ann Lee,555-0100\nbo@contoso.com,Bo,Ek,555-0101\ncy@contoso.com,Cy Ray\ndi@contoso.com,Di Lo,555-0102,,\n");

        Assert.Empty(results[0].Warnings);
        // Round 44: an unquoted "Bo, Ek" shifted the row's values under other columns: the row is an error, the others are read.
        Assert.Null(results[1].Account);
        Assert.Equal(AccountRecordErrorKind.ShiftedColumns, results[1].Error!.Kind);
        Assert.Contains("row 2 (line 3): the row has 4 fields and the header 3", results[1].Error!.Message);
        Assert.Empty(results[2].Warnings); // fewer fields: Excel leaves out trailing empty cells; they read as empty
        Assert.Null(results[2].Account!.MobilePhone);
        Assert.Empty(results[3].Warnings); // empty fields after the last column: a trailing separator
    }

    [Theory]
    [InlineData("FALSCH", false)]
    [InlineData("WAHR", true)]
    [InlineData("FAUX", false)]
    [InlineData("Verdadero", true)]
    [InlineData("ONWAAR", false)]
    [InlineData("Nein", false)]
    public void Excel_booleans_in_the_workbooks_language_are_read(string value, bool enabled)
    {
        // Round 42: a German Excel's FALSCH was read as enabled, with only a warning.
        var result = Assert.Single(Read("Email;DisplayName;Enabled\nann@contoso.com;Ann Lee;" + value + "\n", new AccountReadOptions { Delimiter = ';' }));

        Assert.Equal(enabled, result.Account!.Enabled);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Google_Workspaces_marked_column_names_are_read()
    {
        // Round 45: "Email Address [Required]" and the like were not recognised, and the file was refused whole.
        var result = Assert.Single(Read("First Name [Required],Last Name [Required],Email Address [Required],Mobile Phone [READ ONLY],Status [READ ONLY]\nAnn,Lee,ann.lee@contoso.com,+1 206 555 0100,Active\n"));

        Assert.Equal(("Ann", "Lee", "ann.lee@contoso.com", "+1 206 555 0100"), (result.Account!.FirstName, result.Account.LastName, result.Account.Email, result.Account.MobilePhone));
    }

    [Fact]
    public void A_quoted_field_after_a_space_is_read_whole()
    {
        // Round 45: refused as a row of shifted fields, though Import-Csv reads it.
        var result = Assert.Single(Read("Email, Display Name, First Name, Last Name\nann.lee@contoso.com, \"Lee, Ann\", Ann, Lee\n"));

        Assert.Equal(("Lee, Ann", "Ann", "Lee", "ann.lee@contoso.com"), (result.Account!.DisplayName, result.Account.FirstName, result.Account.LastName, result.Account.Email));
    }
}
