using System;
using System.Linq;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>Tab completion of company names through TabExpansion2 in a hosted runspace, against the in-process simulator.</summary>
public class CompanyNameCompleterTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _sim;

    public CompanyNameCompleterTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed("""
            { "connectWise": { "companies": [
                { "id": 1, "identifier": "Contoso", "name": "Contoso Ltd" },
                { "id": 2, "identifier": "ContosoPh", "name": "Contoso Pharma" },
                { "id": 3, "identifier": "Conto", "name": "Conto's [UK]" },
                { "id": 4, "identifier": "Fabrikam", "name": "Fabrikam" },
                { "id": 5, "identifier": "OBrien", "name": "O’Brien Bar" } ], "contacts": [] },
              "autotask": { "companies": [
                { "id": 1, "companyName": "Contoso Ltd", "isActive": true },
                { "id": 4, "companyName": "Fabrikam", "isActive": true } ], "contacts": [] } }
            """);
        _sim.Sim.Faults.Set(new FaultSettings());
    }

    private string ConnectWise() =>
        $"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests " +
        "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)";

    private string Autotask() =>
        $"Connect-Psa -Autotask -ZoneUrl '{_sim.Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
        "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)";

    private static string[] Complete(PowerShellHost ps, string line)
    {
        var result = ps.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line);
        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        return result.Output.Select(o => o.ToString()).ToArray();
    }

    [Theory]
    [InlineData("Get-PsaContact -CompanyName Cont", new[] { "'Conto''s `[UK`]'", "'Contoso Ltd'", "'Contoso Pharma'" })]
    [InlineData("Get-PsaContact -LiteralCompanyName Contoso", new[] { "'Contoso Ltd'", "'Contoso Pharma'" })]
    [InlineData("Find-PsaContactMatch -CompanyName 'Contoso P", new[] { "'Contoso Pharma'" })]
    [InlineData("Find-PsaContactMatch -LiteralCompanyName Conto", new[] { "'Conto''s [UK]'", "'Contoso Ltd'", "'Contoso Pharma'" })]
    [InlineData("New-PsaContact -CompanyName fab", new[] { "Fabrikam" })]
    [InlineData("Get-PsaCompany -Name Contoso", new[] { "'Contoso Ltd'", "'Contoso Pharma'" })]
    [InlineData("Get-PsaCompany Fa", new[] { "Fabrikam" })]
    public void Company_parameters_complete_from_the_connection_s_companies(string line, string[] expected)
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Empty(ps.Run(ConnectWise() + " | Out-Null").Errors);

        Assert.Equal(expected, Complete(ps, line));
    }

    [Theory]
    [InlineData("Get-PsaCompany -Name O", "5")]
    [InlineData("Get-PsaCompany -Name Conto", "3")]
    [InlineData("Get-PsaCompany -LiteralName Conto", "3")]
    [InlineData("Get-PsaContact -CompanyName Conto", "3")]
    public void A_completed_name_runs_as_written_and_names_its_company(string line, string id)
    {
        // A curly quote is a single quote to PowerShell ('O’Brien Bar' ended at ’); an escaped bracket is the name it writes (round 65c).
        using var ps = PowerShellHost.WithModule();
        Assert.Empty(ps.Run(ConnectWise() + " | Out-Null").Errors);

        var completed = line[..line.LastIndexOf(' ')] + " " + Complete(ps, line)[0];
        var run = ps.Run(completed.StartsWith("Get-PsaContact", StringComparison.Ordinal) ? completed + " -Verbose" : completed);

        Assert.Null(run.TerminatingError);
        Assert.Empty(run.Errors);
        if (completed.StartsWith("Get-PsaContact", StringComparison.Ordinal)) Assert.Contains(run.Verbose, v => v.Contains("of Conto's [UK] [3]", StringComparison.Ordinal));
        else Assert.Equal(id, Assert.Single(run.Objects<QuickpassPsa.Core.Psa.PsaCompany>()).Id);
    }

    [Fact]
    public void The_company_list_is_read_once_per_connection_and_again_for_a_new_one()
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Empty(ps.Run(ConnectWise() + " | Out-Null").Errors);
        _sim.Sim.Requests.Clear();

        Complete(ps, "Get-PsaContact -CompanyName Cont");
        Complete(ps, "Get-PsaCompany -Name Fab");
        Complete(ps, "New-PsaContact -CompanyName Con");
        Assert.Equal(1, _sim.Sim.Requests.Entries().Count(r => r.Path.Contains("compan", StringComparison.OrdinalIgnoreCase)));

        // Another connection (another PSA here) has its own list.
        Assert.Empty(ps.Run(Autotask() + " | Out-Null").Errors);
        _sim.Sim.Requests.Clear();
        Assert.Equal(new[] { "'Contoso Ltd'" }, Complete(ps, "Get-PsaContact -CompanyName Cont"));
        Assert.Equal(1, _sim.Sim.Requests.Entries().Count(r => r.Path.Contains("ompan", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Without_a_connection_nothing_is_offered_and_nothing_fails()
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Empty(Complete(ps, "Get-PsaContact -CompanyName Cont"));
    }

    [Fact]
    public void A_failing_PSA_offers_nothing_and_the_next_Tab_tries_again()
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Empty(ps.Run(ConnectWise() + " | Out-Null").Errors);
        _sim.Sim.Faults.Set(new FaultSettings { ServerErrorRate = 1.0, ServerErrorStatuses = new[] { 500 } });

        Assert.Empty(Complete(ps, "Get-PsaContact -CompanyName Cont"));

        _sim.Sim.Faults.Set(new FaultSettings());
        Assert.Equal(new[] { "'Contoso Ltd'", "'Contoso Pharma'" }, Complete(ps, "Get-PsaContact -CompanyName Contoso"));
    }
}
