using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

public class GetQpAccountTests
{
    private const string QuotedCsvWithBadRow =
        "Display Name,Email,Mobile,ProxyAddresses\r\n" +
        "\"Lee, Ann\",ann@contoso.com,555-0100,\"SMTP:ann@contoso.com;smtp:ann@contoso.onmicrosoft.com\"\r\n" +
        ",,555-0199,\r\n" +
        "\"Bob \"\"Bobby\"\" Ray\",bob@contoso.com,,\r\n";

    [Fact]
    public void Returns_the_good_rows_and_one_error_naming_the_bad_row()
    {
        using var temp = new TempFolder();
        var path = temp.Write("contoso-users.csv", QuotedCsvWithBadRow, bom: true);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path $args[0]", path);

        Assert.Null(result.TerminatingError);
        var accounts = result.Objects<Account>();
        Assert.Equal(new[] { "Lee, Ann", "Bob \"Bobby\" Ray" }, accounts.Select(a => a.DisplayName));
        Assert.Equal(2, accounts[0].ProxyAddresses.Count);
        Assert.Equal(AccountSource.CsvFile, accounts[0].Source);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.InvalidAccountRecord,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("row 2 (line 3)", error.Exception.Message);
        Assert.Equal("555-0199", ((IDictionary)error.TargetObject)["Mobile"]);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails.RecommendedAction));
        Assert.Contains(result.Verbose, v => v.Contains("Read 2 accounts") && v.Contains("1 records had errors"));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("Email,DisplayName\r\n", "only a header")]
    public void An_empty_or_header_only_file_is_a_warning_not_silence(string content, string what)
    {
        // Round 42: a failed nightly export matched nothing and said nothing.
        using var temp = new TempFolder();
        var path = temp.Write("users.csv", content, bom: false);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path $args[0]", path);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Output);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("holds no account rows (" + what, warning);
    }

    [Fact]
    public void A_missing_file_is_a_terminating_error_naming_the_path()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "nope.csv");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path $args[0]; 'after'", path);

        Assert.NotNull(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.AccountFileNotFound,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.TerminatingError.CategoryInfo.Category);
        Assert.Contains("nope.csv", result.TerminatingError.Exception.Message);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_missing_literal_path_is_a_terminating_error_too()
    {
        using var temp = new TempFolder();
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -LiteralPath $args[0]", Path.Combine(temp.Path, "[gone].csv"));

        Assert.StartsWith("QuickpassPsa.AccountFileNotFound,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("[gone].csv", result.TerminatingError.Exception.Message);
    }

    [Fact]
    public void An_unknown_column_set_lists_the_expected_columns()
    {
        using var temp = new TempFolder();
        var path = temp.Write("hr.csv", "Department,Title\nIT,Engineer\n");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path $args[0]", path);

        Assert.StartsWith("QuickpassPsa.AccountFileUnknownColumns,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("'Department', 'Title'", result.TerminatingError.Exception.Message);
        Assert.Contains("UserPrincipalName", result.TerminatingError.Exception.Message);
    }

    [Fact]
    public void Wildcards_literal_paths_and_piped_files_read_every_file()
    {
        using var temp = new TempFolder();
        temp.Write("a.csv", "Email\na@contoso.com\n");
        temp.Write("b.json", "[{\"mail\":\"b@contoso.com\"}]");
        temp.Write("[c].csv", "Email\nc@contoso.com\n");
        using var ps = PowerShellHost.WithModule();

        var wildcard = ps.Run("Get-QpAccount -Path \"$($args[0])/*.csv\"", temp.Path).Objects<Account>();
        Assert.Equal(new[] { "a@contoso.com", "c@contoso.com" }, wildcard.Select(a => a.Email).OrderBy(e => e));

        // -Path treats [c] as a character class (it matches "c.csv", which does not exist); -LiteralPath does not.
        Assert.StartsWith("QuickpassPsa.AccountFileNotFound,", ps.Run("Get-QpAccount -Path \"$($args[0])/[c].csv\"", temp.Path).TerminatingError!.FullyQualifiedErrorId);
        var literal = ps.Run("Get-QpAccount -LiteralPath \"$($args[0])/[c].csv\"", temp.Path).Objects<Account>();
        Assert.Equal("c@contoso.com", Assert.Single(literal).Email);

        // FileInfo objects bind by FullName; Get-ChildItem's output binds by its PSPath note property.
        var piped = ps.Run("[System.IO.DirectoryInfo]::new($args[0]).GetFiles() | Get-QpAccount", temp.Path);
        Assert.Empty(piped.Errors);
        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com", "c@contoso.com" }, piped.Objects<Account>().Select(a => a.Email).OrderBy(e => e));

        var byPsPath = ps.Run("[pscustomobject]@{ PSPath = \"Microsoft.PowerShell.Core\\FileSystem::$($args[0])/[c].csv\" } | Get-QpAccount", temp.Path);
        Assert.Equal("c@contoso.com", Assert.Single(byPsPath.Objects<Account>()).Email);
    }

    [Fact]
    public void Customer_fills_missing_customers_and_keeps_only_that_customer()
    {
        using var temp = new TempFolder();
        var path = temp.Write("all.csv", "Customer,Email\n,a@contoso.com\nContoso,b@contoso.com\nFabrikam,c@fabrikam.com\n");
        using var ps = PowerShellHost.WithModule();

        var accounts = ps.Run("Get-QpAccount $args[0] -Customer Contoso", path).Objects<Account>();

        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com" }, accounts.Select(a => a.Email));
        Assert.All(accounts, a => Assert.Equal("Contoso", a.Customer));
    }

    [Fact]
    public void Delimiter_and_Format_override_detection()
    {
        using var temp = new TempFolder();
        var pipe = temp.Write("pipe.csv", "Email|DisplayName\na@contoso.com|Ann\n");
        var json = temp.Write("export.dat", "[{\"mail\":\"j@contoso.com\"}]");
        using var ps = PowerShellHost.WithModule();

        Assert.Equal("Ann", Assert.Single(ps.Run("Get-QpAccount $args[0] -Delimiter '|'", pipe).Objects<Account>()).DisplayName);
        Assert.Equal("j@contoso.com", Assert.Single(ps.Run("Get-QpAccount $args[0] -Format Json", json).Objects<Account>()).Email);
    }

    [Fact]
    public void Warnings_reach_the_warning_stream()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.csv", "Email,DisplayName,Enabled\nn/a,Ann Lee,perhaps\n");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount $args[0]", path);

        Assert.Single(result.Objects<Account>());
        Assert.Equal(2, result.Warnings.Count);
    }

    [Fact]
    public void A_folder_or_a_non_file_system_path_is_refused()
    {
        using var temp = new TempFolder();
        using var ps = PowerShellHost.WithModule();

        var folder = ps.Run("Get-QpAccount -LiteralPath $args[0]", temp.Path);
        Assert.StartsWith("QuickpassPsa.AccountFileUnreadable,", folder.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("folder", folder.TerminatingError.Exception.Message);

        var variable = ps.Run("$x = 1; Get-QpAccount -Path Variable:\\x");
        Assert.StartsWith("QuickpassPsa.NotAFileSystemPath,", variable.TerminatingError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void Accounts_compose_with_other_cmdlets_and_report_progress()
    {
        using var temp = new TempFolder();
        var text = new System.Text.StringBuilder("Email,Enabled\n");
        for (var i = 0; i < 1200; i++) text.Append("u").Append(i).Append("@contoso.com,").Append(i % 3 == 0 ? "false" : "true").Append('\n');
        var path = temp.Write("users.csv", text.ToString());
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount $args[0] | Where-Object Enabled -eq $false", path);

        Assert.Equal(400, result.Objects<Account>().Count);
        Assert.Contains(result.Progress, p => p.PercentComplete > 0 && p.RecordType == ProgressRecordType.Processing);
        Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
    }

    [Fact]
    public void Json_lines_and_arrays_back_to_back_are_read_whole()
    {
        using var temp = new TempFolder();
        var lines = temp.Write("users.jsonl", "{\"mail\":\"a@contoso.com\"}\n\n{\"mail\":\"b@contoso.com\"}\n", bom: true);
        var arrays = temp.Write("users.json", "[{\"mail\":\"c@contoso.com\"}]\n[{\"mail\":\"d@contoso.com\"}]\n");
        using var ps = PowerShellHost.WithModule();

        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com" }, ps.Run("Get-QpAccount $args[0]", lines).Objects<Account>().Select(a => a.Email));
        Assert.Equal(new[] { "c@contoso.com", "d@contoso.com" }, ps.Run("Get-QpAccount $args[0]", arrays).Objects<Account>().Select(a => a.Email));
    }

    [Theory]
    [InlineData("{\"results\":[{\"mail\":\"a@contoso.com\"}]}", "'results' property holds an array")]
    [InlineData("{\"value\":{\"mail\":\"a@contoso.com\"}}", "'value' property holds an object")]
    public void An_unread_json_shape_is_a_terminating_error_saying_what_was_found(string json, string found)
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.json", json);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -LiteralPath $args[0]", path);

        Assert.Empty(result.Output);
        var error = result.TerminatingError!;
        Assert.StartsWith("QuickpassPsa.AccountFileShape,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Equal(path, error.TargetObject);
        Assert.Contains(found, error.Exception.Message);
        Assert.Contains("JSON Lines", error.Exception.Message);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails.RecommendedAction));
    }

    [Fact]
    public void A_file_that_fails_part_way_emits_none_of_its_records()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.json", "[{\"mail\":\"a@contoso.com\"},{\"mail\":\"b@contoso.com\"}]\ntrailing garbage\n");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount $args[0]", path);

        Assert.Empty(result.Output);
        Assert.StartsWith("QuickpassPsa.AccountFileFormat,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("line 2", result.TerminatingError.Exception.Message);
        Assert.Contains("The 2 record(s) read before this point were discarded", result.TerminatingError.Exception.Message);
    }

    /// <summary>Round 61b: a CSV export cut off mid-row, and one in UTF-16 without a byte-order mark, among good files.</summary>
    [Fact]
    public void A_cut_off_export_and_a_utf16_one_without_a_bom_are_file_errors_and_the_other_files_are_read()
    {
        using var temp = new TempFolder();
        temp.Write("a.csv", "Email,DisplayName,Mobile\na@contoso.com,Ann Lee,+1 206 555 0100\n");
        temp.Write("b-cut.csv", "Email,DisplayName,Mobile\nb@contoso.com,Bo Ek,+1 206 555 0101\ntessa.lindgren@cont");
        temp.WriteBytes("c-utf16.csv", System.Text.Encoding.Unicode.GetBytes("Email,DisplayName\nc@contoso.com,Cy Ray\n"));
        temp.Write("d.csv", "Email,DisplayName,Mobile\nd@contoso.com,Di Lo,+1 206 555 0102"); // whole, no line break at the end
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path \"$($args[0])/*.csv\"", temp.Path);

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "a@contoso.com", "d@contoso.com" }, result.Objects<Account>().Select(a => a.Email));
        Assert.Equal(2, result.Errors.Count);
        var cut = Assert.Single(result.Errors, e => ((string)e.TargetObject).EndsWith("b-cut.csv"));
        Assert.StartsWith("QuickpassPsa.AccountFileFormat,", cut.FullyQualifiedErrorId);
        Assert.Contains("b-cut.csv, row 2 (line 3): the file ends in the middle of this row", cut.Exception.Message);
        Assert.Contains("looks cut off", cut.Exception.Message);
        Assert.Contains("The 1 record(s) read before this point were discarded", cut.Exception.Message);
        var utf16 = Assert.Single(result.Errors, e => ((string)e.TargetObject).EndsWith("c-utf16.csv"));
        Assert.StartsWith("QuickpassPsa.AccountFileEncoding,", utf16.FullyQualifiedErrorId);
        Assert.Contains("looks like UTF-16 (little-endian) text without a byte-order mark", utf16.Exception.Message);
    }

    [Fact]
    public void A_wildcard_reports_each_bad_file_and_still_reads_the_others()
    {
        using var temp = new TempFolder();
        temp.Write("a.csv", "Email\na@contoso.com\n");
        temp.WriteBytes("b-latin1.csv", System.Text.Encoding.ASCII.GetBytes("Email,DisplayName\nb@contoso.com,Zo").Concat(new byte[] { 0xEB, (byte)'\n' }).ToArray());
        temp.Write("c-shape.csv", "Department\nIT\n");
        temp.Write("d.csv", "Email\nd@contoso.com\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "e-folder.csv"));
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path \"$($args[0])/*.csv\"; 'after'", temp.Path);

        Assert.Null(result.TerminatingError);
        Assert.Equal("after", result.Output.Last().BaseObject);
        Assert.Equal(new[] { "a@contoso.com", "d@contoso.com" }, result.Output.Select(o => o.BaseObject).OfType<Account>().Select(a => a.Email));
        Assert.Equal(3, result.Errors.Count);
        ErrorRecord For(string name) => Assert.Single(result.Errors, e => ((string)e.TargetObject).EndsWith(name));
        Assert.StartsWith("QuickpassPsa.AccountFileEncoding,", For("b-latin1.csv").FullyQualifiedErrorId);
        Assert.Contains("b-latin1.csv", For("b-latin1.csv").Exception.Message);
        Assert.StartsWith("QuickpassPsa.AccountFileUnknownColumns,", For("c-shape.csv").FullyQualifiedErrorId);
        Assert.Contains("c-shape.csv", For("c-shape.csv").Exception.Message);
        Assert.StartsWith("QuickpassPsa.AccountFileUnreadable,", For("e-folder.csv").FullyQualifiedErrorId);
        Assert.Contains("e-folder.csv", For("e-folder.csv").Exception.Message);
    }

    [Fact]
    public void Piped_files_report_a_bad_file_and_read_the_others_but_a_single_named_file_stops()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.json", "[{\"mail\":\"a@contoso.com\"}]");
        var bad = temp.Write("b.json", "{\"results\":[]}");
        var c = temp.Write("c.json", "[{\"mail\":\"c@contoso.com\"}]");
        using var ps = PowerShellHost.WithModule();

        // FileInfo objects, as Get-ChildItem writes them (the hosted engine has no Get-ChildItem).
        var piped = ps.Run("$args | ForEach-Object { [System.IO.FileInfo]$_ } | Get-QpAccount", a, bad, c);
        Assert.Null(piped.TerminatingError);
        Assert.Equal(new[] { "a@contoso.com", "c@contoso.com" }, piped.Objects<Account>().Select(a => a.Email));
        Assert.StartsWith("QuickpassPsa.AccountFileShape,", Assert.Single(piped.Errors).FullyQualifiedErrorId);

        var single = ps.Run("Get-QpAccount -Path $args[0]; 'after'", bad);
        Assert.StartsWith("QuickpassPsa.AccountFileShape,", single.TerminatingError!.FullyQualifiedErrorId);
        Assert.Empty(single.Output);
    }

    [Theory]
    [InlineData("''", "empty")]
    [InlineData("'||'", "2 characters")]
    [InlineData("' '", "Whitespace")]
    [InlineData("'\"'", "quote")]
    [InlineData("\"`n\"", "line break")]
    [InlineData("\"`r\"", "line break")]
    [InlineData("'\\t'", "For a tab, write")]
    [InlineData("([char]0xE9)", "not a printable ASCII character")]
    public void A_delimiter_that_cannot_work_is_a_parameter_error(string delimiter, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.csv", "Email\na@contoso.com\n");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount -Path $args[0] -Delimiter " + delimiter, path);

        Assert.Empty(result.Output);
        var error = result.TerminatingError!;
        Assert.IsAssignableFrom<ParameterBindingException>(error.Exception);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
        Assert.Contains("Delimiter", error.Exception.Message);
        Assert.Contains(reason, error.Exception.Message);
        Assert.DoesNotContain("Separator", error.Exception.Message);
    }

    [Fact]
    public void A_tab_delimiter_still_works()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.txt", "Email\tDisplayName\na@contoso.com\tAnn\n");
        using var ps = PowerShellHost.WithModule();

        Assert.Equal("Ann", Assert.Single(ps.Run("Get-QpAccount $args[0] -Delimiter \"`t\"", path).Objects<Account>()).DisplayName);
    }

    [Fact]
    public void Two_columns_for_one_field_warn_once_naming_both()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ad.csv", "EmailAddress,mail,Name\na@contoso.com,a@contoso.com,Ann\nb@contoso.com,b@contoso.com,Bo\n");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("Get-QpAccount $args[0]", path);

        Assert.Equal(2, result.Objects<Account>().Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("'EmailAddress' (column 1) and 'mail' (column 2) both map to Email; 'EmailAddress' (column 1) wins", warning);
    }
}
