using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Writes;

namespace QuickpassPsa.Tests.Reporting;

/// <summary>Export-PsaMatchReport in a hosted runspace: -WhatIf, -PassThru, atomic replace, saved matches and findings, typed errors, the run's PSA.</summary>
public class ExportPsaMatchReportCmdletTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _tenant;

    public ExportPsaMatchReportCmdletTests(WriteTenant tenant) => _tenant = tenant;

    /// <summary>Three accounts matched against two Autotask contacts read from no PSA: a Suggested, a Review (nickname) and an Unmatched row.</summary>
    private const string Matches = """
        $contacts = @(
            [QuickpassPsa.Core.Psa.PsaContact]@{ Id = '71'; Psa = 'Autotask'; CompanyId = '9'; FirstName = 'Ann'; LastName = 'Lee'; Emails = [string[]]@('ann.lee@contoso.com') }
            [QuickpassPsa.Core.Psa.PsaContact]@{ Id = '72'; Psa = 'Autotask'; CompanyId = '9'; FirstName = 'Bill'; LastName = 'Stone'; Emails = [string[]]@('bs@contoso.com') }
        )
        $accounts = @(
            [pscustomobject]@{ GivenName = 'Ann'; Surname = 'Lee'; Mail = 'ann.lee@contoso.com' }
            [pscustomobject]@{ GivenName = 'William'; Surname = 'Stone'; Mail = 'william.stone@contoso.com' }
            [pscustomobject]@{ DisplayName = 'Reception'; Mail = 'reception@contoso.com' }
        ) | ConvertTo-QpAccount -Customer 'Contoso <&> "Ltd"'
        $matches = $accounts | Find-PsaContactMatch -Contact $contacts

        """;

    [Fact]
    public void PassThru_returns_the_written_file_and_without_it_nothing_is_returned()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var path = Path.Combine(folder.Path, "sub", "report.html");

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0] -PassThru", path);

        Assert.Empty(result.Errors);
        Assert.Null(result.TerminatingError);
        var file = Assert.IsType<FileInfo>(Assert.Single(result.Output).BaseObject);
        Assert.Equal(path, file.FullName);
        var html = File.ReadAllText(path);
        Assert.Contains("Contoso &lt;&amp;&gt; &quot;Ltd&quot;", html);
        Assert.Contains("against <b>Autotask</b>", html); // no connection: the contacts say which PSA
        Assert.Contains("Unmatched (1)", html);
        Assert.Contains("Review and Ambiguous (1)", html);

        var quiet = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0]", path);
        Assert.Empty(quiet.Errors);
        Assert.Empty(quiet.Output);
    }

    [Fact]
    public void WhatIf_writes_nothing_and_leaves_an_existing_report_as_it_was()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var fresh = Path.Combine(folder.Path, "new.html");
        var existing = folder.Write("old.html", "yesterday's report");

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0] -WhatIf -PassThru; $matches | Export-PsaMatchReport -Path $args[1] -WhatIf", fresh, existing);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.False(File.Exists(fresh));
        Assert.Equal("yesterday's report", File.ReadAllText(existing));
        Assert.Equal(new[] { "old.html" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_report_is_replaced_whole_with_no_temporary_file_left()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var existing = folder.Write("report.html", "yesterday's report");

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0]", existing);

        Assert.Empty(result.Errors);
        var html = File.ReadAllText(existing);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("yesterday", html);
        Assert.Equal(new[] { "report.html" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Matches_and_findings_saved_with_Export_Clixml_are_reported()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var saved = Path.Combine(folder.Path, "run.xml");
        var path = Path.Combine(folder.Path, "report.html");

        var result = ps.Run(Matches + """
            $finding = [QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes.CwCommunicationTypeFinding]@{
                Code = 'DescriptionSpacing'; Severity = 'Error'; TypeIds = [int[]]@(7); Types = [string[]]@("'Email '"); Message = "The type 'Email ' has a trailing space."; Fix = 'Rename it.'; Action = 'Rename'; TargetId = 7; NewDescription = 'Email' }
            @($matches) + @($finding) | Export-Clixml -Path $args[0]
            Import-Clixml -Path $args[0] | Export-PsaMatchReport -Path $args[1]
            """, saved, path);

        Assert.Empty(result.Errors);
        var html = File.ReadAllText(path);
        Assert.Contains("3 accounts, 1 communication-type finding.", html);
        Assert.Contains("<td>DescriptionSpacing</td>", html);
        Assert.Contains("<th>Contact 72</th>", html); // the Review row's candidate came back with its contact
        Assert.Contains("Nickname 60", html);
    }

    [Fact]
    public void An_object_that_is_neither_a_match_nor_a_finding_is_a_non_terminating_error_and_the_rest_are_reported()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var path = Path.Combine(folder.Path, "report.html");

        var result = ps.Run(Matches + "@($matches[0]; 'not a match'; $matches[1]) | Export-PsaMatchReport -Path $args[0]", path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("QuickpassPsa.ReportInputUnrecognised", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidType, error.CategoryInfo.Category);
        Assert.Equal("not a match", (error.TargetObject as PSObject)?.BaseObject ?? error.TargetObject);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails.RecommendedAction));
        Assert.Contains("2 accounts", File.ReadAllText(path));
    }

    [Fact]
    public void A_path_off_the_file_system_stops_the_command_with_a_typed_error()
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path 'Variable:\\report'");

        Assert.NotNull(result.TerminatingError);
        Assert.Equal("QuickpassPsa.NotAFileSystemPath", result.TerminatingError!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidArgument, result.TerminatingError.CategoryInfo.Category);
    }

    [Fact]
    public void A_file_that_cannot_be_written_stops_the_command_and_leaves_nothing_behind()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        Directory.CreateDirectory(Path.Combine(folder.Path, "report.html")); // a folder where the file should go

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0]", Path.Combine(folder.Path, "report.html"));

        Assert.NotNull(result.TerminatingError);
        Assert.Equal("QuickpassPsa.ReportWriteFailed", result.TerminatingError!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.WriteError, result.TerminatingError.CategoryInfo.Category);
        Assert.Contains("is a folder; give a file name", result.TerminatingError.ErrorDetails.Message);
        Assert.DoesNotContain("already exists", result.TerminatingError.ErrorDetails.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    /// <summary>Round 54: a path under a file and a new folder name ending in '/' said "The file ... already exists", and the second left the folder it made.</summary>
    [Fact]
    public void A_path_under_a_file_or_ending_in_a_separator_says_what_is_wrong_and_leaves_no_folder_behind()
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var file = folder.Write("afile.txt", "x");
        var underFile = Path.Combine(file, "report.html");
        var newFolder = Path.Combine(folder.Path, "newdir", "deeper") + Path.DirectorySeparatorChar;

        var result = ps.Run(Matches + """
            foreach ($p in $args) { try { $matches | Export-PsaMatchReport -Path $p -ErrorAction Stop } catch { $_ } }
            """, underFile, newFolder);

        var errors = result.Output.Select(o => Assert.IsType<ErrorRecord>(o.BaseObject)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("QuickpassPsa.ReportWriteFailed", e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.All(errors, e => Assert.DoesNotContain("already exists", e.ErrorDetails.Message));
        Assert.Contains("'" + file + "' is a file, not a folder", errors[0].ErrorDetails.Message);
        Assert.Contains("ends in a separator, so it names a folder, not a file; give a file name", errors[1].ErrorDetails.Message);
        Assert.Equal(new[] { "afile.txt" }, Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal("x", File.ReadAllText(file));
    }

    /// <summary>Round 54: -Path /dev/null as root renamed the report over the device, and a named pipe became a regular file too.</summary>
    [Fact]
    public void A_named_pipe_is_refused_with_a_typed_error_and_stays_a_pipe()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var pipe = SpecialFiles.MakeFifo(folder.Path, "fifo");

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0]", pipe);

        Assert.NotNull(result.TerminatingError);
        Assert.Equal("QuickpassPsa.ReportWriteFailed", result.TerminatingError!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("is a named pipe (FIFO), not a regular file, so it was left as it is", result.TerminatingError.ErrorDetails.Message);
        Assert.Contains(pipe, result.TerminatingError.ErrorDetails.Message);
        Assert.Contains("-WhatIf", result.TerminatingError.ErrorDetails.RecommendedAction);
        Assert.Equal(FileKind.NamedPipe, FileKinds.Of(pipe));
        Assert.Equal(new[] { "fifo" }, Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_sessions_connection_names_the_PSA_and_its_address_and_no_request_is_made()
    {
        _tenant.Fresh();
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var path = Path.Combine(folder.Path, "report.html");
        ps.Run(_tenant.Connect("ConnectWise"));
        var before = _tenant.Sim.Requests.Entries().Count();

        var result = ps.Run(Matches + "$matches | Export-PsaMatchReport -Path $args[0]; (Get-PsaConnection).Endpoint.ToString()", path);

        Assert.Empty(result.Errors);
        Assert.Equal(before, _tenant.Sim.Requests.Entries().Count());
        var endpoint = (string)Assert.Single(result.Output).BaseObject;
        var html = File.ReadAllText(path);
        Assert.Contains("against <b>ConnectWise</b> at " + System.Net.WebUtility.HtmlEncode(endpoint).Replace("&#39;", "'"), html);
    }

    [Fact]
    public void The_command_is_exported_and_declares_its_output_and_ShouldProcess()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$c = Get-Command Export-PsaMatchReport; $c.OutputType.Type.FullName; $c.Parameters.ContainsKey('WhatIf')");
        Assert.Equal("System.IO.FileInfo", result.Output[0].BaseObject);
        Assert.Equal(true, result.Output[1].BaseObject);
    }
}
