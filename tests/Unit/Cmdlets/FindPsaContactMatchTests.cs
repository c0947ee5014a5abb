using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Find-PsaContactMatch in a hosted runspace against the in-process simulator, for both PSAs: a crafted company
/// ("Acme", id 50) whose contacts give every computed status, plus enough filler contacts that reading them takes
/// several pages (ConnectWise 1,000 a page, Autotask 500), so "read once" is visible in the request log.
/// </summary>
public class FindPsaContactMatchTests : IClassFixture<SimulatorFixture>
{
    private const int Filler = 1200;

    /// <summary>Acme's contacts: (id, first, last, email or null, active).</summary>
    private static readonly (int Id, string First, string Last, string? Email, bool Active)[] People =
    {
        (500, "Ann", "Lee", "ann.lee@acme.test", true),          // Ann Lee: same address -> Suggested ★★★
        (501, "Bo", "Ek", null, true),                           // Bo Ek: exact name, no address -> Suggested ★★
        (502, "Liz", "Harper", null, true),                      // Elizabeth Harper: nickname -> Review ★ (a nickname alone never links)
        (503, "Michael", "Brown", null, true),                   // Michael Brown: two contacts -> Ambiguous
        (504, "Michael", "Brown", null, true),
        (505, "Cy", "Old", "cy.old@acme.test", false),           // Cy Old: inactive; only with -IncludeInactive, then Review
    };

    /// <summary>The accounts, piped from ConvertTo-QpAccount (Id = their Entra-style id).</summary>
    private const string Accounts = """
        $accounts = @(
            [pscustomobject]@{ Id = 'a-ann'; GivenName = 'Ann'; Surname = 'Lee'; Mail = 'ann.lee@acme.test' }
            [pscustomobject]@{ Id = 'a-bo'; GivenName = 'Bo'; Surname = 'Ek'; Mail = 'bo.ek@acme.test' }
            [pscustomobject]@{ Id = 'a-liz'; GivenName = 'Elizabeth'; Surname = 'Harper'; Mail = 'elizabeth.harper@acme.test' }
            [pscustomobject]@{ Id = 'a-mike'; GivenName = 'Michael'; Surname = 'Brown'; Mail = 'mbrown@acme.test' }
            [pscustomobject]@{ Id = 'a-cy'; GivenName = 'Cy'; Surname = 'Old'; Mail = 'cy.old@acme.test' }
            [pscustomobject]@{ Id = 'a-new'; GivenName = 'Nia'; Surname = 'Newhire'; Mail = 'nia.newhire@acme.test' }
        ) | ConvertTo-QpAccount
        """;

    private readonly SimulatorFixture _sim;

    public FindPsaContactMatchTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed(Seed());
        _sim.Sim.Faults.Set(new FaultSettings());
    }

    private static string Seed()
    {
        var cw = new List<string>();
        var at = new List<string>();
        foreach (var p in People)
        {
            var items = p.Email == null ? "[]" : $$"""[ { "type": { "id": 1 }, "value": "{{p.Email}}", "defaultFlag": true } ]""";
            cw.Add($$"""{ "id": {{p.Id}}, "firstName": "{{p.First}}", "lastName": "{{p.Last}}", "company": { "id": 50 }, "inactiveFlag": {{(p.Active ? "false" : "true")}}, "communicationItems": {{items}} }""");
            at.Add($$"""{ "id": {{p.Id}}, "companyID": 50, "firstName": "{{p.First}}", "lastName": "{{p.Last}}", "emailAddress": {{(p.Email == null ? "null" : "\"" + p.Email + "\"")}}, "isActive": {{(p.Active ? 1 : 0)}} }""");
        }
        for (var i = 0; i < Filler; i++)
        {
            var id = 10000 + i;
            cw.Add($$"""{ "id": {{id}}, "firstName": "Filler", "lastName": "Person{{i}}", "company": { "id": 50 }, "communicationItems": [ { "type": { "id": 1 }, "value": "filler{{i}}@acme.test", "defaultFlag": true } ] }""");
            at.Add($$"""{ "id": {{id}}, "companyID": 50, "firstName": "Filler", "lastName": "Person{{i}}", "emailAddress": "filler{{i}}@acme.test", "isActive": 1 }""");
        }
        // Another company's contact with the address of Acme's new hire: never a candidate for Acme's accounts.
        cw.Add("""{ "id": 506, "firstName": "Nia", "lastName": "Newhire", "company": { "id": 51 }, "communicationItems": [ { "type": { "id": 1 }, "value": "nia.newhire@acme.test", "defaultFlag": true } ] }""");
        at.Add("""{ "id": 506, "companyID": 51, "firstName": "Nia", "lastName": "Newhire", "emailAddress": "nia.newhire@acme.test", "isActive": 1 }""");

        var json = new StringBuilder();
        json.Append("""{ "connectWise": { "companies": [ { "id": 50, "identifier": "Acme", "name": "Acme" }, { "id": 51, "identifier": "Other", "name": "Other Co" } ], """);
        json.Append("""  "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true } ], "contacts": [ """);
        json.Append(string.Join(",\n", cw)).Append(" ] },\n");
        json.Append("""  "autotask": { "companies": [ { "id": 50, "companyName": "Acme", "isActive": true }, { "id": 51, "companyName": "Other Co", "isActive": true } ], "contacts": [ """);
        json.Append(string.Join(",\n", at)).Append(" ] } }");
        return json.ToString();
    }

    private PowerShellHost Connected(string psa) => SimulatorSession.Connected(_sim, psa, Accounts);

    private static Dictionary<string, ContactMatch> ByAccount(PsResult result) =>
        result.Objects<ContactMatch>().ToDictionary(m => m.AccountId!, StringComparer.Ordinal);

    private static string[] ErrorIds(PsResult result) => result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToArray();

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Company_takes_a_name_exact_or_the_same_once_legal_suffixes_are_set_aside_and_never_a_near_spelling(string psa)
    {
        using var ps = Connected(psa);

        foreach (var name in new[] { "acme", "ACME, Inc.", "The Acme Ltd" })
        {
            var result = ps.Run($"$accounts | Find-PsaContactMatch -Company '{name}'");
            Assert.Null(result.TerminatingError);
            var rows = result.Objects<ContactMatch>();
            Assert.Equal(6, rows.Count);
            Assert.All(rows, r => Assert.Equal(("50", "Acme"), (r.CompanyId, r.CompanyName)));
        }

        var typo = ps.Run("$accounts | Find-PsaContactMatch -Company 'Acne'");
        Assert.NotNull(typo.TerminatingError);
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", typo.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("'Acme'", typo.TerminatingError.ErrorDetails.RecommendedAction);
        Assert.Empty(typo.Output);

        // A positional name is still -CompanyName's (wildcards allowed there).
        Assert.Equal(6, ps.Run("$accounts | Find-PsaContactMatch 'Ac*'").Objects<ContactMatch>().Count);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Every_computed_status_arises_from_the_crafted_accounts(string psa)
    {
        using var ps = Connected(psa);

        var result = ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme");

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var m = ByAccount(result);
        Assert.Equal(new[] { "a-ann", "a-bo", "a-liz", "a-mike", "a-cy", "a-new" }, result.Objects<ContactMatch>().Select(x => x.AccountId)); // input order

        Assert.Equal((MatchStatus.Suggested, 3, "500", MatchReason.EmailPrimary), (m["a-ann"].Status, m["a-ann"].Stars, m["a-ann"].ContactId, m["a-ann"].Reason));
        Assert.Equal((MatchStatus.Suggested, 2, "501", MatchReason.NameExact), (m["a-bo"].Status, m["a-bo"].Stars, m["a-bo"].ContactId, m["a-bo"].Reason));
        Assert.Equal((MatchStatus.Review, 1, "502", MatchReason.Nickname), (m["a-liz"].Status, m["a-liz"].Stars, m["a-liz"].ContactId, m["a-liz"].Reason));
        Assert.Equal((MatchStatus.Ambiguous, 0, (string?)null), (m["a-mike"].Status, m["a-mike"].Stars, m["a-mike"].ContactId));
        Assert.Equal(new[] { "503", "504" }, m["a-mike"].Candidates.Select(c => c.ContactId).OrderBy(i => i));
        // Cy Old's only contact is inactive and not read by default; Nia's namesake belongs to another company.
        Assert.Equal(MatchStatus.Unmatched, m["a-cy"].Status);
        Assert.Equal(MatchStatus.Unmatched, m["a-new"].Status);
        Assert.Empty(m["a-new"].Candidates);
        Assert.All(result.Objects<ContactMatch>(), x => Assert.Equal(MatchStrategy.Default, x.Strategy));

        // Status is the enum, and PowerShell compares it with a string.
        var review = ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme | Where-Object Status -eq Review | ForEach-Object AccountId");
        Assert.Equal(new object[] { "a-liz" }, review.Output.Select(o => o.BaseObject));
    }

    [Theory]
    [InlineData("ConnectWise", 1000)]
    [InlineData("Autotask", 500)]
    public void The_company_is_looked_up_once_and_its_contacts_read_once_for_all_accounts(string psa, int pageSize)
    {
        using var ps = Connected(psa);
        // Many more accounts than pages: one request per account would show.
        ps.Run("$many = $accounts + @(1..40 | ForEach-Object { [pscustomobject]@{ Id = \"x-$_\"; Mail = \"x$_@acme.test\"; GivenName = 'X'; Surname = \"Y$_\" } | ConvertTo-QpAccount })");
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$many | Find-PsaContactMatch -CompanyName Acme");

        Assert.Empty(result.Errors);
        Assert.Equal(46, result.Output.Count);
        var requests = _sim.Sim.Requests.Entries();
        var companyLookups = requests.Count(r => r.Path.Contains("ompan", StringComparison.OrdinalIgnoreCase) && !r.Path.Contains("ontact", StringComparison.OrdinalIgnoreCase));
        var contactPages = requests.Count(r => r.Path.Contains("ontact", StringComparison.OrdinalIgnoreCase));
        var expectedPages = (People.Count(p => p.Active) + Filler + pageSize - 1) / pageSize; // Acme's own contacts, active only
        Assert.True(expectedPages >= 2, "the seed must need several pages");
        Assert.Equal(1, companyLookups);
        Assert.Equal(expectedPages, contactPages);
        Assert.Equal(1 + expectedPages, requests.Count(r => r.Status == 200));

        // Progress for the read (contacts so far) and for the match.
        Assert.Contains(result.Progress, p => p.Activity == "Reading the contacts of Acme" && p.StatusDescription.EndsWith("contacts so far", StringComparison.Ordinal));
        Assert.Contains(result.Progress, p => p.Activity == "Matching accounts to contacts" && p.StatusDescription.StartsWith("46 accounts against", StringComparison.Ordinal));
        Assert.Contains(result.Progress, p => p.Activity == "Matching accounts to contacts" && p.RecordType == ProgressRecordType.Completed);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void IncludeInactive_reads_inactive_contacts_and_they_get_no_more_than_Review(string psa)
    {
        using var ps = Connected(psa);

        var m = ByAccount(ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme -IncludeInactive"));

        Assert.Equal(MatchStatus.Review, m["a-cy"].Status);
        Assert.Equal("505", m["a-cy"].ContactId);
        Assert.Contains(MatchReason.InactiveContact, m["a-cy"].Reasons);
        Assert.Equal(MatchStatus.Suggested, m["a-ann"].Status);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void QuickpassCompatible_differs_where_the_Quickpass_rule_is_blind(string psa)
    {
        using var ps = Connected(psa);

        var quickpass = ByAccount(ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme -Strategy QuickpassCompatible -IncludeInactive"));
        var ours = ByAccount(ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme -IncludeInactive"));

        // Quickpass's rule knows no nicknames and no active/inactive: Elizabeth is not found, and Cy's inactive contact is suggested.
        Assert.Equal(MatchStatus.Review, ours["a-liz"].Status);
        Assert.Equal(MatchStatus.Unmatched, quickpass["a-liz"].Status);
        Assert.Equal(MatchStatus.Review, ours["a-cy"].Status);
        Assert.Equal((MatchStatus.Suggested, "505"), (quickpass["a-cy"].Status, quickpass["a-cy"].ContactId));
        // Where the evidence is strong, both agree.
        Assert.Equal((MatchStatus.Suggested, "500"), (quickpass["a-ann"].Status, quickpass["a-ann"].ContactId));
        Assert.All(quickpass.Values, x => Assert.Equal(MatchStrategy.QuickpassCompatible, x.Strategy));
    }

    [Fact]
    public void Status_keeps_only_the_statuses_asked_for()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme -Status Review, unmatched");

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "a-liz", "a-cy", "a-new" }, result.Objects<ContactMatch>().Select(m => m.AccountId));

        var bad = ps.Run("$accounts | Find-PsaContactMatch -CompanyName Acme -Status Linked");
        var error = bad.TerminatingError ?? Assert.Single(bad.Errors);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Contacts_of_several_companies_are_refused_before_anything_is_matched()
    {
        using var ps = Connected("ConnectWise");
        // A whole-PSA export passed as one company's contacts.
        var result = ps.Run("""
            $contacts = @(Get-PsaContact -CompanyName Acme) + @(Get-PsaContact -CompanyName 'Other Co')
            $accounts | Find-PsaContactMatch -Contact $contacts
            """);

        Assert.Empty(result.Objects<ContactMatch>());
        var error = result.TerminatingError ?? Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactsOfSeveralCompanies", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("2 PSA companies", error.Exception.Message);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Contact_matches_offline_with_no_request_and_no_connection_live_or_deserialized(string psa)
    {
        using var ps = Connected(psa);
        ps.Run("$contacts = Get-PsaContact -CompanyName Acme -IncludeInactive\n" +
               "$saved = [System.Management.Automation.PSSerializer]::Serialize($contacts)\n" +
               "$online = $accounts | Find-PsaContactMatch -CompanyName Acme\n" +
               "Get-PsaConnection | Disconnect-Psa");
        _sim.Sim.Requests.Clear();

        var live = ps.Run("$accounts | Find-PsaContactMatch -Contact $contacts");
        var saved = ps.Run("""
            $back = [System.Management.Automation.PSSerializer]::Deserialize($saved)
            $back[0].pstypenames[0]
            $accounts | Find-PsaContactMatch -Contact $back
            """);
        var withInactive = ps.Run("$accounts | Find-PsaContactMatch -Contact $contacts -IncludeInactive | Where-Object AccountId -eq 'a-cy'");
        var online = ps.Run("$online");

        Assert.Empty(_sim.Sim.Requests.Entries());
        Assert.Null(live.TerminatingError);
        Assert.Empty(live.Errors);
        Assert.Empty(saved.Errors);
        Assert.Equal("Deserialized.QuickpassPsa.Core.Psa.PsaContact", saved.Output[0].BaseObject);
        string Outcome(ContactMatch m) => m.AccountId + ":" + m.Status + ":" + m.Stars + ":" + m.ContactId;
        var expected = online.Objects<ContactMatch>().Select(Outcome).ToArray();
        Assert.Equal(expected, live.Objects<ContactMatch>().Select(Outcome));
        Assert.Equal(expected, saved.Output.Skip(1).Select(o => Outcome((ContactMatch)o.BaseObject)));
        // Without -IncludeInactive the inactive contact given is left out, as it is when reading from the PSA.
        Assert.Equal(MatchStatus.Unmatched, ByAccount(live)["a-cy"].Status);
        Assert.Equal(MatchStatus.Review, withInactive.Objects<ContactMatch>().Single().Status);
    }

    [Fact]
    public void A_deserialized_account_binds_and_matches_like_the_live_one()
    {
        using var ps = Connected("Autotask");

        var result = ps.Run("""
            $back = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($accounts))
            $back[0].pstypenames[0]
            $back | Find-PsaContactMatch -CompanyName Acme | ForEach-Object { $_.AccountId + ':' + $_.Status + ':' + $_.ContactId }
            Find-PsaContactMatch -Account $back -CompanyName Acme | ForEach-Object { $_.AccountId + ':' + $_.Status + ':' + $_.ContactId }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("Deserialized.QuickpassPsa.Core.Accounts.Account", result.Output[0].BaseObject);
        var expected = new[] { "a-ann:Suggested:500", "a-bo:Suggested:501", "a-liz:Review:502", "a-mike:Ambiguous:", "a-cy:Unmatched:", "a-new:Unmatched:" };
        Assert.Equal(expected.Concat(expected), result.Output.Skip(1).Select(o => (string)o.BaseObject));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_without_a_key_and_a_duplicate_key_are_errors_and_the_rest_are_matched(string psa)
    {
        using var ps = Connected(psa);

        var result = ps.Run("""
            $nokey = [pscustomobject]@{ DisplayName = 'Nora Key'; Mail = 'nora@acme.test' } | ConvertTo-QpAccount
            $nokey.Id = $null; $nokey.Email = $null; $nokey.UserPrincipalName = $null
            $twin = [pscustomobject]@{ Id = 'A-ANN'; GivenName = 'Anna'; Surname = 'Twin'; Mail = 'anna.twin@acme.test' } | ConvertTo-QpAccount
            @($accounts[0], $nokey, $accounts[1], $twin, $accounts[2]) | Find-PsaContactMatch -CompanyName Acme
            """);

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "a-ann", "a-bo", "a-liz" }, result.Objects<ContactMatch>().Select(m => m.AccountId));
        Assert.Equal(MatchStatus.Suggested, ByAccount(result)["a-ann"].Status); // the first of the two with one key is matched
        Assert.Equal(new[] { "QuickpassPsa.AccountKeyMissing", "QuickpassPsa.DuplicateAccountKey" }, ErrorIds(result));

        var noKey = result.Errors[0];
        Assert.Equal(ErrorCategory.InvalidData, noKey.CategoryInfo.Category);
        Assert.Contains("Nora Key", noKey.Exception.Message);
        Assert.Equal("Nora Key", noKey.TargetObject.ToString());
        Assert.False(string.IsNullOrEmpty(noKey.ErrorDetails?.RecommendedAction));

        var duplicate = result.Errors[1];
        Assert.Equal(ErrorCategory.InvalidData, duplicate.CategoryInfo.Category);
        Assert.Contains("Ann Lee <ann.lee@acme.test>", duplicate.Exception.Message);   // the first, matched
        Assert.Contains("Anna Twin <anna.twin@acme.test>", duplicate.Exception.Message); // the second, left out
        Assert.Contains("'A-ANN'", duplicate.Exception.Message);
        Assert.Contains("Anna Twin", duplicate.TargetObject.ToString());
        Assert.False(string.IsNullOrEmpty(duplicate.ErrorDetails?.RecommendedAction));
    }

    [Fact]
    public void An_object_that_is_not_an_account_is_refused_with_the_way_to_convert_it_and_the_rest_are_matched()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run("""
            @($accounts[0], [pscustomobject]@{ Mail = 'row@acme.test'; GivenName = 'Row' }, $accounts[1]) | Find-PsaContactMatch -CompanyName Acme
            """);

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "a-ann", "a-bo" }, result.Objects<ContactMatch>().Select(m => m.AccountId));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ParameterArgumentTransformationError,", error.FullyQualifiedErrorId);
        Assert.Contains("ConvertTo-QpAccount", error.Exception.Message);
    }

    [Theory]
    [InlineData("ConnectWise", "-CompanyName 'No Such Co'")]
    [InlineData("Autotask", "-CompanyName 'No Such Co'")]
    [InlineData("ConnectWise", "-CompanyId 999")]
    [InlineData("Autotask", "-LiteralCompanyName 'No [Such]'")]
    public void A_company_that_does_not_exist_stops_the_command_before_any_contact_is_read(string psa, string company)
    {
        using var ps = Connected(psa);
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$accounts | Find-PsaContactMatch " + company + "; 'after'");

        Assert.Empty(result.Output);
        Assert.NotNull(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.TerminatingError.CategoryInfo.Category);
        Assert.DoesNotContain(_sim.Sim.Requests.Entries(), r => r.Path.Contains("ontact", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("ConnectWise", 400, "QuickpassPsa.PsaRequestFailed")]
    [InlineData("Autotask", 404, "QuickpassPsa.PsaNotFound")]
    public void A_refused_contact_read_stops_the_command_even_where_Get_PsaContact_would_go_on(string psa, int status, string errorId)
    {
        using var ps = Connected(psa);
        ps.Run("$acme = Get-PsaCompany -Name Acme");
        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = status, FailNextCount = 1 });

        // -Company needs no lookup, so the one failing request is the first contact page.
        var result = ps.Run("$accounts | Find-PsaContactMatch -Company $acme; 'after'");

        Assert.Empty(result.Output);
        Assert.StartsWith(errorId + ",", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Equal("Acme", (result.TerminatingError!.TargetObject as QuickpassPsa.Core.Psa.PsaCompany)?.Name);
        Assert.False(string.IsNullOrEmpty(result.TerminatingError.ErrorDetails?.RecommendedAction));
    }

    [Fact]
    public void An_ambiguous_company_pattern_stops_the_command()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run("$accounts | Find-PsaContactMatch -CompanyName '*' ; 'after'");

        Assert.Empty(result.Output);
        Assert.StartsWith("QuickpassPsa.CompanyAmbiguous,", result.TerminatingError?.FullyQualifiedErrorId);
    }

    [Fact]
    public void The_company_parameters_never_bind_from_the_pipeline_so_an_account_Id_is_never_a_company_id()
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $find = Get-Command Find-PsaContactMatch
            foreach ($name in 'Company', 'CompanyId', 'Psa', 'CompanyName', 'LiteralCompanyName') {
                $name + ':' + [bool]($find.Parameters[$name].ParameterSets.Values | Where-Object { $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName })
            }
            $get = Get-Command Get-PsaContact
            foreach ($name in 'Company', 'CompanyId', 'Psa', 'CompanyName', 'InputObject') {
                'get ' + $name + ':' + [bool]($get.Parameters[$name].ParameterSets.Values | Where-Object { $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName })
            }
            """);

        // Get-PsaContact takes strings as names and any other object through -InputObject, which reads a company's Id or a
        // contact's or row's CompanyId, never an account's Id (round 63a: -CompanyId bound an account's Id through its alias Id).
        Assert.Equal(new[]
        {
            "Company:False", "CompanyId:False", "Psa:False", "CompanyName:False", "LiteralCompanyName:False",
            "get Company:False", "get CompanyId:False", "get Psa:False", "get CompanyName:True", "get InputObject:True",
        }, result.Output.Select(o => (string)o.BaseObject));
    }

    [Fact]
    public void Without_a_connection_a_company_lookup_is_a_terminating_error()
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(Accounts + "\n$accounts | Find-PsaContactMatch -CompanyName Acme");

        Assert.Empty(result.Output);
        Assert.StartsWith("QuickpassPsa.PsaNotConnected,", result.TerminatingError?.FullyQualifiedErrorId);
    }
}
