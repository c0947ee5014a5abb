using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Writes;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Round 60b (WRONG-LINK): rows and decisions of one PSA used on a connection to the other, and stored customer-company links
/// whose company id names another company now. Both PSAs of the sample tenant in one session: the same customers under other ids.
/// </summary>
public class RowPsaMismatchTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public RowPsaMismatchTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private static readonly string Contoso = Path.Combine(RepoPaths.Root, "samples", "accounts", "contoso.csv");

    /// <summary>
    /// $at and $cw connected (ConnectWise the default). ConnectWise's store is this class's own (its simulator's port is in the
    /// store's name) and is emptied first; Autotask's default store is every test class's (one tenant), so $atStore, a file of
    /// this test's, stands in for it, used with -Connection $at.
    /// </summary>
    private PowerShellHost Both(TempFolder data)
    {
        var ps = PowerShellHost.WithModule();
        var connect = ps.Run("$at = " + SimulatorSession.ConnectScript(_sim, "Autotask") + "\n$cw = " + SimulatorSession.ConnectScript(_sim, "ConnectWise") + "\n" +
            $"$accounts = Get-QpAccount -LiteralPath '{Contoso}'\n" +
            $"$atStore = '{Path.Combine(data.Path, "autotask.json")}'\n" +
            "Get-PsaContactMatchDecision -Connection $cw | Remove-PsaContactMatch -Connection $cw -Confirm:$false\n" +
            "Get-PsaCompanyMatchDecision -Connection $cw | Remove-PsaCompanyMatch -Connection $cw -Confirm:$false");
        Assert.Null(connect.TerminatingError);
        Assert.Empty(connect.Errors);
        Assert.Equal(0, Stored(ps, "cw") + Stored(ps, "cw", "Company"));
        return ps;
    }

    private static void AllPsaMismatch(PsResult result, int count)
    {
        Assert.Null(result.TerminatingError);
        Assert.Equal(count, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("QuickpassPsa.PsaMismatch,", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
            Assert.Contains("was made on Autotask, but the connection", e.Exception.Message);
            Assert.Contains("-Connection", e.ErrorDetails.RecommendedAction);
        });
    }

    private static int Stored(PowerShellHost ps, string connection, string what = "Contact") =>
        (int)ps.Run($"@(Get-Psa{what}MatchDecision -Connection ${connection}" + (connection == "at" ? " -DecisionPath $atStore" : string.Empty) + ").Count").Output.Single().BaseObject;

    [Fact]
    public void Autotask_contact_rows_are_refused_per_row_on_a_ConnectWise_connection_and_nothing_reaches_its_store()
    {
        using var data = new TempFolder();
        using var ps = Both(data);
        var rows = ps.Run("$rows = $accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -Connection $at; $rows | ForEach-Object Psa | Sort-Object -Unique");
        Assert.Equal("Autotask", Assert.Single(rows.Output).BaseObject);
        var suggested = (int)ps.Run("@($rows | Where-Object Status -eq Suggested).Count").Output.Single().BaseObject;
        Assert.True(suggested > 3);

        // Save-PsaContactMatch, live rows and rows read back with Import-Clixml (whose Psa property is kept).
        AllPsaMismatch(ps.Run("$rows | Where-Object Status -eq Suggested | Save-PsaContactMatch"), suggested);
        var clixml = Path.Combine(data.Path, "rows.xml");
        AllPsaMismatch(ps.Run($"$rows | Export-Clixml '{clixml}'; Import-Clixml '{clixml}' | Where-Object Status -eq Suggested | Save-PsaContactMatch -Connection $cw"), suggested);
        Assert.Equal(0, Stored(ps, "cw"));

        // Set-PsaContactMatch with a row, and with a contact of the other PSA.
        AllPsaMismatch(ps.Run("$row = $rows | Where-Object Status -eq Suggested | Select-Object -First 1; Set-PsaContactMatch -Match $row -ContactId $row.ContactId"), 1);
        AllPsaMismatch(ps.Run("Set-PsaContactMatch -Account $row.Account -Contact $row.Contact"), 1);
        Assert.Equal(0, Stored(ps, "cw"));

        // New-PsaContact with an Unmatched row creates nothing on ConnectWise, not even under -WhatIf.
        _sim.Sim.Requests.Clear();
        AllPsaMismatch(ps.Run("$rows | Where-Object Status -eq Unmatched | Select-Object -First 2 | New-PsaContact -WhatIf"), 2);
        AllPsaMismatch(ps.Run("$rows | Where-Object Status -eq Unmatched | Select-Object -First 1 | New-PsaContact -Confirm:$false"), 1);
        Assert.Equal(0, _sim.Writes());

        // On their own PSA the same rows are saved, and a row of it then refuses to be removed through ConnectWise.
        var saved = ps.Run("$rows | Where-Object Status -eq Suggested | Save-PsaContactMatch -Connection $at -DecisionPath $atStore -PassThru | ForEach-Object Psa | Sort-Object -Unique");
        Assert.Empty(saved.Errors);
        Assert.Equal("Autotask", Assert.Single(saved.Output).BaseObject);
        Assert.Equal(suggested, Stored(ps, "at"));
        AllPsaMismatch(ps.Run("$rows | Where-Object Status -eq Suggested | Select-Object -First 1 | Remove-PsaContactMatch -Confirm:$false"), 1);
        AllPsaMismatch(ps.Run("Get-PsaContactMatchDecision -Connection $at -DecisionPath $atStore | Select-Object -First 1 | Remove-PsaContactMatch -Connection $cw -Confirm:$false"), 1);
        Assert.Equal(suggested, Stored(ps, "at"));
    }

    [Fact]
    public void Autotask_company_rows_are_refused_per_row_on_a_ConnectWise_connection()
    {
        using var data = new TempFolder();
        using var ps = Both(data);
        ps.Run("$links = 'Contoso Ltd', 'Fabrikam Inc' | Find-PsaCompanyMatch -Connection $at");

        AllPsaMismatch(ps.Run("$links | Save-PsaCompanyMatch"), 2);
        AllPsaMismatch(ps.Run("$links | Set-PsaCompanyMatch"), 2);
        AllPsaMismatch(ps.Run("Get-PsaCompany -Name 'Contoso Ltd' -Connection $at | Set-PsaCompanyMatch -Customer 'Contoso Ltd'"), 1);
        Assert.Equal(0, Stored(ps, "cw", "Company"));

        // -CompanyMatch rows of the other PSA link nothing: each is refused, and its customer is then not linked.
        var run = ps.Run("$accounts | Find-PsaContactMatch -CompanyMatch $links -SummaryVariable s | Out-Null; $s | ForEach-Object State");
        Assert.Contains(run.Errors, e => e.FullyQualifiedErrorId.StartsWith("QuickpassPsa.PsaMismatch,", StringComparison.Ordinal));
        Assert.Equal(CustomerRunState.NotLinked, Assert.Single(run.Output).BaseObject);

        // A decision of the Autotask store is not removed through ConnectWise (whose store may hold the same customer and id).
        Assert.Empty(ps.Run("$links | Save-PsaCompanyMatch -Connection $at -DecisionPath $atStore").Errors);
        AllPsaMismatch(ps.Run("Get-PsaCompanyMatchDecision -Connection $at -DecisionPath $atStore | Remove-PsaCompanyMatch -Connection $cw -Confirm:$false"), 2);
        Assert.Equal(2, Stored(ps, "at", "Company"));
    }

    [Fact]
    public void A_company_link_whose_id_names_another_company_now_is_passed_over_with_a_warning_and_confirmed_again_by_id()
    {
        using var data = new TempFolder();
        using var ps = Both(data);
        var store = Path.Combine(data.Path, "links.json");
        // "Contoso Ltd" linked to [19302], which is Fabrikam Inc on this ConnectWise site (a store from another site, a reused record).
        new DecisionStore(store).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso Ltd", "19302", "Contoso Ltd") });

        var companies = ps.Run($"$accounts | Find-PsaCompanyMatch -DecisionPath '{store}'");
        var contoso = Assert.Single(companies.Objects<CompanyMatch>());
        Assert.Equal((MatchStatus.Suggested, "19297"), (contoso.Status, contoso.CompanyId)); // on evidence: its own company
        var warning = Assert.Single(companies.Warnings);
        Assert.Contains("points to company [19302], which was 'Contoso Ltd' when the link was made and is 'Fabrikam Inc' now", warning);
        Assert.Contains("Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId 19302", warning);

        var contacts = ps.Run($"$accounts | Find-PsaContactMatch -DecisionPath '{store}' -SummaryVariable s; $s");
        Assert.DoesNotContain(contacts.Output, o => o.BaseObject is ContactMatch); // never matched against Fabrikam's contacts
        var error = Assert.Single(contacts.Errors);
        Assert.StartsWith("QuickpassPsa.CustomerCompanyChanged,", error.FullyQualifiedErrorId);
        Assert.Contains("'Fabrikam Inc' now", error.Exception.Message);
        Assert.Equal(CustomerRunState.CompanyChanged, Assert.IsType<CustomerMatchSummary>(Assert.Single(contacts.Output).BaseObject).State);

        _sim.Sim.Requests.Clear();
        var created = ps.Run($"$accounts | Select-Object -First 3 | New-PsaContact -DecisionPath '{store}' -Confirm:$false");
        Assert.All(created.Errors, e => Assert.StartsWith("QuickpassPsa.CustomerCompanyChanged,", e.FullyQualifiedErrorId));
        Assert.Equal(3, created.Errors.Count);
        Assert.Equal(0, _sim.Writes());

        // Confirmed again by id: the PSA's current name is stored, and the link holds.
        var again = ps.Run($"Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId 19302 -DecisionPath '{store}' -Connection $cw -PassThru");
        Assert.Empty(again.Errors);
        Assert.Equal("Fabrikam Inc", Assert.Single(again.Objects<CompanyMatchDecision>()).CompanyName);
        var now = ps.Run($"$accounts | Find-PsaCompanyMatch -DecisionPath '{store}'");
        Assert.Empty(now.Warnings);
        Assert.Equal((MatchStatus.Matched, "19302"), (now.Objects<CompanyMatch>().Single().Status, now.Objects<CompanyMatch>().Single().CompanyId));
    }

    [Fact]
    public void A_rename_that_keeps_the_names_words_keeps_the_link()
    {
        using var data = new TempFolder();
        using var ps = Both(data);
        var store = Path.Combine(data.Path, "links.json");
        new DecisionStore(store).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso Ltd", "19297", "Contoso") });

        var companies = ps.Run($"$accounts | Find-PsaCompanyMatch -DecisionPath '{store}'");
        Assert.Empty(companies.Warnings);
        Assert.Equal(MatchStatus.Matched, companies.Objects<CompanyMatch>().Single().Status);
        var contacts = ps.Run($"$accounts | Find-PsaContactMatch -DecisionPath '{store}' | Measure-Object | ForEach-Object Count");
        Assert.Empty(contacts.Errors);
        Assert.True((int)contacts.Output.Single().BaseObject > 5);
    }

    [Fact]
    public void Set_PsaCompanyMatch_by_id_stores_the_companys_name_and_refuses_an_id_no_company_has()
    {
        using var data = new TempFolder();
        using var ps = Both(data);

        var set = ps.Run("Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId 19297 -PassThru; Set-PsaCompanyMatch -Customer 'Ghost' -CompanyId 424242 -PassThru");
        Assert.Equal(("Contoso Ltd", "ConnectWise"), (set.Objects<CompanyMatchDecision>().Single().CompanyName, set.Objects<CompanyMatchDecision>().Single().Psa));
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", Assert.Single(set.Errors).FullyQualifiedErrorId);
        Assert.Equal(1, Stored(ps, "cw", "Company"));

        // A file named by hand, with no connection asked for: no lookup, the link is stored by id alone, as before.
        var store = Path.Combine(data.Path, "offline.json");
        using var offline = PowerShellHost.WithModule();
        var stored = offline.Run($"Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId 19297 -DecisionPath '{store}' -PassThru");
        Assert.Empty(stored.Errors);
        Assert.Null(stored.Objects<CompanyMatchDecision>().Single().CompanyName);
    }
}
