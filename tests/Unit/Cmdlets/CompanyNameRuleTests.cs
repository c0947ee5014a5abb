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
/// The one rule every cmdlet reads a company name by (round 65c), against the simulator over HTTP: a company of exactly the
/// name wins over the name read as a pattern ("Contoso [UK]" beside "Contoso U"); backtick escapes without a live wildcard are
/// the name they write; a name with both quote characters is found on ConnectWise; every command an error suggests runs and
/// finds what it says; and New-PsaContact never creates a row of one company in another named for the run.
/// </summary>
public class CompanyNameRuleTests : IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 20001, "identifier": "ContosoLtd", "name": "Contoso Ltd" },
          { "id": 20002, "identifier": "ContosoUK", "name": "Contoso [UK]" },
          { "id": 20003, "identifier": "ContosoU", "name": "Contoso U" },
          { "id": 20004, "identifier": "StarCo", "name": "Star*Co" },
          { "id": 20005, "identifier": "StarXCo", "name": "StarXCo" },
          { "id": 20006, "identifier": "BobsBest", "name": "Bob's \"Best\" Shop" }
        ],
        "communicationTypes": [
          { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
          { "id": 4, "description": "Mobile", "phoneFlag": true }
        ],
        "contacts": [
          { "id": 9027, "firstName": "Ian", "lastName": "Wright", "company": { "id": 20002 }, "communicationItems": [ { "type": { "id": 1 }, "value": "ian.wright@old-contoso-uk.test", "defaultFlag": true } ] },
          { "id": 9018, "firstName": "Person", "lastName": "ContosoU", "company": { "id": 20003 }, "communicationItems": [ { "type": { "id": 1 }, "value": "p@contosou.test", "defaultFlag": true } ] },
          { "id": 9040, "firstName": "Sam", "lastName": "Star", "company": { "id": 20004 }, "communicationItems": [ { "type": { "id": 1 }, "value": "sam@starco.test", "defaultFlag": true } ] },
          { "id": 9041, "firstName": "Xena", "lastName": "Star", "company": { "id": 20005 }, "communicationItems": [ { "type": { "id": 1 }, "value": "xena@starxco.test", "defaultFlag": true } ] },
          { "id": 9050, "firstName": "Bob", "lastName": "Best", "company": { "id": 20006 }, "communicationItems": [ { "type": { "id": 1 }, "value": "bob@bobsbest.test", "defaultFlag": true } ] }
        ]
      },
      "autotask": {
        "companies": [
          { "id": 20001, "companyName": "Contoso Ltd", "isActive": true },
          { "id": 20002, "companyName": "Contoso [UK]", "isActive": true },
          { "id": 20003, "companyName": "Contoso U", "isActive": true },
          { "id": 20004, "companyName": "Star*Co", "isActive": true },
          { "id": 20005, "companyName": "StarXCo", "isActive": true },
          { "id": 20006, "companyName": "Bob's \"Best\" Shop", "isActive": true }
        ],
        "contacts": [
          { "id": 9027, "companyID": 20002, "firstName": "Ian", "lastName": "Wright", "emailAddress": "ian.wright@old-contoso-uk.test", "isActive": 1 },
          { "id": 9018, "companyID": 20003, "firstName": "Person", "lastName": "ContosoU", "emailAddress": "p@contosou.test", "isActive": 1 },
          { "id": 9040, "companyID": 20004, "firstName": "Sam", "lastName": "Star", "emailAddress": "sam@starco.test", "isActive": 1 },
          { "id": 9041, "companyID": 20005, "firstName": "Xena", "lastName": "Star", "emailAddress": "xena@starxco.test", "isActive": 1 },
          { "id": 9050, "companyID": 20006, "firstName": "Bob", "lastName": "Best", "emailAddress": "bob@bobsbest.test", "isActive": 1 }
        ]
      }
    }
    """;

    /// <summary>Ian Wright of the customer Contoso [UK], whose contact there (9027) has an old address.</summary>
    private const string Ian =
        "$ian = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Ian'; Surname = 'Wright'; mail = 'ian.wright@contoso.co.uk'; Customer = 'Contoso [UK]' })\n";

    private readonly SimulatorFixture _sim;

    public CompanyNameRuleTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Sim.Reset();
        _sim.Seed(Seed);
        _sim.Sim.Faults.Set(new FaultSettings());
        _sim.Sim.Requests.Clear();
    }

    private string Connect(string psa) => (psa == "ConnectWise"
        ? $"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests " +
          "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)"
        : $"Connect-Psa -Autotask -ZoneUrl '{_sim.Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
          "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)") + " | Out-Null\n";

    private static string[] ContactIds(PsResult result) => result.Output.Select(o => o.BaseObject).OfType<PsaContact>().Select(c => c.Id).ToArray();

    private static string[] CompanyIds(PsResult result) => result.Output.Select(o => o.BaseObject).OfType<PsaCompany>().Select(c => c.Id).OrderBy(i => i).ToArray();

    private int ContactCreates() => _sim.Sim.Requests.Entries().Count(e => e.Method == "POST" && e.Path.Contains("contact", StringComparison.OrdinalIgnoreCase) &&
        !e.Path.Contains("/query", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Find_PsaContactMatch_takes_the_company_of_exactly_the_name_before_the_pattern_it_also_reads_as(string psa)
    {
        // Round 65c: -CompanyName 'Contoso [UK]' read [UK] as a class and matched Ian Wright against Contoso U: Unmatched.
        using var ps = PowerShellHost.WithModule();
        using var temp = new TempFolder();
        var result = ps.Run(Connect(psa) + Ian + "$ian | Find-PsaContactMatch -CompanyName 'Contoso [UK]' -DecisionPath $args[0]", Path.Combine(temp.Path, "store"));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal(("20002", "Contoso [UK]"), (row.CompanyId, row.CompanyName));
        Assert.NotEqual(MatchStatus.Unmatched, row.Status); // the matcher weighs his own contact (its address is an old one)
        Assert.Equal("9027", row.Contact!.Id);
        var said = Assert.Single(result.Verbose, v => v.Contains("exact name", StringComparison.Ordinal));
        Assert.Contains("Contoso [UK] [20002]", said);
        Assert.Contains("Contoso U [20003]", said);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Every_cmdlet_reads_a_company_name_the_same_way(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect(psa));

        // The exact name wins over the pattern, in every cmdlet and from the pipeline.
        Assert.Equal(new[] { "9027" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Contoso [UK]'")));
        Assert.Equal(new[] { "9027" }, ContactIds(ps.Run("'Contoso [UK]' | Get-PsaContact")));
        Assert.Equal(new[] { "9027" }, ContactIds(ps.Run("Get-PsaContact -LiteralCompanyName 'Contoso [UK]'")));
        Assert.Equal(new[] { "20002" }, CompanyIds(ps.Run("Get-PsaCompany -Name 'Contoso [UK]'")));
        Assert.Equal(new[] { "20002" }, CompanyIds(ps.Run("'contoso [uk]' | Get-PsaCompany")));
        Assert.Equal(new[] { "20004" }, CompanyIds(ps.Run("Get-PsaCompany -Name 'Star*Co'")));
        Assert.Equal(new[] { "9040" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Star*Co'")));

        // PowerShell's escapes: without a live wildcard, the name they write (Tab completion writes 'Contoso `[UK`]').
        Assert.Equal(new[] { "20002" }, CompanyIds(ps.Run("Get-PsaCompany -Name 'Contoso `[UK`]'")));
        Assert.Equal(new[] { "9027" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Contoso `[UK`]'")));
        Assert.Equal(new[] { "9040" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Star`*Co'")));
        Assert.Equal(new[] { "20002" }, CompanyIds(ps.Run("Get-PsaCompany -Name '*Contoso `[UK`]*'")));

        // A pattern is still a pattern when no company has the text as its name.
        Assert.Equal(new[] { "20001", "20002", "20003" }, CompanyIds(ps.Run("Get-PsaCompany -Name 'Contoso*'")));
        Assert.Equal(new[] { "9027" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Contoso `[U*'")));
        Assert.Equal(new[] { "9018" }, ContactIds(ps.Run("Get-PsaContact -CompanyName 'Contoso [U]'")));
        Assert.Equal(new[] { "20004", "20005" }, CompanyIds(ps.Run("Get-PsaCompany -Name 'Star?Co'")));

        // New-PsaContact: the same name, never a pattern.
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "store");
        foreach (var name in new[] { "'Contoso [UK]'", "'Contoso `[UK`]'" })
        {
            var preview = ps.Run(Ian + "$ian | New-PsaContact -CompanyName " + name + " -DecisionPath $args[0] -WhatIf", store);
            Assert.Null(preview.TerminatingError);
            Assert.Contains(preview.Verbose, v => v.Contains("New contacts go to Contoso [UK] [20002]", StringComparison.Ordinal));
        }
        var pattern = ps.Run(Ian + "$ian | New-PsaContact -CompanyName 'Contoso [U]' -DecisionPath $args[0] -WhatIf", store);
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", pattern.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(0, ContactCreates());
    }

    [Theory]
    [InlineData("Get-PsaCompany -Name 'Contoso [UK]' -Verbose")]
    [InlineData("Get-PsaContact -CompanyName 'Contoso [UK]' -Verbose")]
    public void The_exact_name_winning_over_its_pattern_is_said_in_Verbose_and_a_plain_name_says_nothing(string command)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise"));

        var exact = ps.Run(command);
        Assert.Contains(exact.Verbose, v => v.Contains("'Contoso [UK]' is the exact name of Contoso [UK] [20002]", StringComparison.Ordinal) && v.Contains("Contoso U [20003]", StringComparison.Ordinal));
        Assert.DoesNotContain(ps.Run("Get-PsaCompany -Name 'Contoso U'").Verbose, v => v.Contains("exact name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Get-PsaContact -CompanyName $args[0]")]
    [InlineData("Get-PsaContact -LiteralCompanyName $args[0]")]
    [InlineData("Get-PsaCompany -Name $args[0]")]
    [InlineData("Get-PsaCompany -LiteralName $args[0]")]
    [InlineData("Find-PsaContactMatch -InputObject bob@bobsbest.test -LiteralCompanyName $args[0] | ForEach-Object Contact")]
    [InlineData("Find-PsaContactMatch -InputObject bob@bobsbest.test -CompanyName $args[0] | ForEach-Object Contact")]
    public void ConnectWise_finds_a_company_whose_name_holds_both_quote_characters(string command)
    {
        // Conditions cannot hold both quotes: the name is compared against the company list instead of refused (round 65c).
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise"));

        var result = ps.Run(command, "Bob's \"Best\" Shop");

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var found = Assert.Single(result.Output).BaseObject;
        Assert.Equal(found is PsaContact ? "9050" : "20006", found is PsaContact contact ? contact.Id : ((PsaCompany)found).Id);
    }

    /// <summary>The Get-PsaCompany commands an error's text and advice suggest, as written.</summary>
    private static string[] Suggested(ErrorRecord error) =>
        Regex.Matches(error.Exception.Message + " " + error.ErrorDetails?.RecommendedAction, "Get-PsaCompany(?: -Name '(?:[^']|'')*')?")
            .Select(m => m.Value).Distinct().ToArray();

    [Theory]
    [InlineData("ConnectWise", "Get-PsaContact -CompanyName 'Contoso [XY]'", "20002")]
    [InlineData("ConnectWise", "Get-PsaContact -CompanyName 'Contoso `[XY`]'", "20002")]
    [InlineData("ConnectWise", "Get-PsaContact -LiteralCompanyName 'Contoso [XY]'", "20002")]
    [InlineData("ConnectWise", "Get-PsaCompany -Name 'Contoso `[XY`]'", "20002")]
    [InlineData("ConnectWise", "Get-PsaCompany -LiteralName 'Contoso [XY]'", "20002")]
    [InlineData("ConnectWise", "Get-PsaContact -CompanyName \"Bob's Worst\"", "20006")]
    [InlineData("Autotask", "Get-PsaContact -CompanyName \"Bob's Worst\"", "20006")]
    [InlineData("ConnectWise", "Find-PsaContactMatch -InputObject x@contoso.test -CompanyName 'Contoso `[XY`]'", "20002")]
    [InlineData("ConnectWise", "ConvertTo-QpAccount x@contoso.test | New-PsaContact -CompanyName 'Contoso*' -WhatIf", "20001")]
    [InlineData("ConnectWise", "ConvertTo-QpAccount x@contoso.test | New-PsaContact -CompanyName 'Contoso `[XY`]' -WhatIf", "20002")]
    [InlineData("Autotask", "ConvertTo-QpAccount x@contoso.test | New-PsaContact -CompanyName 'Contoso [XY]' -WhatIf", "20002")]
    [InlineData("ConnectWise", "Get-PsaContact -CompanyName 'Contoso [UK'", "20002", "QuickpassPsa.InvalidNamePattern,")]
    [InlineData("Autotask", "Get-PsaCompany -Name 'Contoso [UK'", "20002", "QuickpassPsa.InvalidNamePattern,")]
    public void Every_command_an_error_suggests_runs_and_finds_what_it_says(string psa, string command, string expected, string errorId = "QuickpassPsa.CompanyNotFound,")
    {
        // Round 65c: the suggested -Name '*Contoso ```[UK```]*' found nothing. Round 69: a text that is no valid pattern is
        // InvalidNamePattern, whose advice suggests the same list.
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect(psa));

        var failed = ps.Run(command);
        var error = failed.TerminatingError ?? Assert.Single(failed.Errors);
        Assert.StartsWith(errorId, error.FullyQualifiedErrorId);
        Assert.DoesNotContain("``", error.Exception.Message + error.ErrorDetails?.RecommendedAction);
        var suggested = Assert.Single(Suggested(error));
        Assert.Contains("-Name", suggested);

        var run = ps.Run(suggested);
        Assert.True(run.TerminatingError == null, suggested + ": " + run.TerminatingError);
        Assert.True(CompanyIds(run).Length > 0, suggested + " | " + error.Exception.Message + " | " + error.ErrorDetails?.RecommendedAction);
        Assert.Empty(run.Errors);
        Assert.Contains(expected, CompanyIds(run));
    }

    [Fact]
    public void The_advice_for_an_address_with_both_quote_characters_runs_as_written_with_the_company_id()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(Connect("ConnectWise"));

        var error = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email \"o'neil`\"x@contoso.com\"").Errors);
        Assert.StartsWith("QuickpassPsa.ValueNotSearchable,", error.FullyQualifiedErrorId);
        var advice = error.ErrorDetails!.RecommendedAction;
        Assert.DoesNotContain("-CompanyName 'O?Neil*'", advice);
        var command = Regex.Match(advice, @"Get-PsaContact -CompanyId <id> \| Where-Object Emails -Contains '(?:[^']|'')*'").Value;
        Assert.NotEmpty(command);

        var run = ps.Run(command.Replace("<id>", "20001", StringComparison.Ordinal));
        Assert.Null(run.TerminatingError);
        Assert.Empty(run.Errors);
    }

    [Theory]
    [InlineData("ConnectWise", "-CompanyName 'Contoso [UK]'", "-CompanyName")]
    [InlineData("Autotask", "-CompanyName 'Contoso [UK]'", "-CompanyName")]
    [InlineData("ConnectWise", "-CompanyId 20002", "-CompanyId")]
    [InlineData("ConnectWise", "-CompanyName 'Contoso [UK]' -Force", "-CompanyName")]
    [InlineData("Autotask", "-Company (Get-PsaCompany -LiteralName 'Contoso [UK]') -Force", "-Company")]
    public void New_PsaContact_refuses_a_row_matched_in_another_company_than_the_one_named_for_the_run(string psa, string company, string parameter)
    {
        // Round 65c: an Unmatched row of Contoso U, created with -CompanyName 'Contoso [UK]', gave Contoso [UK] a second Ian Wright.
        using var ps = PowerShellHost.WithModule();
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "store");
        var result = ps.Run(Connect(psa) + Ian + """
            $global:rows = $ian | Find-PsaContactMatch -CompanyId 20003 -DecisionPath $args[0]
            $rows.Status
            $rows | New-PsaContact
            """ + " " + company + " -DecisionPath $args[0] -Confirm:$false\n'after'", store);

        Assert.Null(result.TerminatingError);
        Assert.Equal("Unmatched", result.Output[0].ToString());
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.CustomerCompanyChanged,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.IsType<ContactMatch>(error.TargetObject);
        Assert.Contains("'Contoso U' [20003]", error.Exception.Message);
        Assert.Contains("'Contoso [UK]' [20002]", error.Exception.Message);
        Assert.Contains(parameter + " names", error.Exception.Message);
        Assert.Contains("No contact was created", error.Exception.Message);
        Assert.Equal("after", result.Output.Last().BaseObject);
        Assert.Equal(0, ContactCreates());
        Assert.Equal(new[] { "9027" }, ContactIds(ps.Run("Get-PsaContact -CompanyId 20002")));

        // The advice, run as written: matched in Contoso [UK], Ian Wright has his contact there, and nothing is created.
        var advice = Regex.Match(error.ErrorDetails!.RecommendedAction, @"\$rows\.Account \| Find-PsaContactMatch -CompanyId 20002 \| Where-Object Status -eq Unmatched \| New-PsaContact").Value;
        Assert.NotEmpty(advice);
        var followed = ps.Run(advice + " -DecisionPath $args[0] -Confirm:$false; ($rows.Account | Find-PsaContactMatch -CompanyId 20002 -DecisionPath $args[0]).Contact.Id", store);
        Assert.Null(followed.TerminatingError);
        Assert.Empty(followed.Errors);
        Assert.Equal("9027", Assert.Single(followed.Output).ToString());
        Assert.Equal(0, ContactCreates());
    }

    [Fact]
    public void New_PsaContact_without_a_company_still_creates_a_row_in_its_own_company_and_a_row_of_the_named_company_goes_on()
    {
        using var ps = PowerShellHost.WithModule();
        using var temp = new TempFolder();
        var result = ps.Run(Connect("ConnectWise") + """
            $nia = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Nia'; Surname = 'Long'; mail = 'nia.long@contoso.co.uk' })
            $nia | Find-PsaContactMatch -CompanyId 20003 -DecisionPath $args[0] | New-PsaContact -DecisionPath $args[0] -WhatIf
            $nia | Find-PsaContactMatch -CompanyName 'Contoso [UK]' -DecisionPath $args[0] | New-PsaContact -CompanyName 'Contoso `[UK`]' -DecisionPath $args[0] -WhatIf
            """, Path.Combine(temp.Path, "store"));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Contains(result.Verbose, v => v.Contains("New contacts go to Contoso [UK] [20002]", StringComparison.Ordinal));
    }

    /// <summary>Customers "Contoso [UK]" and "Contoso U" linked to their companies, each with one contact decision.</summary>
    private static void SaveContosoDecisions(string path)
    {
        var store = new DecisionStore(path);
        store.SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso [UK]", "20002", "Contoso [UK]"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso U", "20003", "Contoso U"),
        });
        store.Save(new[]
        {
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "20002", "9027", "ian.wright@contoso.co.uk", null, null),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "20003", "9018", "p@contosou.test", null, null),
        });
    }

    [Fact]
    public void Get_PsaContactMatchDecision_CompanyName_takes_the_company_of_exactly_the_name()
    {
        using var ps = PowerShellHost.WithModule();
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "decisions.json");
        SaveContosoDecisions(path);

        string Ids(string name) => string.Join(",", ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] -CompanyName " + name, path)
            .Objects<ContactMatchDecision>().Select(d => d.ContactId).OrderBy(i => i));

        Assert.Equal("9027", Ids("'Contoso [UK]'"));
        Assert.Equal("9027", Ids("'Contoso `[UK`]'"));
        Assert.Equal("9018", Ids("'Contoso [U]'"));
        Assert.Equal("9018,9027", Ids("'Contoso*'"));
    }

    [Fact]
    public void The_decision_cmdlets_Customer_filter_takes_the_customer_of_exactly_the_name()
    {
        // Left by round 65c's fix: -Customer 'Contoso [UK]' listed Contoso U's decisions (a script piping them into a Remove would have
        // removed the wrong customer's).
        using var ps = PowerShellHost.WithModule();
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "decisions.json");
        SaveContosoDecisions(path);

        string Contacts(string name) => string.Join(",", ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] -Customer " + name, path)
            .Objects<ContactMatchDecision>().Select(d => d.ContactId).OrderBy(i => i));
        string Companies(string name) => string.Join(",", ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0] -Customer " + name, path)
            .Objects<CompanyMatchDecision>().Select(d => d.CompanyId).OrderBy(i => i));

        Assert.Equal("9027", Contacts("'Contoso [UK]'"));
        Assert.Equal("9027", Contacts("'Contoso `[UK`]'"));
        Assert.Equal("9018,9027", Contacts("'Contoso*'"));
        Assert.Equal("20002", Companies("'Contoso [UK]'"));
        Assert.Equal("20002", Companies("'contoso `[uk`]'"));
        Assert.Equal("20003", Companies("'Contoso [U]'"));
        Assert.Equal("20002,20003", Companies("'Contoso*'"));
    }
}
