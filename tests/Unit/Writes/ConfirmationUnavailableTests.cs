using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Every cmdlet that asks ShouldProcess, in a session that cannot ask (a hosted runspace has no user interface, as
/// pwsh -NonInteractive and a closed stdin have none to answer): QuickpassPsa.ConfirmationUnavailable, which says to
/// pass -Confirm:$false, and nothing written to the PSA, the decision store or the report file (round 47).
/// The closed-stdin case of a real pwsh process is in tests/Pester/Writes.Tests.ps1.
/// </summary>
public class ConfirmationUnavailableTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public ConfirmationUnavailableTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    // $args: 0 the decision store, 1 the report path, 2 a new account (Zed Quinn), 3 a linked row whose mobile differs,
    // 4 Mark Campbell's account (his address is on a contact: a Suggested row).
    // Contact 1807 is Natalie Baker in the sample tenant (Set-PsaContactMatch reads a contact given by id, and refuses an id the PSA lacks).
    private const string Rows = "Find-PsaContactMatch -CompanyName 'Contoso Ltd' -Account $args[4] -DecisionPath $args[0]";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "New-PsaContact", "", "$args[2] | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $args[0] -Confirm" },
        { "Update-PsaContact", "", "$args[3] | Update-PsaContact -Confirm" },
        { "Repair-CwCommunicationType", "", "Repair-CwCommunicationType" }, // ConfirmImpact High: it asks without -Confirm
        { "Set-PsaContactMatch", "", "$args[2] | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath $args[0] -Confirm" },
        { "Save-PsaContactMatch", "", Rows + " | Save-PsaContactMatch -DecisionPath $args[0] -Confirm" },
        { "Remove-PsaContactMatch", "$args[2] | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath $args[0] -Confirm:$false",
            "Remove-PsaContactMatch -Account 'zed.quinn@contoso.com' -DecisionPath $args[0] -Confirm" },
        { "Set-PsaCompanyMatch", "", "Set-PsaCompanyMatch -Customer 'Tailspin Toys' -CompanyId 19297 -DecisionPath $args[0] -Confirm" },
        { "Save-PsaCompanyMatch", "", "Find-PsaCompanyMatch 'Contoso Ltd' -DecisionPath $args[0] | Save-PsaCompanyMatch -DecisionPath $args[0] -Confirm" },
        { "Remove-PsaCompanyMatch", "Set-PsaCompanyMatch -Customer 'Tailspin Toys' -CompanyId 19297 -DecisionPath $args[0] -Confirm:$false",
            "Remove-PsaCompanyMatch -Customer 'Tailspin Toys' -DecisionPath $args[0] -Confirm" },
        { "Export-PsaMatchReport", "", Rows + " | Export-PsaMatchReport -Path $args[1] -Confirm" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_prompt_that_cannot_be_asked_stops_with_ConfirmationUnavailable_and_nothing_is_written(string command, string setup, string script)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");
        var report = Path.Combine(folder.Path, "report.html");
        var natalie = Assert.Single(ps.Run(_sim.Connect("ConnectWise") + "Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com'").Objects<PsaContact>());
        var linked = LinkedMatch.Create(WriteTenant.Account(natalie.DisplayName, "natalie.baker@contoso.com", "+1 425 555 0999"), natalie);
        linked.Status = MatchStatus.Matched;
        object[] args = { store, report, WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"), linked, WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com") };
        if (setup.Length > 0)
        {
            var prepared = ps.Run(setup, args);
            Assert.True(prepared.TerminatingError == null && prepared.Errors.Count == 0, "setup: " + prepared.TerminatingError + string.Join("; ", prepared.Errors));
        }
        var storedBefore = File.Exists(store) ? File.ReadAllText(store) : null;
        _sim.Sim.Requests.Clear();

        var result = ps.Run(script, args);

        var error = result.TerminatingError;
        Assert.True(error != null, command + " gave no terminating error; errors: " + string.Join("; ", result.Errors.Select(e => e.FullyQualifiedErrorId)));
        Assert.Equal("QuickpassPsa.ConfirmationUnavailable," + "QuickpassPsa.Cmdlets.Commands." + command.Replace("-", string.Empty) + "Command", error!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.StartsWith(command + (script.Contains("-Confirm") ? " was run with -Confirm, but this session cannot ask:" : " asks before each change (its ConfirmImpact, High,"), error.Exception.Message);
        Assert.Contains("Nothing was changed", error.Exception.Message);
        Assert.Contains("pass -Confirm:$false", error.Exception.Message);
        Assert.Contains("-WhatIf", error.Exception.Message);
        Assert.Equal(error.Exception.Message, error.ErrorDetails!.Message);
        Assert.Contains("-Confirm:$false", error.ErrorDetails.RecommendedAction);
        Assert.Empty(result.Output);
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(storedBefore, File.Exists(store) ? File.ReadAllText(store) : null);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Every_cmdlet_that_asks_is_a_QuickpassCmdlet_and_is_tested_above()
    {
        // QuickpassCmdlet.ShouldProcess turns a prompt that cannot be asked into ConfirmationUnavailable; a cmdlet that
        // asks must inherit it, and a new one belongs in Cases(). The module's types live in its own load context: ask it.
        using var ps = PowerShellHost.WithModule();
        var asking = ps.Run("""
            foreach ($command in Get-Command -Module QuickpassPsa -CommandType Cmdlet) {
                $attribute = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]
                if (-not $attribute.SupportsShouldProcess) { continue }
                $base = $command.ImplementingType
                while ($base -and $base.FullName -ne 'QuickpassPsa.Cmdlets.QuickpassCmdlet') { $base = $base.BaseType }
                "$($command.Name) $([bool]$base)"
            }
            """).Output.Select(o => o.ToString()).OrderBy(n => n, StringComparer.Ordinal).ToList();

        Assert.Equal(Cases().Select(row => (string)row[0] + " True").OrderBy(n => n, StringComparer.Ordinal), asking);
    }
}
