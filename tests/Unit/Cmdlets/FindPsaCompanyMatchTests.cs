using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Find-PsaCompanyMatch in a hosted runspace against the in-process simulator, for both PSAs: a handful of crafted
/// companies that give every status, and enough filler companies that the company list takes several pages
/// (ConnectWise 1,000 a page, Autotask 500), so "read once" is visible in the request log.
/// </summary>
public class FindPsaCompanyMatchTests : IClassFixture<SimulatorFixture>
{
    private const int Filler = 1100;

    /// <summary>(id, name, active).</summary>
    private static readonly (int Id, string Name, bool Active)[] Companies =
    {
        (70, "Contoso Ltd", true),            // "Contoso Ltd" exact ★★★; "Contoso Limited" would be ★★ but Contoso Ltd claims it
        (71, "Smith and Sons Inc", true),     // "Smith & Sons, Inc." ★★
        (72, "Litware, Inc.", true),          // "Litware Inc" -> two companies differing only by punctuation: Ambiguous
        (73, "Litware Inc.", true),
        (74, "Northwind Traders", true),      // "Northwnd Traders" -> Review ★
        (75, "Old Mill Bakery", false),       // inactive, no active company near: listed first, Review (InactiveCompany)
    };

    private readonly SimulatorFixture _sim;

    public FindPsaCompanyMatchTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed(Seed());
        _sim.Sim.Faults.Set(new FaultSettings());
    }

    private static string Seed()
    {
        var cw = new List<string>();
        var at = new List<string>();
        foreach (var c in Companies)
        {
            cw.Add($$"""{ "id": {{c.Id}}, "identifier": "C{{c.Id}}", "name": "{{c.Name}}", "status": { "id": 1, "name": "{{(c.Active ? "Active" : "Inactive")}}" } }""");
            at.Add($$"""{ "id": {{c.Id}}, "companyName": "{{c.Name}}", "isActive": {{(c.Active ? "true" : "false")}} }""");
        }
        for (var i = 0; i < Filler; i++)
        {
            cw.Add($$"""{ "id": {{1000 + i}}, "identifier": "F{{i}}", "name": "Filler Holdings {{i}}" }""");
            at.Add($$"""{ "id": {{1000 + i}}, "companyName": "Filler Holdings {{i}}", "isActive": true }""");
        }
        var json = new StringBuilder();
        json.Append("""{ "connectWise": { "companies": [ """).Append(string.Join(",\n", cw)).Append(" ], \"contacts\": [] },\n");
        json.Append("""  "autotask": { "companies": [ """).Append(string.Join(",\n", at)).Append(" ], \"contacts\": [] } }");
        return json.ToString();
    }

    private PowerShellHost Connected(string psa) => SimulatorSession.Connected(_sim, psa);

    private const string Customers = "$customers = 'Contoso Ltd', 'Contoso Limited', 'Smith & Sons, Inc.', 'Litware Inc', 'Northwnd Traders', 'Old Mill Bakery', 'Tailspin Toys'";

    private static Dictionary<string, CompanyMatch> ByCustomer(PsResult result) =>
        result.Objects<CompanyMatch>().ToDictionary(m => m.Customer, StringComparer.Ordinal);

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Every_status_arises_from_customer_names(string psa)
    {
        using var ps = Connected(psa);

        var result = ps.Run(Customers + "\n$customers | Find-PsaCompanyMatch");

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "Contoso Ltd", "Contoso Limited", "Smith & Sons, Inc.", "Litware Inc", "Northwnd Traders", "Old Mill Bakery", "Tailspin Toys" },
            result.Objects<CompanyMatch>().Select(m => m.Customer));
        var m = ByCustomer(result);
        Assert.Equal((MatchStatus.Suggested, 3, "70", CompanyMatchReason.CompanyExact), (m["Contoso Ltd"].Status, m["Contoso Ltd"].Stars, m["Contoso Ltd"].CompanyId, m["Contoso Ltd"].Reason));
        Assert.Equal((MatchStatus.Review, 1, "70"), (m["Contoso Limited"].Status, m["Contoso Limited"].Stars, m["Contoso Limited"].CompanyId));
        Assert.Contains(CompanyMatchReason.CompanyClaimed, m["Contoso Limited"].Reasons);
        Assert.Equal((MatchStatus.Suggested, 2, "71", CompanyMatchReason.CompanyNormalized), (m["Smith & Sons, Inc."].Status, m["Smith & Sons, Inc."].Stars, m["Smith & Sons, Inc."].CompanyId, m["Smith & Sons, Inc."].Reason));
        Assert.Equal(MatchStatus.Ambiguous, m["Litware Inc"].Status);
        Assert.Equal(new[] { "72", "73" }, m["Litware Inc"].Candidates.Select(c => c.CompanyId).OrderBy(i => i));
        Assert.Equal((MatchStatus.Review, 1, "74", CompanyMatchReason.CompanyFuzzy), (m["Northwnd Traders"].Status, m["Northwnd Traders"].Stars, m["Northwnd Traders"].CompanyId, m["Northwnd Traders"].Reason));
        // Inactive and not matched by default, but the customer's own name with no active company near: listed, Review (round 60b).
        Assert.Equal((MatchStatus.Review, 1, "75"), (m["Old Mill Bakery"].Status, m["Old Mill Bakery"].Stars, m["Old Mill Bakery"].CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.InactiveCompany }, m["Old Mill Bakery"].Reasons);
        Assert.Equal(MatchStatus.Unmatched, m["Tailspin Toys"].Status);
        Assert.All(m.Values, x => Assert.Null(x.AccountCount));
        Assert.All(m.Values.Where(x => x.Company != null), x => Assert.Null(x.Company!.Raw));

        var review = ps.Run(Customers + "\n$customers | Find-PsaCompanyMatch -Status Review | ForEach-Object Customer");
        Assert.Equal(new object[] { "Contoso Limited", "Northwnd Traders", "Old Mill Bakery" }, review.Output.Select(o => o.BaseObject));
    }

    [Theory]
    [InlineData("ConnectWise", 1000)]
    [InlineData("Autotask", 500)]
    public void The_company_list_is_read_once_for_all_customers(string psa, int pageSize)
    {
        using var ps = Connected(psa);
        _sim.Sim.Requests.Clear();

        var result = ps.Run(Customers + "\n$customers + @(1..30 | ForEach-Object { \"Customer $_\" }) | Find-PsaCompanyMatch");

        Assert.Empty(result.Errors);
        Assert.Equal(37, result.Output.Count);
        var requests = _sim.Sim.Requests.Entries();
        var pages = (Companies.Length + Filler + pageSize - 1) / pageSize;
        Assert.True(pages >= 2, "the seed must need several pages");
        Assert.Equal(pages, requests.Count(r => r.Path.Contains("ompan", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(pages, requests.Count(r => r.Status == 200));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void IncludeInactive_matches_inactive_companies_no_higher_than_Review(string psa)
    {
        using var ps = Connected(psa);

        var m = ByCustomer(ps.Run("'Old Mill Bakery' | Find-PsaCompanyMatch -IncludeInactive"));

        Assert.Equal((MatchStatus.Review, 1, "75"), (m["Old Mill Bakery"].Status, m["Old Mill Bakery"].Stars, m["Old Mill Bakery"].CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.InactiveCompany }, m["Old Mill Bakery"].Reasons);
    }

    [Fact]
    public void Accounts_are_counted_per_customer_and_those_without_one_warned_about_once()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run("""
            @(
                [pscustomobject]@{ Id = 'a1'; Mail = 'a1@contoso.test'; Customer = 'Contoso Ltd' }
                [pscustomobject]@{ Id = 'a2'; Mail = 'a2@contoso.test'; Customer = 'Contoso Ltd' }
                [pscustomobject]@{ Id = 'a6'; Mail = 'a6@contoso.test'; Customer = 'CONTOSO LTD' }
                [pscustomobject]@{ Id = 'a3'; Mail = 'a3@smith.test'; Customer = 'Smith & Sons, Inc.' }
                [pscustomobject]@{ Id = 'a4'; Mail = 'a4@x.test' }
                [pscustomobject]@{ Id = 'a5'; Mail = 'a5@x.test' }
            ) | ConvertTo-QpAccount | Find-PsaCompanyMatch
            """);

        Assert.Empty(result.Errors);
        var m = ByCustomer(result);
        // "CONTOSO LTD" is the same customer, as the decision store and Find-PsaContactMatch read it: one row, three accounts.
        Assert.Equal(new[] { "Contoso Ltd", "Smith & Sons, Inc." }, m.Keys);
        Assert.Equal(3, m["Contoso Ltd"].AccountCount);
        Assert.Equal(1, m["Smith & Sons, Inc."].AccountCount);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("2 accounts have no Customer and were left out. ", warning, StringComparison.Ordinal);

        // Round 47c: one account reads as one account.
        var one = ps.Run("[pscustomobject]@{ Id = 'a4'; Mail = 'a4@x.test' } | ConvertTo-QpAccount | Find-PsaCompanyMatch");
        Assert.StartsWith("1 account has no Customer and was left out. ", Assert.Single(one.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_a_customers_export_and_deserialized_accounts_give_their_customer()
    {
        using var ps = Connected("Autotask");

        var result = ps.Run("""
            $path = Join-Path ([IO.Path]::GetTempPath()) ([Guid]::NewGuid().ToString() + '.xml')
            [pscustomobject]@{ Id = 'a1'; Mail = 'a1@contoso.test'; Customer = 'Contoso Ltd' } | ConvertTo-QpAccount | Export-Clixml $path
            $saved = Import-Clixml $path
            Remove-Item $path
            @($saved) + @(
                [pscustomobject]@{ CustomerName = 'Smith & Sons, Inc.'; Users = 12 }
                [pscustomobject]@{ Name = 'Northwind Traders' }
                [pscustomobject]@{ Company = 'Litware, Inc.' }
            ) | Find-PsaCompanyMatch
            """);

        Assert.Empty(result.Errors);
        var m = ByCustomer(result);
        Assert.Equal(1, m["Contoso Ltd"].AccountCount);
        Assert.Equal(3, m["Contoso Ltd"].Stars);
        Assert.Equal(("71", 2), (m["Smith & Sons, Inc."].CompanyId, m["Smith & Sons, Inc."].Stars));
        Assert.Null(m["Smith & Sons, Inc."].AccountCount);
        Assert.Equal(("74", 3), (m["Northwind Traders"].CompanyId, m["Northwind Traders"].Stars));
        // Read from its Company property; "Litware, Inc." beside "Litware Inc." is one company entered twice: Ambiguous.
        Assert.Equal(MatchStatus.Ambiguous, m["Litware, Inc."].Status);
    }

    [Fact]
    public void A_row_with_both_a_Name_and_a_Company_is_read_by_its_Company()
    {
        using var ps = Connected("ConnectWise");

        // A row of a user export: Name is the person's.
        var result = ps.Run("[pscustomobject]@{ Name = 'John Smith'; Company = 'Northwind Traders' } | Find-PsaCompanyMatch");

        Assert.Equal("Northwind Traders", Assert.Single(result.Objects<CompanyMatch>()).Customer);
    }

    [Fact]
    public void An_item_without_a_customer_name_is_a_non_terminating_error()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run("@('Contoso Ltd', [pscustomobject]@{ Phone = '555' }, '  ') | Find-PsaCompanyMatch");

        Assert.Null(result.TerminatingError);
        Assert.Equal("Contoso Ltd", Assert.Single(result.Objects<CompanyMatch>()).Customer);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal("QuickpassPsa.CustomerNameMissing", e.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
            Assert.False(string.IsNullOrEmpty(e.ErrorDetails?.RecommendedAction));
        });
        Assert.Equal("555", ((PSObject)result.Errors[0].TargetObject).Properties["Phone"].Value);
    }

    [Fact]
    public void Company_matches_offline_against_saved_companies_with_no_request_and_no_connection()
    {
        using var online = Connected("ConnectWise");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid() + ".xml");
        try
        {
            var saved = online.Run($"Get-PsaCompany -Name 'Contoso*', 'Smith*', 'Litware*' | Export-Clixml '{path}'");
            Assert.Empty(saved.Errors);
            _sim.Sim.Requests.Clear();

            using var offline = PowerShellHost.WithModule();
            var result = offline.Run($"'Contoso Limited', 'Smith & Sons, Inc.', 'Litware Inc' | Find-PsaCompanyMatch -Company (Import-Clixml '{path}')");

            Assert.Null(result.TerminatingError);
            Assert.Empty(result.Errors);
            var m = ByCustomer(result);
            Assert.Equal((MatchStatus.Suggested, 2, "70"), (m["Contoso Limited"].Status, m["Contoso Limited"].Stars, m["Contoso Limited"].CompanyId));
            Assert.Equal((MatchStatus.Suggested, 2, "71"), (m["Smith & Sons, Inc."].Status, m["Smith & Sons, Inc."].Stars, m["Smith & Sons, Inc."].CompanyId));
            Assert.Equal(MatchStatus.Ambiguous, m["Litware Inc"].Status);
            Assert.Empty(_sim.Sim.Requests.Entries());
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ConnectWise", 400, "QuickpassPsa.PsaRequestFailed")]
    [InlineData("Autotask", 404, "QuickpassPsa.PsaNotFound")]
    public void A_refused_company_list_read_stops_the_command(string psa, int status, string errorId)
    {
        using var ps = Connected(psa);
        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = status, FailNextCount = 1 });

        var result = ps.Run("'Contoso Ltd', 'Fabrikam' | Find-PsaCompanyMatch; 'after'");

        Assert.Empty(result.Output);
        Assert.StartsWith(errorId + ",", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.False(string.IsNullOrEmpty(result.TerminatingError!.ErrorDetails?.RecommendedAction));
    }

    [Fact]
    public void Null_items_are_skipped_without_an_error()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run("@($null, 'Contoso Ltd') | Find-PsaCompanyMatch");

        Assert.Empty(result.Errors);
        Assert.Equal("Contoso Ltd", Assert.Single(result.Objects<CompanyMatch>()).Customer);
    }

    [Fact]
    public void Without_a_connection_the_command_stops_before_reading_input()
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("'Contoso Ltd' | Find-PsaCompanyMatch");

        Assert.NotNull(result.TerminatingError);
        Assert.Equal("QuickpassPsa.PsaNotConnected", result.TerminatingError!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Results_saved_with_Export_Clixml_filter_by_Status_and_Reason_as_text()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run(Customers + """

            $path = Join-Path ([IO.Path]::GetTempPath()) ([Guid]::NewGuid().ToString() + '.xml')
            $customers | Find-PsaCompanyMatch | Export-Clixml $path
            $back = Import-Clixml $path
            Remove-Item $path
            $back | Where-Object Status -eq Suggested | ForEach-Object { $_.Customer + '|' + $_.Reason + '|' + $_.Stars }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { "Contoso Ltd|CompanyExact|3", "Smith & Sons, Inc.|CompanyNormalized|2" }, result.Output.Select(o => o.BaseObject));
    }
}
