using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Find-PsaContactMatch without a company, in a hosted runspace against the in-process simulator for both PSAs:
/// accounts of several customers grouped by Customer, each matched in the company its stored link names; an
/// unlinked customer reported once; every company's contacts read once, several at a time, within Autotask's
/// thread cap; a failed company reported while the others complete; and New-PsaContact creating in each row's company.
/// </summary>
public class FindPsaContactMatchCustomersTests : IClassFixture<SimulatorFixture>, IDisposable
{
    /// <summary>Linked customers: (company id, customer name, contacts). The big one takes several pages on both PSAs.</summary>
    private static readonly (int Id, string Customer, int Contacts)[] Linked =
    {
        (501, "Alpine Dental", 4), (502, "Birch Legal", 4), (503, "Cedar Clinic", 4), (504, "Delta Freight", 4),
        (505, "Elm Architects", 4), (506, "Fir Accounting", 4), (507, "Big Holdings", 1_100),
    };

    private const int UnlinkedCompany = 508;
    private const string Unlinked = "Gum Tree Cafe";

    private readonly SimulatorFixture _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public FindPsaContactMatchCustomersTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Seed(Seed());
        _sim.Sim.Faults.Set(new FaultSettings());
        _store = System.IO.Path.Combine(_folder.Path, "decisions.json");
        new DecisionStore(_store).SaveCompanyDecisions(Linked.Select(c => new CompanyMatchDecision(MatchDecisionKind.Confirmed, c.Customer, c.Id.ToString(), c.Customer)));
    }

    public void Dispose() => _folder.Dispose();

    private static string Email(int company, int n) => $"person{n}@c{company}.example";

    private static string Seed()
    {
        var cwCompanies = new List<string>();
        var atCompanies = new List<string>();
        var cwContacts = new List<string>();
        var atContacts = new List<string>();
        var contactId = 10_000;
        foreach (var (id, name, contacts) in Linked.Append((UnlinkedCompany, Unlinked, 2)))
        {
            cwCompanies.Add($$"""{ "id": {{id}}, "identifier": "C{{id}}", "name": "{{name}}" }""");
            atCompanies.Add($$"""{ "id": {{id}}, "companyName": "{{name}}", "isActive": true }""");
            for (var n = 1; n <= contacts; n++)
            {
                contactId++;
                cwContacts.Add($$"""{ "id": {{contactId}}, "firstName": "First{{n}}", "lastName": "Last{{n}}", "company": { "id": {{id}} }, "communicationItems": [ { "type": { "id": 1 }, "value": "{{Email(id, n)}}", "defaultFlag": true } ] }""");
                atContacts.Add($$"""{ "id": {{contactId}}, "companyID": {{id}}, "firstName": "First{{n}}", "lastName": "Last{{n}}", "emailAddress": "{{Email(id, n)}}", "isActive": 1 }""");
            }
        }
        var json = new StringBuilder();
        json.Append("""{ "connectWise": { "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true }, { "id": 2, "description": "Mobile", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": false } ], "companies": [ """)
            .Append(string.Join(",\n", cwCompanies)).Append(" ], \"contacts\": [ ").Append(string.Join(",\n", cwContacts)).Append(" ] },\n");
        json.Append("""  "autotask": { "companies": [ """).Append(string.Join(",\n", atCompanies)).Append(" ], \"contacts\": [ ").Append(string.Join(",\n", atContacts)).Append(" ] } }");
        return json.ToString();
    }

    private PowerShellHost Connected(string psa) => SimulatorSession.Connected(_sim, psa);

    /// <summary>
    /// $accounts: per linked customer two accounts whose emails equal contacts (Suggested ★★★) and one new person
    /// (Unmatched); three accounts of the unlinked customer; customers interleaved, as an export of all users is.
    /// </summary>
    private static string Accounts()
    {
        var rows = new List<string>();
        foreach (var n in new[] { 1, 2, 99 })
        {
            foreach (var (id, customer, _) in Linked)
            {
                var first = n == 99 ? "New" : "First" + n;
                var last = n == 99 ? "Person" + id : "Last" + n;
                var email = n == 99 ? $"new.person@c{id}.example" : Email(id, n);
                rows.Add($"[pscustomobject]@{{ UserPrincipalName = '{email}'; Mail = '{email}'; GivenName = '{first}'; Surname = '{last}'; Customer = '{customer}' }}");
            }
        }
        for (var n = 1; n <= 3; n++) rows.Add($"[pscustomobject]@{{ UserPrincipalName = 'g{n}@gum.example'; Mail = 'g{n}@gum.example'; GivenName = 'G{n}'; Surname = 'Tree'; Customer = '{Unlinked}' }}");
        return "$accounts = @(\n" + string.Join(",\n", rows) + "\n) | ConvertTo-QpAccount\n";
    }

    [Theory]
    [InlineData("ConnectWise", 1000)]
    [InlineData("Autotask", 500)]
    public void Every_customer_is_matched_in_its_linked_company_and_an_unlinked_one_is_reported_once(string psa, int pageSize)
    {
        using var ps = Connected(psa);
        _sim.Sim.Requests.Clear();

        var result = ps.Run(Accounts() + $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -SummaryVariable summary");

        Assert.Null(result.TerminatingError);
        var rows = result.Objects<ContactMatch>();
        Assert.Equal(Linked.Length * 3, rows.Count);
        foreach (var (id, customer, _) in Linked)
        {
            var mine = rows.Where(r => r.Account.Customer == customer).ToList();
            Assert.Equal(3, mine.Count);
            Assert.All(mine, r => Assert.Equal((id.ToString(), customer), (r.CompanyId, r.CompanyName)));
            Assert.Equal(2, mine.Count(r => r.Status == MatchStatus.Suggested && r.Stars == 3 && r.Contact!.CompanyId == id.ToString()));
            Assert.Single(mine, r => r.Status == MatchStatus.Unmatched);
        }
        Assert.DoesNotContain(rows, r => r.Account.Customer == Unlinked);

        var error = Assert.Single(result.Errors);
        Assert.Equal("QuickpassPsa.CustomerNotLinked", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(Unlinked, error.TargetObject);
        Assert.Contains("(3 accounts)", error.Exception.Message);
        Assert.Contains("[" + UnlinkedCompany + "]", error.Exception.Message); // the exact name is suggested
        Assert.Contains("Set-PsaCompanyMatch -Customer '" + Unlinked + "' -CompanyId " + UnlinkedCompany, error.ErrorDetails.RecommendedAction);

        // One company list (one page here), and per linked company ceil(contacts / page size) contact reads: the minimum.
        var requests = _sim.Sim.Requests.Entries();
        var contactReads = requests.Count(r => r.Path.Contains("contacts", StringComparison.OrdinalIgnoreCase) && !r.Path.Contains("entityInformation", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Linked.Sum(c => Math.Max(1, (c.Contacts + pageSize - 1) / pageSize)), contactReads);
        // ToCreate counts what New-PsaContact would create, field lengths included: Autotask's are read once (round 59), ConnectWise's are fixed.
        Assert.Equal(psa == "Autotask" ? 1 : 0, requests.Count(r => r.Path.Contains("entityInformation/fields", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(1, requests.Count(r => r.Path.Contains("compan", StringComparison.OrdinalIgnoreCase) && !r.Path.Contains("contacts", StringComparison.OrdinalIgnoreCase)));
        Assert.All(requests, r => Assert.Equal(200, r.Status));

        // Progress counts the companies read, and its bar is closed at the end.
        var progress = result.Progress.Where(p => p.Activity == "Reading the contacts of the linked companies").ToList();
        Assert.Contains(progress, p => p.StatusDescription.StartsWith(Linked.Length + " of " + Linked.Length + " companies", StringComparison.Ordinal));
        Assert.Equal(System.Management.Automation.ProgressRecordType.Completed, progress[^1].RecordType);

        var summaries = ps.Run("$summary").Objects<CustomerMatchSummary>();
        Assert.Equal(Linked.Select(c => c.Customer).Append(Unlinked), summaries.Select(s => s.Customer));
        var big = summaries.Single(s => s.Customer == "Big Holdings");
        Assert.Equal((CustomerRunState.Done, "507", 3, 1_100, 2, 1, 1, 0), (big.State, big.CompanyId, big.Accounts, big.Contacts, big.Suggested, big.Unmatched, big.ToCreate, big.Errors));
        var gum = summaries.Single(s => s.Customer == Unlinked);
        Assert.Equal((CustomerRunState.NotLinked, 3, 1), (gum.State, gum.Accounts, gum.Errors));
    }

    [Fact]
    public void Autotask_companies_are_read_in_parallel_but_never_more_than_three_requests_in_flight()
    {
        using var ps = Connected("Autotask");
        _sim.Sim.Faults.Set(new FaultSettings { LatencyMs = 60 });
        _sim.Sim.Requests.Clear();

        var result = ps.Run(Accounts() + $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -ThrottleLimit 16 | Measure-Object | ForEach-Object Count");

        Assert.Null(result.TerminatingError);
        Assert.Equal(Linked.Length * 3, Assert.IsType<int>(result.Output.Single().BaseObject));
        var peak = _sim.Sim.Requests.PeakConcurrency();
        Assert.InRange(peak["Contacts"], 2, 3); // parallel, and within the cap
        Assert.DoesNotContain(_sim.Sim.Requests.Entries(), r => r.Fault == "ThreadLimit");
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_company_whose_contacts_cannot_be_read_is_reported_and_the_others_complete(string psa)
    {
        using var ps = Connected(psa);
        _sim.Sim.Faults.Set(new FaultSettings { FailWhenContains = "503", FailWhenContainsStatus = 500 });

        var result = ps.Run(Accounts() + $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -SummaryVariable summary");

        Assert.Null(result.TerminatingError);
        var rows = result.Objects<ContactMatch>();
        Assert.Equal((Linked.Length - 1) * 3, rows.Count);
        Assert.DoesNotContain(rows, r => r.Account.Customer == "Cedar Clinic");
        var failed = Assert.Single(result.Errors, e => Equals(e.TargetObject, "Cedar Clinic"));
        Assert.StartsWith("QuickpassPsa.", failed.FullyQualifiedErrorId);
        Assert.Single(result.Errors, e => Equals(e.TargetObject, Unlinked));
        var summary = ps.Run("$summary | Where-Object Customer -eq 'Cedar Clinic'").Objects<CustomerMatchSummary>().Single();
        Assert.Equal((CustomerRunState.Failed, 1), (summary.State, summary.Errors));
        Assert.Contains("Cedar Clinic", summary.Error);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Summary_writes_one_summary_per_customer_instead_of_the_rows(string psa)
    {
        using var ps = Connected(psa);

        var result = ps.Run(Accounts() + $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -Summary");

        var summaries = result.Objects<CustomerMatchSummary>();
        Assert.Equal(Linked.Length + 1, summaries.Count);
        Assert.All(summaries.Where(s => s.State == CustomerRunState.Done), s => Assert.Equal((3, 2, 1, 1), (s.Accounts, s.Suggested, s.Unmatched, s.ToCreate)));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void CompanyMatch_rows_link_the_customers_for_this_run_and_nothing_is_stored(string psa)
    {
        using var ps = Connected(psa);
        var empty = System.IO.Path.Combine(_folder.Path, "empty-" + psa + ".json");

        // Find-PsaCompanyMatch suggests every customer's exact name; Alpine Dental's row is made Review (not a link).
        var result = ps.Run(Accounts() +
            $"$links = @($accounts | Find-PsaCompanyMatch -DecisionPath '{empty}')\n" +
            "$links | Where-Object Customer -eq 'Alpine Dental' | ForEach-Object { $_.GetType().GetProperty('Status').SetValue($_, [Enum]::Parse($_.Status.GetType(), 'Review')) }\n" +
            $"$accounts | Find-PsaContactMatch -DecisionPath '{empty}' -CompanyMatch $links -SummaryVariable summary");

        Assert.Null(result.TerminatingError);
        var rows = result.Objects<ContactMatch>();
        Assert.Equal((Linked.Length - 1) * 3 + 3, rows.Count); // every linked customer but Alpine Dental, and Gum Tree Cafe by its exact name
        Assert.DoesNotContain(rows, r => r.Account.Customer == "Alpine Dental");
        Assert.All(rows.Where(r => r.Account.Customer == Unlinked), r => Assert.Equal(UnlinkedCompany.ToString(), r.CompanyId));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("QuickpassPsa.CustomerNotLinked", (object)"Alpine Dental"), (error.FullyQualifiedErrorId.Split(',')[0], error.TargetObject));
        Assert.False(System.IO.File.Exists(empty), "nothing is written to the store");
    }

    [Fact]
    public void The_same_account_key_at_two_customers_is_matched_at_each_and_a_duplicate_within_one_is_an_error()
    {
        using var ps = Connected("ConnectWise");

        // SamAccountName jsmith at two customers (normal at an MSP), and twice at one of them (a real duplicate).
        var result = ps.Run(
            "$accounts = @(\n" +
            $"[pscustomobject]@{{ SamAccountName = 'jsmith'; Mail = '{Email(501, 1)}'; GivenName = 'First1'; Surname = 'Last1'; Customer = 'Alpine Dental' }},\n" +
            $"[pscustomobject]@{{ SamAccountName = 'jsmith'; Mail = '{Email(502, 1)}'; GivenName = 'First1'; Surname = 'Last1'; Customer = 'Birch Legal' }},\n" +
            $"[pscustomobject]@{{ SamAccountName = 'JSMITH'; Mail = '{Email(502, 2)}'; GivenName = 'First2'; Surname = 'Last2'; Customer = ' birch legal' }}\n" +
            ") | ConvertTo-QpAccount\n" +
            $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -SummaryVariable summary\n" +
            "$summary | ForEach-Object { Write-Information (\"$($_.Customer)=$($_.Suggested)\") }");

        var rows = result.Objects<ContactMatch>();
        Assert.Equal(new[] { ("501", "jsmith"), ("502", "jsmith") }, rows.Select(r => (r.Contact!.CompanyId!, r.Account.Id!)).OrderBy(p => p.Item1));
        Assert.All(rows, r => Assert.Equal(MatchStatus.Suggested, r.Status));
        var duplicate = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.DuplicateAccountKey", duplicate.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(new[] { "Alpine Dental=1", "Birch Legal=1" }, result.Information.OrderBy(i => i));
    }

    [Fact]
    public void Two_customers_linked_to_one_company_are_matched_together_so_a_contact_links_to_one_account()
    {
        using var ps = Connected("ConnectWise");
        var empty = System.IO.Path.Combine(_folder.Path, "shared-empty.json");

        // The same person under two customer names (a duplicate customer in Quickpass); the company rows come from one
        // Find-PsaCompanyMatch run per customer, so each row links its customer to company 501.
        var result = ps.Run(
            "$accounts = @(\n" +
            $"[pscustomobject]@{{ UserPrincipalName = 'a1@alpine.example'; Mail = '{Email(501, 1)}'; GivenName = 'First1'; Surname = 'Last1'; Customer = 'Alpine Dental' }},\n" +
            $"[pscustomobject]@{{ UserPrincipalName = 'z1@alpineltd.example'; Mail = '{Email(501, 1)}'; GivenName = 'First1'; Surname = 'Last1'; Customer = 'Alpine Dental Ltd' }}\n" +
            ") | ConvertTo-QpAccount\n" +
            $"$links = foreach ($c in 'Alpine Dental', 'Alpine Dental Ltd') {{ $accounts | Where-Object Customer -eq $c | Find-PsaCompanyMatch -DecisionPath '{empty}' }}\n" +
            "$links | ForEach-Object { Write-Information (\"$($_.Customer)=$($_.Status):$($_.CompanyId)\") }\n" +
            $"$accounts | Find-PsaContactMatch -DecisionPath '{empty}' -CompanyMatch $links -SummaryVariable summary");

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "Alpine Dental Ltd=Suggested:501", "Alpine Dental=Suggested:501" }, result.Information.OrderBy(i => i, StringComparer.Ordinal));
        Assert.Empty(result.Errors);
        var rows = result.Objects<ContactMatch>();
        Assert.Equal(new[] { "Alpine Dental", "Alpine Dental Ltd" }, rows.Select(r => r.Account.Customer));
        Assert.DoesNotContain(rows, r => r.Status == MatchStatus.Suggested); // one contact, two accounts: for a person to choose
        var warning = Assert.Single(result.Warnings, w => !w.StartsWith("The decision store", StringComparison.Ordinal)); // links given by -CompanyMatch, no store yet
        Assert.Contains("'Alpine Dental' and 'Alpine Dental Ltd'", warning);
        Assert.Contains("[501]", warning);
        Assert.Equal(new object[] { 1, 1 }, ps.Run("$summary | ForEach-Object Accounts").Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void Accounts_without_a_customer_are_one_error_and_the_rest_are_matched()
    {
        using var ps = Connected("ConnectWise");

        var result = ps.Run(Accounts() +
            "$loose = 1..4 | ForEach-Object { [pscustomobject]@{ UserPrincipalName = \"loose$_@x.example\"; GivenName = 'Loose'; Surname = \"N$_\" } } | ConvertTo-QpAccount\n" +
            $"@($accounts) + @($loose) | Find-PsaContactMatch -DecisionPath '{_store}'");

        Assert.Equal(Linked.Length * 3, result.Objects<ContactMatch>().Count);
        var missing = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("QuickpassPsa.AccountCustomerMissing", StringComparison.Ordinal));
        Assert.Contains("4 accounts have no Customer", missing.Exception.Message);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void New_PsaContact_creates_each_unmatched_row_in_its_own_company(string psa)
    {
        using var ps = Connected(psa);

        var result = ps.Run(Accounts() +
            $"$rows = $accounts | Find-PsaContactMatch -DecisionPath '{_store}'\n" +
            $"$rows | Where-Object Status -eq Unmatched | New-PsaContact -DecisionPath '{_store}'");

        Assert.Null(result.TerminatingError);
        Assert.Equal(Unlinked, Assert.Single(result.Errors).TargetObject); // from Find; New-PsaContact had nothing to complain of
        var created = result.Objects<ContactMatch>();
        Assert.Equal(Linked.Length, created.Count);
        foreach (var (id, customer, _) in Linked)
        {
            var row = Assert.Single(created, r => r.Account.Customer == customer);
            Assert.Equal((MatchStatus.Matched, id.ToString(), id.ToString()), (row.Status, row.Contact!.CompanyId, row.CompanyId));
        }

        // The next run finds them linked, in their companies.
        var again = ps.Run($"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -Status Matched");
        Assert.Equal(Linked.Length, again.Objects<ContactMatch>().Count);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Update_PsaContact_pushes_changes_to_the_contacts_of_several_companies_in_one_pipeline(string psa)
    {
        using var ps = Connected(psa);
        // Link the first person of three customers, then their directory gets new mobile numbers.
        var result = ps.Run(Accounts() +
            $"$rows = @($accounts | Find-PsaContactMatch -DecisionPath '{_store}' -Status Suggested | Where-Object {{ $_.Account.FirstName -eq 'First1' -and $_.CompanyId -in '501', '502', '507' }})\n" +
            $"$rows | Save-PsaContactMatch -DecisionPath '{_store}'\n" +
            "$n = 0; foreach ($a in $accounts) { if ($a.FirstName -eq 'First1') { $n++; $a.MobilePhone = '+1 206 555 01' + $n.ToString('00') } }\n" +
            $"$accounts | Find-PsaContactMatch -DecisionPath '{_store}' -Status Matched | Update-PsaContact -DecisionPath '{_store}'");

        Assert.Null(result.TerminatingError);
        var changes = result.Output.Select(o => o.BaseObject).OfType<QuickpassPsa.Core.Psa.Writes.ContactChange>().ToList();
        Assert.Equal(3, changes.Count);
        Assert.All(changes, c => Assert.True(c.Applied));
        Assert.Equal(3, changes.Select(c => c.ContactId).Distinct().Count());
        foreach (var company in new[] { "501", "502", "507" })
        {
            var contact = ps.Run($"Get-PsaContact -CompanyId {company} -Email '{Email(int.Parse(company), 1)}'").Objects<QuickpassPsa.Core.Psa.PsaContact>().Single();
            Assert.StartsWith("+1 206 555 01", contact.MobilePhone);
        }
    }

    [Fact]
    public void New_PsaContact_takes_an_account_to_its_customers_linked_company()
    {
        using var ps = Connected("ConnectWise");
        _sim.Sim.Requests.Clear();

        var result = ps.Run(Accounts() +
            $"$accounts | Where-Object FirstName -eq 'New' | Select-Object -First 2 | New-PsaContact -DecisionPath '{_store}' -WhatIf\n" +
            $"$accounts | Where-Object Customer -eq '{Unlinked}' | Select-Object -First 1 | New-PsaContact -DecisionPath '{_store}' -WhatIf");

        var error = Assert.Single(result.Errors);
        Assert.Equal("QuickpassPsa.CompanyRequired", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains(Unlinked, error.Exception.Message);
        Assert.DoesNotContain(_sim.Sim.Requests.Entries(), r => r.Method == "POST" && !r.Path.Contains("query", StringComparison.OrdinalIgnoreCase));
    }
}
