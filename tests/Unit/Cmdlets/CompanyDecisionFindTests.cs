using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Decisions;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Find-PsaCompanyMatch with stored customer-company decisions, against the in-process simulator for both PSAs, and
/// the decision cmdlets fed from it (Find | Save, Get-PsaCompany | Set). Autotask's store key is the API user's
/// tenant, shared by every test class in this process, so the Autotask tests name their own store with -DecisionPath.
/// </summary>
public class CompanyDecisionFindTests : IClassFixture<CompanyDecisionFindTests.Sim>
{
    public sealed class Sim : SimulatorFixture
    {
    }

    /// <summary>(id, name, active).</summary>
    private static readonly (int Id, string Name, bool Active)[] Companies =
    {
        (80, "Contoso Ltd", true),        // "Contoso Ltd" exact ★★★ ...
        (81, "Contoso Inc", true),        // ... and ★★ here (a sister under another form): excluding 80 leaves 81
        (82, "Fabrikam Group", true),     // "Fabrikam Group" exact, unless "Fabrikam" is linked to it
        (83, "Litware, Inc.", true),      // "Litware Inc": Ambiguous
        (84, "Litware Inc.", true),
        (85, "Northwind Traders", true),
        (86, "Old Mill Bakery", false),
    };

    private readonly Sim _sim;

    public CompanyDecisionFindTests(Sim sim)
    {
        _sim = sim;
        _sim.Seed(Seed());
        _sim.Sim.Faults.Set(new FaultSettings());
    }

    private static string Seed()
    {
        var cw = Companies.Select(c => $$"""{ "id": {{c.Id}}, "identifier": "C{{c.Id}}", "name": "{{c.Name}}", "status": { "id": 1, "name": "{{(c.Active ? "Active" : "Inactive")}}" } }""");
        var at = Companies.Select(c => $$"""{ "id": {{c.Id}}, "companyName": "{{c.Name}}", "isActive": {{(c.Active ? "true" : "false")}} }""");
        var json = new StringBuilder();
        json.Append("""{ "connectWise": { "companies": [ """).Append(string.Join(",\n", cw)).Append(" ], \"contacts\": [] },\n");
        json.Append("""  "autotask": { "companies": [ """).Append(string.Join(",\n", at)).Append(" ], \"contacts\": [] } }");
        return json.ToString();
    }

    private PowerShellHost Connected(string psa) => SimulatorSession.Connected(_sim, psa);

    private static Dictionary<string, CompanyMatch> ByCustomer(PsResult result) =>
        result.Objects<CompanyMatch>().ToDictionary(m => m.Customer, StringComparer.Ordinal);

    private const string Customers = "$customers = 'Contoso Ltd', 'Fabrikam Group', 'Fabrikam', 'Tailspin Toys', 'Litware Inc'";

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Stored_links_and_exclusions_win_and_a_link_to_a_missing_company_is_a_warning(string psa)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        new DecisionStore(path).SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "fabrikam", "82", "Fabrikam Group"),
            new CompanyMatchDecision(MatchDecisionKind.Excluded, "Contoso Ltd", "80", null),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Tailspin Toys", "999", "Tailspin (deleted)"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Not In This Run", "998", null),
        });
        using var ps = Connected(psa);

        var result = ps.Run(Customers + "\n$customers | Find-PsaCompanyMatch -DecisionPath $args[0]", path);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var m = ByCustomer(result);
        Assert.Equal((MatchStatus.Matched, 0, "82", CompanyMatchReason.StoredDecision), (m["Fabrikam"].Status, m["Fabrikam"].Stars, m["Fabrikam"].CompanyId, m["Fabrikam"].Reason));
        Assert.Equal((MatchStatus.Review, 1, "82"), (m["Fabrikam Group"].Status, m["Fabrikam Group"].Stars, m["Fabrikam Group"].CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.CompanyClaimed }, m["Fabrikam Group"].Reasons);
        // The excluded company was the exact one: the normalised one left is for a person to confirm.
        Assert.Equal((MatchStatus.Review, 1, "81"), (m["Contoso Ltd"].Status, m["Contoso Ltd"].Stars, m["Contoso Ltd"].CompanyId));
        Assert.Contains(CompanyMatchReason.NamesakeExcluded, m["Contoso Ltd"].Reasons);
        Assert.DoesNotContain(m["Contoso Ltd"].Candidates, c => c.CompanyId == "80");
        Assert.Equal(MatchStatus.Unmatched, m["Tailspin Toys"].Status);
        Assert.Equal(MatchStatus.Ambiguous, m["Litware Inc"].Status);

        // One warning, for the customer of this run whose linked company is gone: what, and how to fix it.
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("'Tailspin Toys'", warning);
        Assert.Contains("[999]", warning);
        Assert.Contains("Set-PsaCompanyMatch", warning);
        Assert.Contains("Remove-PsaCompanyMatch -Customer 'Tailspin Toys'", warning);

        var matched = ps.Run(Customers + "\n$customers | Find-PsaCompanyMatch -DecisionPath $args[0] -Status Matched -WarningAction SilentlyContinue | ForEach-Object Customer", path);
        Assert.Equal(new object[] { "Fabrikam" }, matched.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void A_company_linked_to_a_customer_of_another_file_is_not_Suggested_and_saving_cannot_take_it()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        new DecisionStore(path).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Northwind US", "85", "Northwind Traders") });
        using var ps = Connected("ConnectWise");

        // One export file per customer: this run names only 'Northwind Traders'.
        var result = ps.Run("'Northwind Traders' | Find-PsaCompanyMatch -DecisionPath $args[0]", path);

        Assert.Empty(result.Errors);
        var m = Assert.Single(result.Objects<CompanyMatch>());
        Assert.Equal((MatchStatus.Review, "85"), (m.Status, m.CompanyId));
        Assert.Contains(CompanyMatchReason.CompanyClaimed, m.Reasons);
        Assert.Empty(result.Warnings); // the other customer's link is fine: nothing to warn about
        var saved = ps.Run("'Northwind Traders' | Find-PsaCompanyMatch -DecisionPath $args[0] -Status Suggested | Save-PsaCompanyMatch -DecisionPath $args[0]; Get-PsaCompanyMatchDecision -DecisionPath $args[0] | ForEach-Object Customer", path);
        Assert.Equal(new object[] { "Northwind US" }, saved.Output.Select(o => o.BaseObject));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Suggested_rows_piped_to_Save_are_Matched_on_the_next_run(string psa)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = Connected(psa);
        _sim.Sim.Requests.Clear();

        var saved = ps.Run("'Contoso Ltd', 'Northwind Traders', 'Litware Inc' | Find-PsaCompanyMatch -DecisionPath $args[0] | Where-Object Status -eq Suggested | Save-PsaCompanyMatch -DecisionPath $args[0] -PassThru", path);
        Assert.Empty(saved.Errors);
        Assert.Equal(new[] { "Contoso Ltd=80", "Northwind Traders=85" }, saved.Objects<CompanyMatchDecision>().Select(d => d.Customer + "=" + d.CompanyId).OrderBy(x => x));
        Assert.All(saved.Objects<CompanyMatchDecision>(), d => Assert.Equal(d.Customer, d.CompanyName));

        var again = ByCustomer(ps.Run("'Contoso Ltd', 'Northwind Traders', 'Litware Inc' | Find-PsaCompanyMatch -DecisionPath $args[0]", path));
        Assert.Equal((MatchStatus.Matched, "80"), (again["Contoso Ltd"].Status, again["Contoso Ltd"].CompanyId));
        Assert.Equal((MatchStatus.Matched, "85"), (again["Northwind Traders"].Status, again["Northwind Traders"].CompanyId));
        Assert.Equal(MatchStatus.Ambiguous, again["Litware Inc"].Status);
        // The decision cmdlets never call the PSA: two runs, two company-list reads.
        Assert.Equal(2, _sim.Sim.Requests.Entries().Count(r => r.Path.Contains("ompan", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_company_piped_from_Get_PsaCompany_is_linked_by_hand_to_any_customer(string psa)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = Connected(psa);

        var set = ps.Run("Get-PsaCompany -Name 'Old Mill*' | Set-PsaCompanyMatch -Customer 'The Bakery' -DecisionPath $args[0] -PassThru", path);
        var found = ByCustomer(ps.Run("'The Bakery' | Find-PsaCompanyMatch -DecisionPath $args[0]", path));

        Assert.Empty(set.Errors);
        var link = Assert.Single(set.Objects<CompanyMatchDecision>());
        Assert.Equal(("The Bakery", "86", "Old Mill Bakery"), (link.Customer, link.CompanyId, link.CompanyName));
        // Linked to an inactive company: Matched, without -IncludeInactive.
        Assert.Equal((MatchStatus.Matched, "86"), (found["The Bakery"].Status, found["The Bakery"].CompanyId));
    }

    [Fact]
    public void An_excluded_company_is_never_suggested_again_and_removing_the_exclusion_brings_it_back()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = Connected("ConnectWise");

        var result = ps.Run("""
            $row = 'Fabrikam Group' | Find-PsaCompanyMatch -DecisionPath $args[0]
            $row | Set-PsaCompanyMatch -Exclude -DecisionPath $args[0]
            ('Fabrikam Group' | Find-PsaCompanyMatch -DecisionPath $args[0]).Status
            Remove-PsaCompanyMatch 'Fabrikam Group' -Exclude -DecisionPath $args[0] -Confirm:$false
            ('Fabrikam Group' | Find-PsaCompanyMatch -DecisionPath $args[0]).Status
            """, path);

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "Unmatched", "Suggested" }, result.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void Without_DecisionPath_the_connections_store_is_read_and_it_holds_contact_decisions_too()
    {
        using var ps = Connected("ConnectWise");
        var key = (string)ps.Run("(Get-PsaConnection).InstanceKey").Output.Single().BaseObject;
        var store = Path.Combine(TestDataRoot.Path, "decisions", DecisionPaths.FileNameOf(key) + ".json");
        if (File.Exists(store)) File.Delete(store);
        try
        {
            new DecisionStore(store).Save(new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, "80", "501", "jane@contoso.com", null, null) });

            var set = ps.Run("Set-PsaCompanyMatch -Customer 'Contoso' -CompanyId 81");
            var found = ByCustomer(ps.Run("'Contoso' | Find-PsaCompanyMatch"));

            Assert.Empty(set.Errors);
            Assert.Equal((MatchStatus.Matched, "81"), (found["Contoso"].Status, found["Contoso"].CompanyId));
            var reread = new DecisionStore(store);
            Assert.Equal("81", Assert.Single(reread.ReadCompanyDecisions()).CompanyId);
            Assert.Equal("501", Assert.Single(reread.Read()).ContactId);

            // Tab completion of -Customer reads the same store.
            var completion = ps.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", "Remove-PsaCompanyMatch -Customer co");
            Assert.Equal(new object[] { "Contoso" }, completion.Output.Select(o => o.BaseObject));
        }
        finally
        {
            File.Delete(store);
        }
    }

    [Fact]
    public void Offline_with_Company_decisions_come_only_from_DecisionPath_when_there_is_no_connection()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        var companies = Path.Combine(temp.Path, "companies.xml");
        new DecisionStore(path).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso", "85", null) });
        using (var online = Connected("ConnectWise"))
        {
            Assert.Empty(online.Run("Get-PsaCompany -Name * | Export-Clixml -LiteralPath $args[0]", companies).Errors);
        }
        _sim.Sim.Requests.Clear();
        using var offline = PowerShellHost.WithModule();

        var without = ByCustomer(offline.Run("'Contoso' | Find-PsaCompanyMatch -Company (Import-Clixml -LiteralPath $args[0])", companies));
        var with = ByCustomer(offline.Run("'Contoso' | Find-PsaCompanyMatch -Company (Import-Clixml -LiteralPath $args[0]) -DecisionPath $args[1]", companies, path));

        Assert.NotEqual(MatchStatus.Matched, without["Contoso"].Status);
        Assert.Equal((MatchStatus.Matched, "85"), (with["Contoso"].Status, with["Contoso"].CompanyId));
        Assert.Empty(_sim.Sim.Requests.Entries());
    }

    [Fact]
    public void An_unreadable_store_stops_Find_before_the_PSA_is_asked()
    {
        using var temp = new TempFolder();
        var path = temp.Write("d.json", "{ \"formatVersion\": 3, \"decisions\": [] }");
        using var ps = Connected("Autotask");
        _sim.Sim.Requests.Clear();

        var result = ps.Run("'Contoso Ltd' | Find-PsaCompanyMatch -DecisionPath $args[0]", path);

        Assert.Empty(result.Output);
        Assert.StartsWith("QuickpassPsa.DecisionStoreUnreadable", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Contains("newer", result.TerminatingError!.ErrorDetails.RecommendedAction);
        Assert.Empty(_sim.Sim.Requests.Entries());
    }
}
