using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Decisions;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>Save-, Set-, Remove-PsaContactMatch and Get-PsaContactMatchDecision in a hosted runspace with the built module.</summary>
public class DecisionCmdletTests : IClassFixture<DecisionCmdletTests.Sim>
{
    public sealed class Sim : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { SeedPath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json") };
    }

    private readonly Sim _sim;

    public DecisionCmdletTests(Sim sim) => _sim = sim;

    private static PsaContact Contact(string id, string first, string last, string company = "19") =>
        new() { Id = id, CompanyId = company, Psa = "ConnectWise", FirstName = first, LastName = last, Emails = new[] { first.ToLowerInvariant() + "@contoso.com" } };

    private static Account Account(string upn, string name) =>
        new() { Id = "id-" + upn, UserPrincipalName = upn, Email = upn, DisplayName = name };

    private static ContactMatch Row(Account account, MatchStatus status, PsaContact? contact, params PsaContact[] candidates) =>
        new(account)
        {
            Status = status,
            Contact = contact,
            Candidates = (contact == null ? candidates : new[] { contact }.Concat(candidates)).Select(c => new MatchCandidate(c, 80, new[] { MatchReason.NameExact })).ToList(),
        };

    private static readonly PsaContact Jane = Contact("501", "Jane", "Doe");
    private static readonly PsaContact Bob = Contact("502", "Bob", "Smith");
    private static readonly PsaContact Eve = Contact("503", "Eve", "Adams");
    private static readonly PsaContact JohnA = Contact("601", "John", "Smith");
    private static readonly PsaContact JohnB = Contact("602", "John", "Smith");

    private static List<ContactMatch> Rows() => new()
    {
        Row(Account("jane@contoso.com", "Jane Doe"), MatchStatus.Suggested, Jane),
        Row(Account("bob@contoso.com", "Bob Smith"), MatchStatus.Review, Bob),
        Row(Account("eve@contoso.com", "Eve Adams"), MatchStatus.Matched, Eve),
        Row(Account("john@contoso.com", "John Smith"), MatchStatus.Ambiguous, null, JohnA, JohnB),
        Row(Account("new@contoso.com", "New Person"), MatchStatus.Unmatched, null),
    };

    [Fact]
    public void Save_stores_Suggested_Review_and_Matched_rows_and_refuses_Ambiguous_and_Unmatched_rows_one_by_one()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("$args[0] | Save-PsaContactMatch -DecisionPath $args[1] -PassThru", Rows(), path);

        Assert.Null(result.TerminatingError);
        var saved = result.Objects<ContactMatchDecision>();
        Assert.Equal(new[] { "bob@contoso.com=502", "eve@contoso.com=503", "jane@contoso.com=501" }, saved.Select(d => d.AccountKey + "=" + d.ContactId).OrderBy(x => x));
        Assert.All(saved, d => Assert.Equal((MatchDecisionKind.Confirmed, "19"), (d.DecisionKind, d.CompanyId)));
        Assert.Equal(("Jane Doe", "Jane Doe", "id-jane@contoso.com"), (saved.Single(d => d.ContactId == "501").ContactName, saved.Single(d => d.ContactId == "501").AccountName, saved.Single(d => d.ContactId == "501").AccountId));
        Assert.Equal(3, new DecisionStore(path).Read().Count);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("QuickpassPsa.MatchNotDecidable", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, e.CategoryInfo.Category);
            Assert.IsType<ContactMatch>(e.TargetObject);
            Assert.Contains("Set-PsaContactMatch", e.Exception.Message);
            Assert.False(string.IsNullOrEmpty(e.ErrorDetails.RecommendedAction));
        });
        Assert.Equal(new[] { "Ambiguous", "Unmatched" }, result.Errors.Select(e => ((ContactMatch)e.TargetObject).Status.ToString()).OrderBy(x => x));
    }

    [Fact]
    public void Save_with_ContactId_takes_a_candidate_of_an_Ambiguous_row_and_refuses_an_id_that_is_not_one()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var ambiguous = Rows()[3];

        var chosen = ps.Run("$args[0] | Save-PsaContactMatch -ContactId 602 -DecisionPath $args[1] -PassThru", ambiguous, path);
        var wrong = ps.Run("$args[0] | Save-PsaContactMatch -ContactId 999 -DecisionPath $args[1]", ambiguous, path);

        Assert.Empty(chosen.Errors);
        Assert.Equal("602", Assert.Single(chosen.Objects<ContactMatchDecision>()).ContactId);
        var error = Assert.Single(wrong.Errors);
        Assert.StartsWith("QuickpassPsa.ContactNotCandidate", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("602", Assert.Single(new DecisionStore(path).Read()).ContactId);
    }

    [Fact]
    public void Save_writes_nothing_under_WhatIf_and_writes_once_at_the_end_of_the_pipeline()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var many = Enumerable.Range(0, 300).Select(i => Row(Account("user" + i + "@contoso.com", "User " + i), MatchStatus.Suggested, Contact("c" + i, "User", i.ToString()))).ToList();

        var whatIf = ps.Run("$args[0] | Save-PsaContactMatch -DecisionPath $args[1] -WhatIf", many.Take(3).ToList(), path);
        Assert.Empty(whatIf.Errors);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".lock"));

        // Between rows, the upstream command looks for the file: it must not exist until the last row has gone in.
        var streamed = ps.Run("""
            $path = $args[1]
            $args[0] | ForEach-Object { if (Test-Path -LiteralPath $path) { 'written before the end' }; $_ } |
                Where-Object { $_ -isnot [string] } | Save-PsaContactMatch -DecisionPath $path -Verbose
            """, many, path);
        Assert.Empty(streamed.Errors);
        Assert.DoesNotContain(streamed.Output, o => o.BaseObject is string);
        Assert.Equal(300, new DecisionStore(path).Read().Count);
        Assert.Single(streamed.Verbose, v => v.StartsWith("Saved 300 links"));
    }

    [Fact]
    public void A_new_link_for_an_account_replaces_its_older_one_with_a_warning()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var jane = Account("jane@contoso.com", "Jane Doe");
        ps.Run("$args[0] | Save-PsaContactMatch -DecisionPath $args[1]", Row(jane, MatchStatus.Suggested, Jane), path);

        var result = ps.Run("$args[0] | Set-PsaContactMatch -Contact $args[1] -DecisionPath $args[2]", jane, Eve, path);

        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("[501]", warning);
        Assert.Contains("[503]", warning);
        Assert.Equal("503", Assert.Single(new DecisionStore(path).Read()).ContactId);
    }

    [Fact]
    public void Set_links_or_excludes_by_id_and_takes_the_company_from_the_row_or_requires_it()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var ambiguous = Rows()[3];

        var fromRow = ps.Run("$args[0] | Set-PsaContactMatch -ContactId 601 -Exclude -DecisionPath $args[1] -PassThru", ambiguous, path);
        var byAccount = ps.Run("$args[0] | Set-PsaContactMatch -ContactId 9001 -CompanyId 77 -DecisionPath $args[1] -PassThru", Account("zed@contoso.com", "Zed"), path);
        var noCompany = ps.Run("$args[0] | Set-PsaContactMatch -ContactId 9002 -DecisionPath $args[1]", Row(Account("x@contoso.com", "X"), MatchStatus.Unmatched, null), path);
        var accountWithoutCompany = ps.Run("$args[0] | Set-PsaContactMatch -ContactId 9002 -DecisionPath $args[1]", Account("y@contoso.com", "Y"), path);

        var excluded = Assert.Single(fromRow.Objects<ContactMatchDecision>());
        Assert.Equal((MatchDecisionKind.Excluded, "19", "601", "John Smith"), (excluded.DecisionKind, excluded.CompanyId, excluded.ContactId, excluded.ContactName));
        var linked = Assert.Single(byAccount.Objects<ContactMatchDecision>());
        Assert.Equal((MatchDecisionKind.Confirmed, "77", "9001"), (linked.DecisionKind, linked.CompanyId, linked.ContactId));
        var error = Assert.Single(noCompany.Errors);
        Assert.StartsWith("QuickpassPsa.DecisionCompanyUnknown", error.FullyQualifiedErrorId);
        Assert.Contains("-CompanyId", error.ErrorDetails.RecommendedAction);
        // -CompanyId is mandatory with an Account and an id: a parameter error, not a silent guess.
        Assert.NotNull(accountWithoutCompany.TerminatingError ?? accountWithoutCompany.Errors.FirstOrDefault());
        Assert.Equal(2, new DecisionStore(path).Read().Count);
    }

    [Fact]
    public void A_CSV_copy_of_an_Ambiguous_row_saves_the_chosen_candidate_and_its_account_by_id_and_address()
    {
        // Round 59: Import-Csv rows met "The input object cannot be bound". The copy keeps the candidates as "601 (80: NameExact); 602 (...)".
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var ambiguous = Rows()[3];
        ambiguous.CompanyId = "19";

        var result = ps.Run("$args[0] | ConvertTo-Csv | ConvertFrom-Csv | Save-PsaContactMatch -ContactId 602 -DecisionPath $args[1] -PassThru", ambiguous, path);
        var notCandidate = ps.Run("$args[0] | ConvertTo-Csv | ConvertFrom-Csv | Save-PsaContactMatch -ContactId 603 -DecisionPath $args[1]", ambiguous, path);

        Assert.Empty(result.Errors);
        var saved = Assert.Single(result.Objects<ContactMatchDecision>());
        Assert.Equal(("602", "19", "id-john@contoso.com", "john@contoso.com", "John Smith"), (saved.ContactId, saved.CompanyId, saved.AccountId, saved.Email, saved.AccountName));
        Assert.StartsWith("QuickpassPsa.ContactNotCandidate", Assert.Single(notCandidate.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void Set_WhatIf_writes_nothing()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$args[0] | Set-PsaContactMatch -Contact $args[1] -DecisionPath $args[2] -WhatIf", Account("jane@contoso.com", "Jane"), Jane, path);
        Assert.Empty(result.Errors);
        Assert.False(File.Exists(path));
    }

    private static string Seeded(TempFolder temp)
    {
        var path = Path.Combine(temp.Path, "d.json");
        new DecisionStore(path).Save(new[]
        {
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", "jane.doe@contoso.com", "g-1"),
            new ContactMatchDecision(MatchDecisionKind.Excluded, "19", "777", "jane@contoso.com", null, null),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "20", "801", "jane@contoso.com", null, null),
            new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "502", "bob@contoso.com", null, null),
        });
        return path;
    }

    [Fact]
    public void Get_filters_by_company_account_wildcard_kind_and_contact()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();

        string Keys(string filters) => string.Join(",", ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] " + filters, path)
            .Objects<ContactMatchDecision>().Select(d => d.DecisionKind.ToString()[0] + d.ContactId).OrderBy(x => x));

        Assert.Equal("C501,C502,C801,E777", Keys(""));
        Assert.Equal("C501,C502,E777", Keys("-CompanyId 19"));
        Assert.Equal("C501,C801,E777", Keys("-Account 'JANE*'"));
        Assert.Equal("C501", Keys("-Account 'jane.doe@contoso.com' -Kind Confirmed -CompanyId 19"));
        Assert.Equal("C501", Keys("-Account g-1"));
        Assert.Equal("E777", Keys("-Kind excluded"));
        Assert.Equal("C502", Keys("-ContactId 502"));
        Assert.Equal(string.Empty, Keys("-DecisionPath (Join-Path $args[0] '..' 'none.json')"));
    }

    [Fact]
    public void Remove_by_account_drops_links_only_and_with_Exclude_only_exclusions()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();

        var links = ps.Run("Remove-PsaContactMatch -Account 'Jane.Doe@contoso.com' -CompanyId 19 -DecisionPath $args[0] -PassThru -Confirm:$false", path);
        Assert.Empty(links.Errors);
        Assert.Equal("501", Assert.Single(links.Objects<ContactMatchDecision>()).ContactId);
        Assert.Equal(new[] { "Confirmed 502", "Confirmed 801", "Excluded 777" }, new DecisionStore(path).Read().Select(d => d.DecisionKind + " " + d.ContactId).OrderBy(x => x));

        var exclusions = ps.Run("Remove-PsaContactMatch jane@contoso.com -Exclude -DecisionPath $args[0] -Confirm:$false", path);
        Assert.Empty(exclusions.Errors);
        Assert.Equal(new[] { "Confirmed 502", "Confirmed 801" }, new DecisionStore(path).Read().Select(d => d.DecisionKind + " " + d.ContactId).OrderBy(x => x));

        var nothing = ps.Run("Remove-PsaContactMatch nobody@contoso.com -DecisionPath $args[0] -Confirm:$false", path);
        var error = Assert.Single(nothing.Errors);
        Assert.StartsWith("QuickpassPsa.DecisionNotFound", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("nobody@contoso.com", error.TargetObject);
    }

    [Fact]
    public void Remove_by_account_takes_the_account_object_as_Set_does()
    {
        // Round 81a: the Account became its display text ("Jane Doe <jane.doe@contoso.com>"), and no decision matched it.
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();
        var account = new QuickpassPsa.Core.Accounts.Account { Id = "x", DisplayName = "Jane Doe", UserPrincipalName = "Jane.Doe@contoso.com" };

        var links = ps.Run("Remove-PsaContactMatch -Account $args[1] -CompanyId 19 -DecisionPath $args[0] -PassThru -Confirm:$false", path, account);

        Assert.Empty(links.Errors);
        Assert.Equal("501", Assert.Single(links.Objects<ContactMatchDecision>()).ContactId);

        // And read back with Import-Clixml (round 82a: "No stored decision matches ...").
        using var second = new TempFolder();
        var again = Seeded(second);
        var clixml = Path.Combine(temp.Path, "account.xml");
        var back = ps.Run($"$args[1] | Export-Clixml -Path '{clixml}'; $d = Import-Clixml -Path '{clixml}'; Remove-PsaContactMatch -Account $d -CompanyId 19 -DecisionPath $args[0] -PassThru -Confirm:$false", again, account);
        Assert.Empty(back.Errors);
        Assert.Equal("501", Assert.Single(back.Objects<ContactMatchDecision>()).ContactId);
    }

    [Fact]
    public void Remove_takes_piped_decisions_exactly_also_after_a_Clixml_round_trip_and_honours_WhatIf()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        var xml = Path.Combine(temp.Path, "d.xml");
        using var ps = PowerShellHost.WithModule();

        var whatIf = ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0] | Remove-PsaContactMatch -DecisionPath $args[0] -WhatIf", path);
        Assert.Empty(whatIf.Errors);
        Assert.Equal(4, new DecisionStore(path).Read().Count);

        var result = ps.Run("""
            Get-PsaContactMatchDecision -DecisionPath $args[0] -ContactId 777 | Export-Clixml -LiteralPath $args[1]
            Import-Clixml -LiteralPath $args[1] | Remove-PsaContactMatch -DecisionPath $args[0] -Confirm:$false -PassThru
            """, path, xml);

        Assert.Empty(result.Errors);
        Assert.Equal("777", Assert.Single(result.Objects<ContactMatchDecision>()).ContactId);
        Assert.Equal(new[] { "Confirmed 501", "Confirmed 502", "Confirmed 801" }, new DecisionStore(path).Read().Select(d => d.DecisionKind + " " + d.ContactId).OrderBy(x => x));
    }

    [Fact]
    public void A_corrupt_store_stops_the_command_with_a_typed_error_and_the_file_is_kept()
    {
        using var temp = new TempFolder();
        var path = temp.Write("d.json", "{ not json");
        using var ps = PowerShellHost.WithModule();

        var save = ps.Run("$args[0] | Save-PsaContactMatch -DecisionPath $args[1]", Rows()[0], path);
        var get = ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0]", path);

        foreach (var result in new[] { save, get })
        {
            var error = result.TerminatingError;
            Assert.NotNull(error);
            Assert.StartsWith("QuickpassPsa.DecisionStoreUnreadable", error!.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal(path, error.TargetObject);
            Assert.Contains("corrupt-", error.Exception.Message);
        }
        Assert.Equal("{ not json", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path, "d.corrupt-*.json"));
    }

    [Fact]
    public void A_DecisionPath_on_another_provider_stops_the_command_before_any_row()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$args[0] | Save-PsaContactMatch -DecisionPath 'Env:\\QpDecisions'", Rows()[0]);
        Assert.StartsWith("QuickpassPsa.DecisionPathInvalid", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.TerminatingError!.CategoryInfo.Category);
        Assert.Equal("Env:\\QpDecisions", result.TerminatingError.TargetObject);
    }

    [Fact]
    public void Without_DecisionPath_the_store_is_the_connections_instance_store_and_saving_calls_no_PSA()
    {
        using var ps = PowerShellHost.WithModule();
        var noConnection = ps.Run("Get-PsaContactMatchDecision");
        Assert.StartsWith("QuickpassPsa.PsaNotConnected", noConnection.TerminatingError?.FullyQualifiedErrorId);

        var connect = ps.Run($"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId QPSA -ClientId qpsa-tests " +
            "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword) | Out-Null; (Get-PsaConnection).InstanceKey");
        Assert.Null(connect.TerminatingError);
        var key = (string)connect.Output.Single().BaseObject;
        Assert.Equal("connectwise/" + _sim.Sim.ConnectWiseSite.ToLowerInvariant() + "/qpsa", key);
        var expected = Path.Combine(TestDataRoot.Path, "decisions", DecisionPaths.FileNameOf(key) + ".json");
        if (File.Exists(expected)) File.Delete(expected);
        var requests = _sim.Sim.Requests.Entries().Count;

        var save = ps.Run("$args[0] | Save-PsaContactMatch -PassThru", Rows()[0]);
        Assert.Equal(requests, _sim.Sim.Requests.Entries().Count);
        var get = ps.Run("Get-PsaContactMatchDecision");

        Assert.Null(save.TerminatingError);
        Assert.Empty(save.Errors);
        Assert.Single(save.Output);
        Assert.Single(get.Output);
        Assert.True(File.Exists(expected));
        Assert.Equal("501", Assert.Single(new DecisionStore(expected).Read()).ContactId);
        // Listing reads the name of the decision's company, which no stored customer link names, once (round 60b); saving reads nothing.
        Assert.Equal(requests + 1, _sim.Sim.Requests.Entries().Count);
    }

    [Fact]
    public void Find_passes_over_a_link_whose_contact_now_names_another_person_with_a_warning_and_keeps_the_decision()
    {
        // Round 42: a store copied to another site linked Ann Lee to contact 1860, there Carl Diaz, and Find said Matched.
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");
        var ann = new Account { Id = "a-ann", UserPrincipalName = "ann.lee@contoso.com", Email = "ann.lee@contoso.com", FirstName = "Ann", LastName = "Lee", DisplayName = "Ann Lee" };
        var annsContact = new PsaContact { Id = "1860", CompanyId = "19", Psa = "ConnectWise", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann.lee@contoso.com" } };
        var carl = new PsaContact { Id = "1860", CompanyId = "19", Psa = "ConnectWise", FirstName = "Carl", LastName = "Diaz", Emails = new[] { "carl.diaz@contoso.com" } };
        using var ps = PowerShellHost.WithModule();
        ps.Run($"Set-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath '{store}' -Confirm:$false", ann, annsContact);

        var here = ps.Run($"Find-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath '{store}'", ann, annsContact);
        var there = ps.Run($"Find-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath '{store}'", ann, carl);

        Assert.Equal(MatchStatus.Matched, Assert.Single(here.Objects<ContactMatch>()).Status);
        Assert.Empty(here.Warnings);
        Assert.NotEqual(MatchStatus.Matched, Assert.Single(there.Objects<ContactMatch>()).Status);
        var warning = Assert.Single(there.Warnings);
        Assert.Contains("which was Ann Lee when the link was made and is now Carl Diaz", warning);
        Assert.Single(new DecisionStore(store).Read()); // the decision is kept for a person to look at
    }

    [Fact]
    public void A_saved_link_of_an_account_whose_display_name_is_written_surname_first_is_Matched_on_the_next_run()
    {
        // Round 63c: "Nguyen Zoe" (Zoe | Nguyen) was Suggested, saved, and on the next run of the same file passed over with
        // "was made when the account was Nguyen Zoe", so Update-PsaContact skipped it; a real rename still warns.
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");
        const string header = "Display Name,First Name,Last Name,Email\n";
        var file = folder.Write("accounts.csv", header + "Nguyen Zoe,Zoe,Nguyen,zoe.nguyen@contoso.com\nLee Ann,Ann,Lee,ann.lee@contoso.com\n");
        var renamed = folder.Write("renamed.csv", header + "Nguyen Mark,Mark,Nguyen,zoe.nguyen@contoso.com\nLee Ann,Ann,Lee,ann.lee@contoso.com\n");
        var contacts = new[]
        {
            new PsaContact { Id = "203", CompanyId = "19", Psa = "ConnectWise", FirstName = "Zoe", LastName = "Nguyen", Emails = new[] { "zoe.nguyen@contoso.com" } },
            new PsaContact { Id = "204", CompanyId = "19", Psa = "ConnectWise", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann.lee@contoso.com" } },
        };
        using var ps = PowerShellHost.WithModule();
        string Find(string path) => $"Get-QpAccount -Path '{path}' | Find-PsaContactMatch -Contact $args[0] -DecisionPath '{store}'";

        var first = ps.Run(Find(file), (object)contacts);
        Assert.All(first.Objects<ContactMatch>(), m => Assert.Equal((MatchStatus.Suggested, 3), (m.Status, m.Stars)));
        ps.Run(Find(file) + " | Save-PsaContactMatch -DecisionPath '" + store + "'", (object)contacts);
        var second = ps.Run(Find(file), (object)contacts);
        var third = ps.Run(Find(renamed), (object)contacts);

        Assert.Empty(second.Warnings);
        Assert.Equal(new[] { ("203", MatchStatus.Matched), ("204", MatchStatus.Matched) }, second.Objects<ContactMatch>().Select(m => (m.ContactId!, m.Status)));
        var warning = Assert.Single(third.Warnings);
        Assert.Contains("was made when the account was Nguyen Zoe", warning);
        Assert.NotEqual(MatchStatus.Matched, third.Objects<ContactMatch>()[0].Status); // another given name on Zoe's address: for a person
        Assert.Equal(MatchStatus.Matched, third.Objects<ContactMatch>()[1].Status);
    }

    [Fact]
    public void Find_holds_the_contact_of_a_link_whose_account_is_not_in_the_run_and_says_nothing_of_that_link()
    {
        // Round 81a: matched alone, a namesake at a personal address was Suggested to the contact a person had linked to Ann Lee's
        // account, and Save-PsaContactMatch replaced the decision. The held link's own account is not here: no warning about it.
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");
        const string header = "Display Name,First Name,Last Name,Email\n";
        var ann = folder.Write("ann.csv", header + "Ann Lee,Ann,Lee,ann.lee@contoso.com\n");
        var other = folder.Write("other.csv", header + "Ann Lee,Ann,Lee,annlee@gmail.com\n");
        var contacts = new[] { new PsaContact { Id = "204", CompanyId = "19", Psa = "ConnectWise", FirstName = "Ann", LastName = "Lee" } };
        using var ps = PowerShellHost.WithModule();
        string Find(string path) => $"Get-QpAccount -Path '{path}' | Find-PsaContactMatch -Contact $args[0] -DecisionPath '{store}'";
        ps.Run($"Get-QpAccount -Path '{ann}' | Set-PsaContactMatch -ContactId 204 -CompanyId 19 -DecisionPath '{store}' -Confirm:$false");

        var alone = ps.Run(Find(other), (object)contacts);
        var gone = ps.Run(Find(other), (object)Array.Empty<PsaContact>());

        var row = Assert.Single(alone.Objects<ContactMatch>());
        Assert.Equal((MatchStatus.Review, "204"), (row.Status, row.ContactId));
        Assert.Contains(MatchReason.ContactClaimed, row.Reasons);
        Assert.Empty(alone.Warnings);
        Assert.DoesNotContain(gone.Warnings, w => w.Contains("no longer among"));
    }

    [Fact]
    public void Find_says_when_the_decision_store_it_was_given_does_not_exist()
    {
        // Round 42: a moved store was read as "no decisions", and an excluded contact came back Suggested without a word.
        using var folder = new TempFolder();
        var moved = Path.Combine(folder.Path, "old-place", "decisions.json");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run($"Find-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath '{moved}'", Account("jane@contoso.com", "Jane Doe"), Jane);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("does not exist, so no stored decision is applied", warning);
        Assert.Contains(moved, warning);
    }

    /// <summary>
    /// Round 56: a -DecisionPath under a file was "no store yet" for Get (no decisions, no error), Find (a warning) and Remove
    /// ("No stored decision matches"), while Save and Set answered with .NET's "Could not find a part of the path".
    /// </summary>
    [Fact]
    public void A_DecisionPath_under_a_file_stops_readers_and_writers_alike_with_the_same_typed_error_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        var file = folder.Write("afile.txt", "plain file");
        using var ps = PowerShellHost.WithModule();
        var jane = Account("jane@contoso.com", "Jane Doe");

        foreach (var path in new[] { Path.Combine(file, "store.json"), Path.Combine(file, "sub", "store.json") })
        {
            var results = new[]
            {
                ps.Run("$args[0] | Save-PsaContactMatch -DecisionPath $args[1]", Rows()[0], path),
                ps.Run("Set-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath $args[2] -Confirm:$false", jane, Jane, path),
                ps.Run("Get-PsaContactMatchDecision -DecisionPath $args[0]", path),
                ps.Run("Find-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath $args[2]", jane, Jane, path),
                ps.Run("$args[0] | Remove-PsaContactMatch -DecisionPath $args[1] -Confirm:$false", jane, path),
            };

            foreach (var result in results)
            {
                var error = result.TerminatingError;
                Assert.NotNull(error);
                Assert.StartsWith("QuickpassPsa.DecisionStoreUnavailable", error!.FullyQualifiedErrorId);
                Assert.Equal(path, error.TargetObject);
                Assert.Contains("'" + file + "', which is a file, not a folder", error.Exception.Message);
                Assert.DoesNotContain("Could not find a part of the path", error.Exception.Message);
                Assert.DoesNotContain("already exists", error.Exception.Message);
                Assert.Empty(result.Warnings);
                Assert.Empty(result.Objects<ContactMatch>());
            }
        }
        Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(folder.Path));
        Assert.Equal("plain file", File.ReadAllText(file));
    }

    [Fact]
    public void Find_warns_about_an_account_a_merged_store_links_to_two_contacts_and_uses_the_newest()
    {
        // Round 42: a hand-merged store with two links for one account in one company was read without a word.
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");
        File.WriteAllText(store, """
            { "formatVersion": 1, "decisions": [
              { "kind": "Confirmed", "companyId": "19", "contactId": "501", "contactName": "Jane Doe", "userPrincipalName": "jane@contoso.com", "decidedAt": "2026-01-01T00:00:00Z" },
              { "kind": "Confirmed", "companyId": "19", "contactId": "502", "contactName": "Bob Smith", "userPrincipalName": "jane@contoso.com", "decidedAt": "2026-02-01T00:00:00Z" } ] }
            """);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run($"Find-PsaContactMatch -Account $args[0] -Contact $args[1] -DecisionPath '{store}'", Account("jane@contoso.com", "Jane Doe"), new[] { Jane, Bob });

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("links jane@contoso.com to 2 contacts of company 19", warning);
        Assert.Contains("the newest is used", warning);
        Assert.Equal("502", Assert.Single(result.Objects<ContactMatch>()).ContactId);
    }
}
