using System;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Stored customer links made when the companies were live, to a company since deactivated (Gamma LLC) or renamed
/// "(old - DO NOT USE)" beside a new record (Delta Corp): both finders warn, and New-PsaContact creates nothing there
/// unless -Force, on both PSAs.
/// </summary>
public class CompanyNotInUseTests : IClassFixture<SimulatorFixture>, IDisposable
{
    private readonly SimulatorFixture _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public CompanyNotInUseTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed("""
            { "connectWise": {
                "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true },
                                        { "id": 2, "description": "Mobile", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": false } ],
                "companies": [ { "id": 300, "identifier": "Gamma", "name": "Gamma LLC", "status": { "id": 2, "name": "Inactive" } },
                               { "id": 400, "identifier": "DeltaOld", "name": "Delta Corp (old - DO NOT USE)" },
                               { "id": 401, "identifier": "Delta", "name": "Delta Corp" } ],
                "contacts": [] },
              "autotask": {
                "companies": [ { "id": 300, "companyName": "Gamma LLC", "isActive": false },
                               { "id": 400, "companyName": "Delta Corp (old - DO NOT USE)", "isActive": true },
                               { "id": 401, "companyName": "Delta Corp", "isActive": true } ],
                "contacts": [] } }
            """);
        _sim.Sim.Faults.Set(new FaultSettings());
        _store = System.IO.Path.Combine(_folder.Path, "decisions.json");
        new DecisionStore(_store).SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Gamma", "300", "Gamma LLC"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Delta", "400", "Delta Corp"),
        });
    }

    public void Dispose() => _folder.Dispose();

    private const string Accounts = """
        $accounts = @(
            [pscustomobject]@{ UserPrincipalName = 'gary@gamma.example'; Mail = 'gary@gamma.example'; GivenName = 'Gary'; Surname = 'Gamma'; Customer = 'Gamma' }
            [pscustomobject]@{ UserPrincipalName = 'dora@delta.example'; Mail = 'dora@delta.example'; GivenName = 'Dora'; Surname = 'Delta'; Customer = 'Delta' }
        ) | ConvertTo-QpAccount

        """;

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Both_finders_warn_about_a_link_to_a_company_no_longer_in_use(string psa)
    {
        using var ps = SimulatorSession.Connected(_sim, psa);

        var companies = ps.Run(Accounts + $"$accounts | Find-PsaCompanyMatch -DecisionPath '{_store}'");
        Assert.All(companies.Objects<CompanyMatch>(), m => Assert.Equal(MatchStatus.Matched, m.Status));
        Assert.Equal(2, companies.Warnings.Count);
        Assert.Contains(companies.Warnings, w => w.Contains("'Gamma'") && w.Contains("inactive in the PSA"));
        Assert.Contains(companies.Warnings, w => w.Contains("'Delta'") && w.Contains("not to use") && w.Contains("Set-PsaCompanyMatch"));

        var contacts = ps.Run(Accounts + $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}'");
        Assert.Equal(2, contacts.Objects<ContactMatch>().Count);
        Assert.Equal(2, contacts.Warnings.Count(w => w.Contains("New-PsaContact creates none there without -Force")));
    }

    [Theory]
    [InlineData("O’Brien Plumbing")]
    [InlineData("O'Brien Plumbing")]
    public void The_command_the_warning_suggests_reads_back_as_the_customers_name(string customer)
    {
        // PowerShell reads the curly quote as a single quote: doubling only the straight one left the command unparsable.
        new DecisionStore(_store).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, customer, "300", "Gamma LLC") });
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");

        var run = ps.Run("$accounts = @([pscustomobject]@{ UserPrincipalName = 'gary@gamma.example'; Mail = 'gary@gamma.example'; GivenName = 'Gary'; Surname = 'Gamma'; Customer = $args[0] }) | ConvertTo-QpAccount\n" +
            $"$accounts | Find-PsaCompanyMatch -DecisionPath '{_store}'", customer);

        var warning = Assert.Single(run.Warnings);
        var at = warning.IndexOf("Set-PsaCompanyMatch -Customer ", StringComparison.Ordinal);
        Assert.True(at >= 0, warning);
        var command = warning.Substring(at, warning.IndexOf(" -CompanyId", at, StringComparison.Ordinal) - at);
        var ast = System.Management.Automation.Language.Parser.ParseInput(command, out _, out var errors);
        Assert.Empty(errors);
        var argument = ast.FindAll(a => a is System.Management.Automation.Language.StringConstantExpressionAst { StringConstantType: System.Management.Automation.Language.StringConstantType.SingleQuoted }, true)
            .Cast<System.Management.Automation.Language.StringConstantExpressionAst>().Single();
        Assert.Equal(customer, argument.Value);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void New_PsaContact_creates_nothing_in_a_company_no_longer_in_use_unless_Force(string psa)
    {
        using var ps = SimulatorSession.Connected(_sim, psa);

        var refused = ps.Run(Accounts + $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -WarningAction SilentlyContinue | New-PsaContact -DecisionPath '{_store}'");

        Assert.Empty(refused.Output);
        Assert.Equal(2, refused.Errors.Count);
        Assert.All(refused.Errors, e => Assert.Equal("QuickpassPsa.CompanyNotInUse", e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Contains(refused.Errors, e => e.Exception.Message.Contains("Gamma LLC") && e.ErrorDetails.RecommendedAction.Contains("-Force"));
        Assert.Empty(ps.Run("Get-PsaContact -CompanyId 300 -IncludeInactive").Objects<QuickpassPsa.Core.Psa.PsaContact>());

        var forced = ps.Run(Accounts + $"$accounts | Where-Object Customer -eq 'Gamma' | New-PsaContact -DecisionPath '{_store}' -Force");

        Assert.Empty(forced.Errors);
        Assert.Equal("300", Assert.Single(forced.Objects<ContactMatch>()).Contact!.CompanyId);
    }
}
