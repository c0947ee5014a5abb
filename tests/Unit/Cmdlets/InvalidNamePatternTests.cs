using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Round 69: a name or pattern that no company, customer or account has exactly and that PowerShell cannot read as a wildcard
/// pattern ('Contoso [UK': a [ without its ]; 'Contoso`': a backtick that escapes nothing) selected nothing, silently, where the
/// decision cmdlets read it (an admin read "no decisions"), and was a plain CompanyNotFound where the PSA is read. Every parameter
/// that reads the company-name rule now stops with QuickpassPsa.InvalidNamePattern (InvalidArgument), quoting the text and saying
/// how to write it; a piped name is that item's error; a value that exists exactly as written still wins. Against the simulator
/// over HTTP on both PSAs, and the decision store by -DecisionPath.
/// </summary>
public class InvalidNamePatternTests : SeededCompanyNameTests, IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 40001, "identifier": "ContosoLtd", "name": "Contoso Ltd" },
          { "id": 40002, "identifier": "OpenBracket", "name": "Fabrikam [EU" },
          { "id": 40003, "identifier": "ContosoU", "name": "Contoso U" }
        ],
        "communicationTypes": [
          { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
          { "id": 4, "description": "Mobile", "phoneFlag": true }
        ],
        "contacts": [
          { "id": 9401, "firstName": "Eve", "lastName": "Open", "company": { "id": 40002 }, "communicationItems": [ { "type": { "id": 1 }, "value": "eve@fabrikam.test", "defaultFlag": true } ] }
        ]
      },
      "autotask": {
        "companies": [
          { "id": 40001, "companyName": "Contoso Ltd", "isActive": true },
          { "id": 40002, "companyName": "Fabrikam [EU", "isActive": true },
          { "id": 40003, "companyName": "Contoso U", "isActive": true }
        ],
        "contacts": [
          { "id": 9401, "companyID": 40002, "firstName": "Eve", "lastName": "Open", "emailAddress": "eve@fabrikam.test", "isActive": 1 }
        ]
      }
    }
    """;

    // The reasons the error gives (CompanyNameLookup.PatternProblem).
    private const string UnclosedBracket = "its [ has no closing ]";
    private const string EmptyBrackets = "its [] holds no character";
    private const string TrailingBacktick = "it ends with a lone backtick (`), which escapes nothing";


    public InvalidNamePatternTests(SimulatorFixture sim) : base(sim, Seed)
    {
    }

    private static void AssertPatternError(ErrorRecord? error, string parameter, string text, string problem)
    {
        Assert.NotNull(error);
        Assert.StartsWith("QuickpassPsa.InvalidNamePattern,", error!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(text, error.TargetObject?.ToString()?.Trim());
        Assert.StartsWith(parameter + " '" + text + "' cannot be read as a wildcard pattern: " + problem + ".", error.Exception.Message);
        Assert.Contains("escape its wildcard characters with a backtick: " + parameter + " '" + WildcardPattern.Escape(text) + "'", error.ErrorDetails!.RecommendedAction);
    }

    /// <summary>Every parameter that reads a PSA company's name by the shared rule, each with the parameter its advice names.</summary>
    public static TheoryData<string, string, string> PsaNameCommands()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var psa in new[] { "ConnectWise", "Autotask" })
        {
            data.Add(psa, "Get-PsaCompany -Name $args[0]", "-Name");
            data.Add(psa, "Get-PsaContact -CompanyName $args[0]", "-CompanyName");
            data.Add(psa, "Find-PsaContactMatch -InputObject x@example.test -CompanyName $args[0] -DecisionPath $args[1]", "-CompanyName");
            data.Add(psa, "Find-PsaContactMatch -InputObject x@example.test -Company $args[0] -DecisionPath $args[1]", "-Company");
            data.Add(psa, Zed + "$zed | New-PsaContact -CompanyName $args[0] -DecisionPath $args[1] -WhatIf", "-CompanyName");
            data.Add(psa, Zed + "$zed | New-PsaContact -Company $args[0] -DecisionPath $args[1] -WhatIf", "-Company");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PsaNameCommands))]
    public void A_typed_company_name_that_is_no_valid_pattern_stops_the_command_with_InvalidNamePattern(string psa, string command, string parameter)
    {
        using var ps = SimulatorSession.Connected(Sim, psa);

        foreach (var (text, problem) in new[] { ("Contoso [UK", UnclosedBracket), ("Contoso`", TrailingBacktick), ("Contoso []x", EmptyBrackets) })
        {
            var run = ps.Run(command, text, Store);

            Assert.True(run.TerminatingError != null, command + " " + text + ": " + string.Join(" | ", run.Errors));
            AssertPatternError(run.TerminatingError, parameter, text, problem);
            Assert.Contains("No company in ", run.TerminatingError!.Exception.Message);
            Assert.Empty(run.Output);
        }
        Assert.Equal(0, Creates());
    }

    [Theory]
    [MemberData(nameof(PsaNameCommands))]
    public void A_company_named_exactly_so_is_still_that_company(string psa, string command, string parameter)
    {
        using var ps = SimulatorSession.Connected(Sim, psa);

        var run = ps.Run(command + " -Verbose", "fabrikam [eu", Store);

        Assert.True(run.TerminatingError == null, parameter + ": " + run.TerminatingError);
        Assert.Empty(run.Errors);
        if (command.Contains("New-PsaContact", StringComparison.Ordinal)) Assert.Contains(run.Verbose, v => v.Contains("New contacts go to Fabrikam [EU [40002]", StringComparison.Ordinal));
        else if (command.StartsWith("Get-PsaCompany", StringComparison.Ordinal)) Assert.Equal("40002", Assert.Single(run.Objects<PsaCompany>()).Id);
        else if (command.StartsWith("Get-PsaContact", StringComparison.Ordinal)) Assert.Equal("9401", Assert.Single(run.Objects<PsaContact>()).Id);
        else Assert.Equal("40002", Assert.Single(run.Objects<ContactMatch>()).CompanyId);
        Assert.Equal(0, Creates());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void The_advice_runs_as_written_and_finds_the_company_or_its_neighbours(string psa)
    {
        using var ps = SimulatorSession.Connected(Sim, psa);

        var error = ps.Run("Get-PsaContact -CompanyName 'Fabrikam [E'").TerminatingError;
        AssertPatternError(error, "-CompanyName", "Fabrikam [E", UnclosedBracket);
        var advice = error!.ErrorDetails!.RecommendedAction;
        Assert.Contains("or pass -LiteralCompanyName 'Fabrikam [E'", advice);
        Assert.Contains("close the [ with a ]", advice);
        // The list command (the longest word, escaped) runs as written and finds the company the user was after.
        var list = Regex.Match(advice, "Get-PsaCompany -Name '(?:[^']|'')*'").Value;
        Assert.Equal("Get-PsaCompany -Name '*Fabrikam*'", list);
        Assert.Equal("40002", Assert.Single(ps.Run(list).Objects<PsaCompany>()).Id);

        // Get-PsaCompany names its own literal parameter; the escaped text reads back as the exact name.
        var named = ps.Run("Get-PsaCompany -Name 'Fabrikam [EU`'").TerminatingError;
        AssertPatternError(named, "-Name", "Fabrikam [EU`", TrailingBacktick);
        Assert.Contains("or pass -LiteralName 'Fabrikam [EU`'", named!.ErrorDetails!.RecommendedAction);
        var escaped = ps.Run("Get-PsaCompany -Name '" + WildcardPattern.Escape("Fabrikam [EU") + "'");
        Assert.Equal("40002", Assert.Single(escaped.Objects<PsaCompany>()).Id);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_piped_name_that_is_no_valid_pattern_is_that_items_error_and_the_next_goes_on(string psa)
    {
        using var ps = SimulatorSession.Connected(Sim, psa);

        foreach (var (command, parameter) in new[] { ("Get-PsaCompany", "-Name"), ("Get-PsaContact", "-CompanyName") })
        {
            var run = ps.Run("'Contoso [UK', 'Fabrikam [EU' | " + command);

            Assert.Null(run.TerminatingError);
            AssertPatternError(Assert.Single(run.Errors), parameter, "Contoso [UK", UnclosedBracket);
            var found = Assert.Single(run.Output).BaseObject;
            Assert.Equal(command == "Get-PsaCompany" ? "40002" : "9401", found is PsaCompany company ? company.Id : ((PsaContact)found).Id);
        }
    }

    [Fact]
    public void Get_PsaCompanyMatchDecision_Customer_that_is_no_valid_pattern_stops_unless_a_customer_is_named_exactly_so()
    {
        new DecisionStore(Store).SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso [UK", "40001", "Contoso Ltd"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Fabrikam", "40002", "Fabrikam [EU"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Tick`", "40003", "Contoso U"),
        });
        using var ps = PowerShellHost.WithModule();

        // A customer named exactly so, or the name the escapes write: that customer.
        foreach (var (text, customer) in new[] { ("contoso [uk", "Contoso [UK"), ("Contoso `[UK", "Contoso [UK"), ("Tick`", "Tick`"), ("Tick``", "Tick`"), ("Fab*", "Fabrikam") })
        {
            var exact = ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0] -Customer $args[1]", Store, text);
            Assert.True(exact.TerminatingError == null, text + ": " + exact.TerminatingError);
            Assert.Equal(customer, Assert.Single(exact.Objects<CompanyMatchDecision>()).Customer);
        }

        foreach (var (text, problem) in new[] { ("Fabrikam [EU", UnclosedBracket), ("Fabrikam`", TrailingBacktick) })
        {
            var run = ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0] -Customer $args[1]", Store, text);
            AssertPatternError(run.TerminatingError, "-Customer", text, problem);
            Assert.Contains("No stored customer-company decision names a customer exactly '" + text + "' either", run.TerminatingError!.Exception.Message);
            Assert.Empty(run.Output);
        }

        // A valid pattern that matches nothing is still an answer of none, as Get-Process 'x*' is.
        var none = ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0] -Customer 'Nobody [UK]'", Store);
        Assert.Null(none.TerminatingError);
        Assert.Empty(none.Errors);
        Assert.Empty(none.Output);
    }

    [Fact]
    public void Get_PsaContactMatchDecision_Customer_CompanyName_and_Account_that_are_no_valid_pattern_stop_the_command()
    {
        new DecisionStore(Store).SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso [UK", "40001", "Contoso Ltd"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Fabrikam", "40002", "Fabrikam [EU"),
        });
        new DecisionStore(Store).Save(new[]
        {
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "40001", "9001", "ann@contoso.test", null, "emp[7"),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "40002", "9401", "eve@fabrikam.test", null, null),
        });
        using var ps = PowerShellHost.WithModule();

        // Exactly as stored: that value, the pattern reading never tried.
        foreach (var (parameter, text, contact) in new[] { ("-Customer", "Contoso [UK", "9001"), ("-CompanyName", "fabrikam [eu", "9401"), ("-Account", "EMP[7", "9001") })
        {
            var exact = ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] " + parameter + " $args[1]", Store, text);
            Assert.True(exact.TerminatingError == null, parameter + ": " + exact.TerminatingError);
            Assert.Equal(contact, Assert.Single(exact.Objects<ContactMatchDecision>()).ContactId);
        }

        foreach (var (parameter, text, none) in new[]
                 {
                     ("-Customer", "Contoso [U", "No stored customer-company link names a customer exactly 'Contoso [U' either"),
                     ("-CompanyName", "Fabrikam [E", "No company of the stored decisions is named exactly 'Fabrikam [E' either"),
                     ("-Account", "a[b", "No stored decision has exactly 'a[b' as its account's user principal name, email address or id either"),
                     ("-Account", "ann@contoso.test`", "No stored decision has exactly 'ann@contoso.test`' as its account's"),
                 })
        {
            var run = ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] " + parameter + " $args[1]", Store, text);
            AssertPatternError(run.TerminatingError, parameter, text, text.EndsWith('`') ? TrailingBacktick : UnclosedBracket);
            Assert.Contains(none, run.TerminatingError!.Exception.Message);
            Assert.Empty(run.Output);
        }
    }
}
