using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// New-PsaContact never stores a second link to one contact (round 62a: the son's jsmith+son@ account took the contact a
/// stored decision gave his father's account, and the next run demoted the father).
/// </summary>
public class NewPsaContactOneLinkTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactOneLinkTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private const string Mark = "$mark = Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'mark.campbell@contoso.com'\n";

    private static Core.Accounts.Account Father() => WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com", first: "Mark", last: "Campbell");

    private static Core.Accounts.Account Son() => WriteTenant.Account("Campbell Mark", "mark.campbell+son@contoso.com", first: "Campbell", last: "Mark");

    [Theory]
    [InlineData("ConnectWise", "")]
    [InlineData("Autotask", "")]
    [InlineData("ConnectWise", "-Force")]
    [InlineData("Autotask", "-Force")]
    public void A_plus_tagged_account_does_not_take_the_contact_a_stored_decision_gives_another_account(string psa, string force)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        ps.Run(_sim.Connect(psa) + Mark + $"Set-PsaContactMatch -Account $args[0] -Contact $mark -DecisionPath '{store}' -Confirm:$false", Father());
        _sim.Sim.Requests.Clear();

        var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}' {force}", Son());

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactDecidedOtherwise,", error.FullyQualifiedErrorId);
        Assert.Contains("Mark Campbell", error.Exception.Message);
        Assert.Empty(result.Objects<ContactMatch>());
        Assert.Equal(0, _sim.Writes());
        var kept = Assert.Single(new DecisionStore(store).Read());
        Assert.Equal("mark.campbell@contoso.com", kept.Email);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_row_of_the_plus_tagged_account_does_not_take_the_contact_a_stored_decision_gives_another_account(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        ps.Run(_sim.Connect(psa) + Mark + $"Set-PsaContactMatch -Account $args[0] -Contact $mark -DecisionPath '{store}' -Confirm:$false", Father());

        var result = ps.Run($"$args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath '{store}' | Where-Object {{ $_.Account.Email -like '*+son@*' }} | " +
                            $"New-PsaContact -DecisionPath '{store}' -Force", Father(), Son());

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactDecidedOtherwise,", error.FullyQualifiedErrorId);
        Assert.Empty(result.Objects<ContactMatch>());
        Assert.Single(new DecisionStore(store).Read());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Two_accounts_of_one_run_found_at_one_contact_get_one_link_and_the_second_is_refused(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        ps.Run(_sim.Connect(psa));

        foreach (var force in new[] { "", "-Force" })
        {
            var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}' {force}", Father(), Son());

            Assert.Equal(new[] { "mark.campbell@contoso.com" }, result.Objects<ContactMatch>().Select(m => m.Account.Email));
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.ContactDecidedOtherwise,", error.FullyQualifiedErrorId);
            // The first run links the father in the run; the second finds his link stored by the first.
            Assert.Contains(force.Length == 0 ? "which this run has just linked to another account (Mark Campbell, mark.campbell@contoso.com)"
                : "which a stored decision links to another account (Mark Campbell, mark.campbell@contoso.com)", error.Exception.Message);
        }
        Assert.Equal("mark.campbell@contoso.com", Assert.Single(new DecisionStore(store).Read()).Email);
        Assert.Equal(0, _sim.Writes());
    }
}
