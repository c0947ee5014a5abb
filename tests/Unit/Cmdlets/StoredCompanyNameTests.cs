using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Company names as the PSA stores them and as -Company reads a name (round 67b), against the simulator over HTTP on both PSAs:
/// a company stored with spaces around its name ('  Leading Space Ltd', 'Trailing Space Ltd  ') is found by every name parameter,
/// typed with or without the spaces, as the documented rule says (the PSA's name condition alone never matched it); a company
/// stored exactly as typed comes before one stored with spaces around the same name; New-PsaContact -Company 'name' reads the
/// name as -CompanyName does, never a pattern or a fold; Find-PsaContactMatch -Company 'name' reads it as -CompanyName does
/// and folds a plain name only with a warning.
/// </summary>
public class StoredCompanyNameTests : SeededCompanyNameTests, IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 30001, "identifier": "Leading", "name": "  Leading Space Ltd" },
          { "id": 30002, "identifier": "Trailing", "name": "Trailing Space Ltd  " },
          { "id": 30003, "identifier": "Acme", "name": "Acme" },
          { "id": 30004, "identifier": "AcmePadded", "name": " Acme " },
          { "id": 30005, "identifier": "ContosoUK", "name": "Contoso [UK]" },
          { "id": 30006, "identifier": "ContosoU", "name": "Contoso U" },
          { "id": 30007, "identifier": "ContosoX", "name": "Contoso X" },
          { "id": 30008, "identifier": "SemiColon", "name": "Semi;Colon {Inc}" }
        ],
        "communicationTypes": [
          { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
          { "id": 4, "description": "Mobile", "phoneFlag": true }
        ],
        "contacts": [
          { "id": 9101, "firstName": "Lea", "lastName": "Ding", "company": { "id": 30001 }, "communicationItems": [ { "type": { "id": 1 }, "value": "lea@leading.test", "defaultFlag": true } ] },
          { "id": 9102, "firstName": "Tra", "lastName": "Iling", "company": { "id": 30002 }, "communicationItems": [ { "type": { "id": 1 }, "value": "tra@trailing.test", "defaultFlag": true } ] }
        ]
      },
      "autotask": {
        "companies": [
          { "id": 30001, "companyName": "  Leading Space Ltd", "isActive": true },
          { "id": 30002, "companyName": "Trailing Space Ltd  ", "isActive": true },
          { "id": 30003, "companyName": "Acme", "isActive": true },
          { "id": 30004, "companyName": " Acme ", "isActive": true },
          { "id": 30005, "companyName": "Contoso [UK]", "isActive": true },
          { "id": 30006, "companyName": "Contoso U", "isActive": true },
          { "id": 30007, "companyName": "Contoso X", "isActive": true },
          { "id": 30008, "companyName": "Semi;Colon {Inc}", "isActive": true }
        ],
        "contacts": [
          { "id": 9101, "companyID": 30001, "firstName": "Lea", "lastName": "Ding", "emailAddress": "lea@leading.test", "isActive": 1 },
          { "id": 9102, "companyID": 30002, "firstName": "Tra", "lastName": "Iling", "emailAddress": "tra@trailing.test", "isActive": 1 }
        ]
      }
    }
    """;


    public StoredCompanyNameTests(SimulatorFixture sim) : base(sim, Seed)
    {
    }

    /// <summary>Every parameter that takes a company's name, each with how to read the company it named from what it wrote.</summary>
    private static readonly string[] NameCommands =
    {
        "(Get-PsaCompany -Name $args[0]).Id",
        "(Get-PsaCompany -LiteralName $args[0]).Id",
        "($args[0] | Get-PsaCompany).Id",
        "(Get-PsaContact -CompanyName $args[0]).Id",
        "(Get-PsaContact -LiteralCompanyName $args[0]).Id",
        "(Find-PsaContactMatch -InputObject x@example.test -CompanyName $args[0] -DecisionPath $args[1]).CompanyId",
        "(Find-PsaContactMatch -InputObject x@example.test -LiteralCompanyName $args[0] -DecisionPath $args[1]).CompanyId",
        "(Find-PsaContactMatch -InputObject x@example.test -Company $args[0] -DecisionPath $args[1]).CompanyId",
        Zed + "$zed | New-PsaContact -CompanyName $args[0] -DecisionPath $args[1] -WhatIf",
        Zed + "$zed | New-PsaContact -Company $args[0] -DecisionPath $args[1] -WhatIf",
    };

    [Theory]
    [InlineData("ConnectWise", "Leading Space Ltd", "30001", "9101")]
    [InlineData("ConnectWise", "  Leading Space Ltd", "30001", "9101")]
    [InlineData("ConnectWise", "Trailing Space Ltd", "30002", "9102")]
    [InlineData("ConnectWise", "trailing space ltd  ", "30002", "9102")]
    [InlineData("Autotask", "Leading Space Ltd", "30001", "9101")]
    [InlineData("Autotask", "Trailing Space Ltd  ", "30002", "9102")]
    public void A_companyStored_with_spaces_around_its_name_is_found_by_every_name_parameter(string psa, string typed, string companyId, string contactId)
    {
        // Round 67b: no name parameter found '  Leading Space Ltd', typed with or without its spaces: the PSA's name condition compares
        // the stored name as it is, though the documented rule drops the spaces around a name.
        using var ps = SimulatorSession.Connected(Sim, psa);

        foreach (var command in NameCommands)
        {
            var run = ps.Run(command, typed, Store);
            Assert.True(run.TerminatingError == null, command + ": " + run.TerminatingError);
            Assert.True(run.Errors.Count == 0, command + ": " + string.Join(" | ", run.Errors));
            Assert.False(run.Warnings.Any(w => w.Contains("taken as", StringComparison.Ordinal)), command + ": " + string.Join(" | ", run.Warnings)); // by name, not a fold
            if (command.Contains("New-PsaContact", StringComparison.Ordinal))
            {
                Assert.Contains(run.Verbose, v => v.Contains("New contacts go to", StringComparison.Ordinal) && v.Contains("[" + companyId + "]", StringComparison.Ordinal));
            }
            else
            {
                var expected = command.Contains("Get-PsaContact ", StringComparison.Ordinal) ? contactId : companyId;
                Assert.True(new[] { expected }.SequenceEqual(run.Output.Select(o => o.ToString())), command + ": " + string.Join(",", run.Output));
            }
        }
        Assert.Equal(0, Creates());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_companyStored_exactly_as_typed_comes_before_oneStored_with_spaces_around_the_same_name(string psa)
    {
        using var ps = SimulatorSession.Connected(Sim, psa);

        Assert.Equal("30003", Assert.Single(ps.Run("(Get-PsaCompany -Name 'Acme').Id").Output).ToString());
        Assert.Equal("30003", Assert.Single(ps.Run("(Get-PsaCompany -LiteralName ' ACME ').Id").Output).ToString());
        // The same answer when the company list has been read first (a pattern before the name, in one command).
        Assert.Equal(new[] { "30005", "30003" }, ps.Run("(Get-PsaCompany -Name 'Contoso `[*', 'Acme').Id").Output.Select(o => o.ToString()));
        var create = ps.Run(Zed + "$zed | New-PsaContact -CompanyName 'acme' -DecisionPath $args[0] -WhatIf", Store);
        Assert.Null(create.TerminatingError);
        Assert.Contains(create.Verbose, v => v.Contains("New contacts go to Acme [30003]", StringComparison.Ordinal));
        Assert.Equal(0, Creates());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void New_PsaContact_reads_Company_given_a_name_as_CompanyName_never_as_a_pattern_or_a_near_name(string psa)
    {
        // Round 67b: -Company 'name' took the text literally (no escapes) while the docs said it is read as every name is.
        using var ps = SimulatorSession.Connected(Sim, psa);

        var escaped = ps.Run(Zed + "$zed | New-PsaContact -Company 'Contoso `[UK`]' -DecisionPath $args[0] -WhatIf", Store);
        Assert.Null(escaped.TerminatingError);
        Assert.Contains(escaped.Verbose, v => v.Contains("New contacts go to Contoso [UK] [30005]", StringComparison.Ordinal));

        var pattern = ps.Run(Zed + "$zed | New-PsaContact -Company 'Contoso*' -DecisionPath $args[0] -WhatIf", Store);
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", pattern.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("never by a wildcard pattern", pattern.TerminatingError.ErrorDetails.RecommendedAction);

        // A near name is no company; a text that is no valid pattern either is said to be so (round 69: InvalidNamePattern).
        foreach (var (near, id) in new[] { ("'Semi Colon Inc'", "QuickpassPsa.CompanyNotFound,"), ("'Contoso [X'", "QuickpassPsa.InvalidNamePattern,") })
        {
            var folded = ps.Run(Zed + "$zed | New-PsaContact -Company " + near + " -DecisionPath $args[0] -WhatIf", Store);
            Assert.True(folded.TerminatingError != null, near);
            Assert.StartsWith(id, folded.TerminatingError!.FullyQualifiedErrorId);
            Assert.DoesNotContain(folded.Warnings, w => w.Contains("taken as", StringComparison.Ordinal));
        }
        Assert.Equal(0, Creates());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Find_PsaContactMatch_reads_Company_given_a_name_as_CompanyName_and_warns_when_it_takes_a_near_name(string psa)
    {
        using var ps = SimulatorSession.Connected(Sim, psa);
        string? Company(PsResult run) => run.Objects<ContactMatch>().SingleOrDefault()?.CompanyId;

        var escaped = ps.Run("Find-PsaContactMatch -InputObject x@example.test -Company 'Contoso `[UK`]' -DecisionPath $args[0]", Store);
        Assert.Null(escaped.TerminatingError);
        Assert.Equal("30005", Company(escaped));
        Assert.DoesNotContain(escaped.Warnings, w => w.Contains("taken as", StringComparison.Ordinal));

        // A pattern must match one company, as -CompanyName's: the error lists the companies it matches, not the names "like" it.
        var pattern = ps.Run("Find-PsaContactMatch -InputObject x@example.test -Company 'Contoso*' -DecisionPath $args[0]", Store);
        Assert.StartsWith("QuickpassPsa.CompanyAmbiguous,", pattern.TerminatingError!.FullyQualifiedErrorId);
        Assert.StartsWith("3 companies match 'Contoso*'", pattern.TerminatingError.Exception.Message);

        // A text with wildcard syntax is never folded: 'Contoso [X' (no valid pattern) was taken as Contoso X; it is said to be no
        // valid pattern (round 69).
        var broken = ps.Run("Find-PsaContactMatch -InputObject x@example.test -Company 'Contoso [X' -DecisionPath $args[0]", Store);
        Assert.StartsWith("QuickpassPsa.InvalidNamePattern,", broken.TerminatingError!.FullyQualifiedErrorId);
        Assert.DoesNotContain(broken.Warnings, w => w.Contains("taken as", StringComparison.Ordinal));
        Assert.Empty(broken.Output);

        // A plain name that no company has is taken as the one company of the same name once punctuation is set aside, and said so.
        var near = ps.Run("Find-PsaContactMatch -InputObject x@example.test -Company 'Semi Colon Inc' -DecisionPath $args[0]", Store);
        Assert.Null(near.TerminatingError);
        Assert.Equal("30008", Company(near));
        var warning = Assert.Single(near.Warnings, w => w.Contains("taken as", StringComparison.Ordinal));
        Assert.Contains("-Company 'Semi Colon Inc' is taken as Semi;Colon {Inc} [30008]", warning);
    }

    [Fact]
    public void Find_PsaCompanyMatch_advice_to_drop_a_link_to_a_missing_company_reads_back_as_the_customers_name()
    {
        // Left by round 65c's fix (3832f32 quoted the other advice): Remove-PsaCompanyMatch -Customer 'O’Brien Plumbing' did not parse.
        const string customer = "O’Brien Plumbing";
        new DecisionStore(Store).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, customer, "39999", "O’Brien Plumbing") });
        using var ps = SimulatorSession.Connected(Sim, "ConnectWise");

        var run = ps.Run("$accounts = @([pscustomobject]@{ UserPrincipalName = 'ob@obrien.test'; GivenName = 'Olive'; Surname = 'Brien'; Customer = $args[0] }) | ConvertTo-QpAccount\n" +
            "$accounts | Find-PsaCompanyMatch -DecisionPath $args[1]", customer, Store);

        var warning = Assert.Single(run.Warnings, w => w.Contains("no longer among", StringComparison.Ordinal));
        var at = warning.IndexOf("Remove-PsaCompanyMatch -Customer ", StringComparison.Ordinal);
        Assert.True(at >= 0, warning);
        var command = warning.Substring(at, warning.IndexOf(" drops the link", at, StringComparison.Ordinal) - at);
        var removed = ps.Run(command + " -DecisionPath $args[0] -PassThru -Confirm:$false", Store);
        Assert.Null(removed.TerminatingError);
        Assert.Empty(removed.Errors);
        Assert.Equal(customer, Assert.Single(removed.Objects<CompanyMatchDecision>()).Customer);
    }

    [Fact]
    public void Get_PsaContactMatchDecision_Account_that_is_no_valid_pattern_is_a_typed_error_not_an_exception()
    {
        // Round 67b: -Account 'a[b' stopped the command with an untyped WildcardPatternException; round 69: then it listed nothing,
        // silently. Now a value stored exactly so is that value, and any other such text is QuickpassPsa.InvalidNamePattern.
        new DecisionStore(Store).Save(new[]
        {
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "30003", "9001", null, null, "emp[7"),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "30003", "9002", "ann@acme.test", null, null),
        });
        using var ps = PowerShellHost.WithModule();

        var none = ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] -Account 'a[b'", Store);
        Assert.StartsWith("QuickpassPsa.InvalidNamePattern,", none.TerminatingError!.FullyQualifiedErrorId);
        Assert.IsNotType<WildcardPatternException>(none.TerminatingError.Exception);
        Assert.Empty(none.Output);

        var exact = ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] -Account 'EMP[7'", Store);
        Assert.Null(exact.TerminatingError);
        Assert.Equal("9001", Assert.Single(exact.Objects<ContactMatchDecision>()).ContactId);
        Assert.Equal("9002", Assert.Single(ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] -Account 'ann@*'", Store).Objects<ContactMatchDecision>()).ContactId);
    }
}
