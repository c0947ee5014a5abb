using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 59: New-PsaContact -WhatIf said "What if: Create" for a 32-character first name, and the report's "Can be created" and the
/// summary's ToCreate said yes, while the real run refused it (ConnectWise's firstName holds 30 characters; the simulator's Autotask
/// says 20 for each name, from its field information). The limits are known before sending: all three say no, by one rule.
/// </summary>
public class FieldLengthTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public FieldLengthTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private static Account Person(string first, string last, string email) => new()
    {
        Id = email, FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email, Customer = "Contoso Ltd", Source = AccountSource.CsvFile,
    };

    private static object[] Accounts() => new object[]
    {
        Person("Averyveryveryverylongfirstnamexx", "Lastname", "averylong@contoso.com"), // 32: too long on both
        Person("Priya", "Venkataraghavan-Subramaniam", "priya.v@contoso.com"),           // 27: too long on Autotask only
        Person("Rita", "Sol", "rita.sol@contoso.com"),
    };

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void WhatIf_the_report_and_ToCreate_refuse_a_value_longer_than_its_field_as_the_real_run_does(string psa)
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "d.json");
        var report = Path.Combine(folder.Path, "r.html");
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect(psa) + $"Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId (Get-PsaCompany -Name 'Contoso Ltd').Id -DecisionPath '{store}'");
        var tooLong = psa == "Autotask" ? 2 : 1;

        var find = ps.Run($"$global:rows = $args | Find-PsaContactMatch -DecisionPath '{store}' -SummaryVariable global:summary; $global:summary", Accounts());
        var summary = Assert.Single(find.Objects<CustomerMatchSummary>());
        _sim.Sim.Requests.Clear();
        var whatIf = ps.Run($"$global:rows | Where-Object Status -eq Unmatched | New-PsaContact -DecisionPath '{store}' -WhatIf");
        ps.Run($"@($global:rows) + @($global:summary) | Export-PsaMatchReport -Path '{report}'");
        var real = ps.Run($"$global:rows | Where-Object Status -eq Unmatched | New-PsaContact -DecisionPath '{store}' -Confirm:$false");

        Assert.Equal((3, 3 - tooLong), (summary.Unmatched, summary.ToCreate));
        // -WhatIf: the real run's errors, word for word, and no "What if" for those rows (no output, nothing written).
        Assert.Equal(tooLong, whatIf.Errors.Count);
        Assert.All(whatIf.Errors, e => Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", e.FullyQualifiedErrorId));
        Assert.Equal(real.Errors.Select(e => e.Exception.Message), whatIf.Errors.Select(e => e.Exception.Message));
        Assert.Contains(psa + "'s firstName field holds at most " + (psa == "Autotask" ? "20" : "30"), whatIf.Errors[0].Exception.Message);
        Assert.Empty(whatIf.Output);
        Assert.Equal(3 - tooLong, real.Objects<ContactMatch>().Count());
        // The report: its yes rows are ToCreate, and each no says which value and the field's length.
        var html = File.ReadAllText(report);
        var table = Regex.Match(html, "id=\"unmatched-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(summary.ToCreate, Regex.Matches(table, "<td class=\"ok\">yes</td>").Count);
        Assert.Equal(tooLong, Regex.Matches(table, "field holds at most").Count);
    }
}
