using System.Collections;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>New-PsaContact in hosted PowerShell against the simulator's sample tenant (Contoso Ltd in both PSAs).</summary>
public class NewPsaContactCmdletTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactCmdletTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private PsResult New(PowerShellHost ps, string psa, string parameters, params object[] inputs) =>
        ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' " + parameters, inputs);

    /// <summary>The stored contacts with this email, read back through Get-PsaContact (inactive included).</summary>
    private static PsaContact[] Stored(PowerShellHost ps, string email) =>
        ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email '" + email + "' -IncludeInactive").Objects<PsaContact>().ToArray();

    private static (long TypeId, string Kind, string Value)[] Items(PsaContact contact) =>
        ((object[])contact.Raw!["communicationItems"]!).Cast<Hashtable>()
            .Select(i => ((long)((Hashtable)i["type"]!)["id"]!, (string)i["communicationType"]!, (string)i["value"]!)).ToArray();

    [Fact]
    public void ConnectWise_creates_Email_and_Mobile_items_with_the_tables_types_and_warns_that_there_is_no_plain_Email_type()
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "ConnectWise", "", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com", "+1 206 555 0199"));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal(MatchStatus.Matched, match.Status);
        Assert.Equal(("Zed", "Quinn", "19297", "Contoso Ltd"), (match.Contact!.FirstName, match.Contact.LastName, match.Contact.CompanyId, match.Contact.CompanyName));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Repair-CwCommunicationType", warning);
        Assert.Contains("'Email - Work'", warning);
        var stored = Assert.Single(Stored(ps, "zed.quinn@contoso.com"));
        Assert.Equal(match.Contact.Id, stored.Id);
        // "Email - Work" (1, the closest email type) and "Cell" (4), read back from the simulator.
        Assert.Equal(new[] { (1L, "Email", "zed.quinn@contoso.com"), (4L, "Phone", "+1 206 555 0199") }, Items(stored));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_disabled_account_is_passed_over_with_one_warning_and_IncludeDisabled_creates_it(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var leaver = WriteTenant.Account("Lea Ver", "lea.ver@contoso.com");
        leaver.Enabled = false;
        var blocked = WriteTenant.Account("Bo Locked", "bo.locked@contoso.com");
        blocked.Enabled = false;

        var result = New(ps, psa, "", leaver, blocked, WriteTenant.Account("Cy Current", "cy.current@contoso.com"));

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "cy.current@contoso.com" }, result.Objects<ContactMatch>().Select(m => m.Account.Email));
        Assert.Contains(result.Warnings, w => w.StartsWith("2 accounts were passed over because they are disabled", System.StringComparison.Ordinal) && w.Contains("-IncludeDisabled"));
        Assert.Empty(Stored(ps, "lea.ver@contoso.com"));

        var again = New(ps, psa, "-IncludeDisabled", leaver);

        Assert.Empty(again.Errors);
        Assert.Single(again.Objects<ContactMatch>());
        Assert.Single(Stored(ps, "lea.ver@contoso.com"));
    }

    /// <summary>Mark Campbell's contact in the sample tenant (mark.campbell@contoso.com), read through Get-PsaContact.</summary>
    private const string Mark = "$mark = Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'mark.campbell@contoso.com'\n";

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_found_by_address_that_a_decision_excludes_for_the_account_is_neither_linked_nor_duplicated(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var account = WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com");
        ps.Run(_sim.Connect(psa) + Mark + $"Set-PsaContactMatch -Account $args[0] -Contact $mark -Exclude -DecisionPath '{store}' -Confirm:$false", account);
        _sim.Sim.Requests.Clear();

        var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", account);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactDecidedOtherwise,", error.FullyQualifiedErrorId);
        Assert.Contains("excludes for this account", error.Exception.Message);
        Assert.Empty(result.Objects<ContactMatch>());
        Assert.Equal(0, _sim.Writes());
        var kept = Assert.Single(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read());
        Assert.Equal(MatchDecisionKind.Excluded, kept.DecisionKind);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_found_by_address_that_a_person_linked_to_another_account_keeps_that_link(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var person = WriteTenant.Account("Mark Campbell", "mcampbell@contoso.com");
        var mailbox = WriteTenant.Account("Controller Mailbox", "mark.campbell@contoso.com");
        ps.Run(_sim.Connect(psa) + Mark + $"Set-PsaContactMatch -Account $args[0] -Contact $mark -DecisionPath '{store}' -Confirm:$false", person);

        var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", mailbox);

        Assert.StartsWith("QuickpassPsa.ContactDecidedOtherwise,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Empty(result.Objects<ContactMatch>());
        var kept = Assert.Single(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read());
        Assert.Equal(("mcampbell@contoso.com", MatchDecisionKind.Confirmed), (kept.Email, kept.DecisionKind));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_a_person_linked_to_another_contact_gets_that_contact_neither_relinked_nor_a_second_one(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        // Mark Campbell linked by hand to his contact; the job then meets an account of his whose address finds another one.
        var account = WriteTenant.Account("Mark Campbell", "natalie.baker@contoso.com", null, "Mark", "Campbell");
        ps.Run(_sim.Connect(psa) + Mark + $"Set-PsaContactMatch -Account $args[0] -Contact $mark -DecisionPath '{store}' -Confirm:$false", account);
        var before = Assert.Single(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read());
        _sim.Sim.Requests.Clear();

        foreach (var parameters in new[] { "", "-Force" })
        {
            var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}' {parameters}", account);

            // The person's link settles the account (round 48): its contact is the answer, as Find-PsaContactMatch reports it.
            Assert.Empty(result.Errors);
            var match = Assert.Single(result.Objects<ContactMatch>());
            Assert.Equal((MatchStatus.Matched, before.ContactId, "Contoso Ltd"), (match.Status, match.Contact!.Id, match.CompanyName));
            Assert.Equal(new[] { MatchReason.StoredDecision }, match.Reasons);
            Assert.Equal(0, _sim.Writes());
            var kept = Assert.Single(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read());
            Assert.Equal((before.ContactId, before.DecidedAt), (kept.ContactId, kept.DecidedAt));
        }
    }

    [Fact]
    public void A_gateway_error_on_one_create_is_that_accounts_error_and_the_others_are_created()
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        ps.Run(_sim.Connect("ConnectWise"));
        // ConnectWise reads with GET: the one failing POST is the first create, never resent (a resend could make a twin).
        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = 503, FailNextCount = 1, FailNextMethod = "POST" });

        var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'",
            WriteTenant.Account("Gate One", "gate1@contoso.com"), WriteTenant.Account("Gate Two", "gate2@contoso.com"));

        Assert.Null(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.PsaRequestFailed", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal("gate2@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Account.Email);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_with_a_plus_tag_finds_the_contact_with_the_plain_address_and_creates_no_twin(string psa)
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, psa, "", WriteTenant.Account("Mark Campbell", "mark.campbell+qp@contoso.com"));

        Assert.Empty(result.Errors);
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal("mark.campbell@contoso.com", match.Contact!.Emails[0]);
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Under_ErrorAction_Stop_a_failure_part_way_keeps_the_links_of_the_contacts_already_created(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        ps.Run(_sim.Connect(psa));
        _sim.Sim.Faults.Set(new FaultSettings { FailWhenContains = "new2@contoso.com", FailWhenContainsStatus = 400 });

        var result = ps.Run($"$ErrorActionPreference = 'Stop'\n$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'",
            WriteTenant.Account("New One", "new1@contoso.com"), WriteTenant.Account("New Two", "new2@contoso.com"), WriteTenant.Account("New Three", "new3@contoso.com"));

        Assert.NotNull(result.TerminatingError);
        var link = Assert.Single(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read());
        Assert.Equal(("new1@contoso.com", MatchDecisionKind.Confirmed), (link.Email, link.DecisionKind));
    }

    [Fact]
    public void ConnectWise_EmailType_and_MobileType_name_the_types_and_silence_the_warning()
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "ConnectWise", "-EmailType 'personal email' -MobileType Home", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com", "206 555 0199"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(new[] { 7L, 5L }, Items(Assert.Single(Stored(ps, "zed.quinn@contoso.com"))).Select(i => i.TypeId));
    }

    [Fact]
    public void ConnectWise_a_named_type_that_does_not_exist_stops_the_command_before_any_write()
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "ConnectWise", "-EmailType 'Email'", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));

        Assert.NotNull(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.CommunicationTypeNotFound,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("'Email - Work'", result.TerminatingError.Exception.Message);
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void WhatIf_sends_no_write_request_and_emits_nothing(string psa)
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, psa, "-WhatIf", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com", "206 555 0199"), WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.Equal(0, _sim.Writes());
        Assert.Empty(Stored(ps, "zed.quinn@contoso.com"));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_stored_address_with_spaces_around_it_or_in_other_case_is_the_accounts_and_no_twin_is_created(string psa)
    {
        // Round 41: " mona.king@... " in the PSA is the address to the matcher, but an equality filter missed it and a
        // second contact was made; an inactive one was duplicated instead of reported.
        var tenant = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var contacts = tenant[psa == "ConnectWise" ? "connectWise" : "autotask"]!["contacts"]!.AsArray();
        System.Text.Json.Nodes.JsonNode Find(string email) => contacts.First(c => c!.ToJsonString().Contains(email))!;
        void Pad(System.Text.Json.Nodes.JsonNode contact, string value)
        {
            if (psa == "ConnectWise") contact["communicationItems"]!.AsArray().First(i => ((string?)i!["value"])?.Contains('@') == true)!["value"] = value;
            else contact["emailAddress"] = value;
        }
        var mark = Find("mark.campbell@contoso.com");
        Pad(mark, "  Mark.Campbell@Contoso.com ");
        _sim.Sim.Reset();
        _sim.Sim.Seed((System.Text.Json.Nodes.JsonObject)tenant);
        _sim.Sim.Requests.Clear();
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";

        var result = New(ps, psa, store, WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com"));

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception.Message)));
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal(mark["id"]!.ToString(), match.Contact!.Id);
        Assert.Equal(0, _sim.Writes());

        // The same contact deactivated: the person keeps one contact, and the error says so.
        if (psa == "ConnectWise") mark["inactiveFlag"] = true;
        else mark["isActive"] = 0;
        _sim.Sim.Reset();
        _sim.Sim.Seed((System.Text.Json.Nodes.JsonObject)tenant);
        _sim.Sim.Requests.Clear();

        var fresh = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "fresh.json") + "'";
        var inactive = New(ps, psa, fresh, WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com"));

        Assert.StartsWith("QuickpassPsa.ContactInactive,", Assert.Single(inactive.Errors).FullyQualifiedErrorId);
        Assert.Empty(inactive.Objects<ContactMatch>());
        Assert.Equal(0, _sim.Writes());

        // With the link the first run stored, the account is settled: its contact, now inactive, is returned with a warning
        // (round 49: a link to an inactive contact is a decision), and still nothing is created.
        var linked = New(ps, psa, store, WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com"));

        Assert.Empty(linked.Errors);
        Assert.Equal(mark["id"]!.ToString(), Assert.Single(linked.Objects<ContactMatch>()).Contact!.Id);
        Assert.Contains(linked.Warnings, w => w.Contains("inactive in the PSA", System.StringComparison.Ordinal));
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_whose_address_carries_a_plus_tag_is_the_accounts_and_no_twin_is_created(string psa)
    {
        // Round 43: mark.campbell+tickets@ on the contact, mark.campbell@ on the account: the matcher's one address, and a twin.
        var tenant = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var contacts = tenant[psa == "ConnectWise" ? "connectWise" : "autotask"]!["contacts"]!.AsArray();
        var mark = contacts.First(c => c!.ToJsonString().Contains("mark.campbell@contoso.com"))!;
        if (psa == "ConnectWise") mark["communicationItems"]!.AsArray().First(i => ((string?)i!["value"])?.Contains('@') == true)!["value"] = "mark.campbell+tickets@contoso.com";
        else mark["emailAddress"] = "mark.campbell+tickets@contoso.com";
        _sim.Sim.Reset();
        _sim.Sim.Seed((System.Text.Json.Nodes.JsonObject)tenant);
        _sim.Sim.Requests.Clear();
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var result = New(ps, psa, "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'", WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com"));

        Assert.Empty(result.Errors);
        Assert.Equal(mark["id"]!.ToString(), Assert.Single(result.Objects<ContactMatch>()).Contact!.Id);
        Assert.Equal(0, _sim.Writes());

        // Under another name the tagged address is not taken for the account's own (it+dave@ is Dave's, not the it@ mailbox's;
        // round 44): it is not linked. The matcher still takes the contact for the person behind mark.campbell@ (a role name
        // such as "Front Desk" says nothing, the address's name does), so nothing is created either (round 47) unless -Force.
        var desk = New(ps, psa, "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "other.json") + "'", WriteTenant.Account("Front Desk", "mark.campbell@contoso.com"));
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", Assert.Single(desk.Errors).FullyQualifiedErrorId);
        Assert.Empty(desk.Objects<ContactMatch>());
        Assert.Equal(0, _sim.Writes());
        var forced = New(ps, psa, "-Force -DecisionPath '" + System.IO.Path.Combine(folder.Path, "other.json") + "'", WriteTenant.Account("Front Desk", "mark.campbell@contoso.com"));
        Assert.True(forced.Errors.Count == 0, string.Join("; ", forced.Errors.Select(e => e.Exception.Message)));
        Assert.NotEqual(mark["id"]!.ToString(), Assert.Single(forced.Objects<ContactMatch>()).Contact!.Id);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_that_only_contains_the_accounts_is_another_persons_and_the_contact_is_created(string psa)
    {
        // The lookup asks the PSA for addresses containing the account's; only the exact one counts.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var account = WriteTenant.Account("Ark Campbell", "ark.campbell@contoso.com");
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";

        // Not linked to Mark Campbell (mark.campbell@ contains the address); the matcher says Review (a near-miss address and
        // surname), so nothing is created without -Force (round 47).
        var refused = New(ps, psa, store, account);
        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", error.FullyQualifiedErrorId);
        Assert.Contains("(Review", error.Exception.Message);
        Assert.Empty(refused.Objects<ContactMatch>());
        Assert.Equal(0, _sim.Writes());

        var result = New(ps, psa, "-Force " + store, account);

        Assert.Empty(result.Errors);
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal(("Ark", "Campbell"), (match.Contact!.FirstName, match.Contact.LastName));
        Assert.Equal(1, psa == "ConnectWise" ? _sim.Count("POST", "company/contacts") : _sim.Count("POST", "/Contacts"));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_second_run_creates_nothing_and_returns_the_contact_the_first_made(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var account = WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com", "206 555 0199");

        var first = Assert.Single(New(ps, psa, "", account).Objects<ContactMatch>());
        var second = New(ps, psa, "", account);

        Assert.Empty(second.Errors);
        var again = Assert.Single(second.Objects<ContactMatch>());
        Assert.Equal(MatchStatus.Matched, again.Status);
        Assert.Equal(first.Contact!.Id, again.Contact!.Id);
        Assert.Contains(second.Verbose, v => v.Contains("Nothing is created"));
        Assert.Equal(1, psa == "ConnectWise" ? _sim.Count("POST", "company/contacts") : _sim.Count("POST", "/Contacts"));
        Assert.Single(Stored(ps, "zed.quinn@contoso.com"));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void The_link_of_a_contact_created_for_a_display_name_written_surname_first_is_Matched_on_the_next_run(string psa)
    {
        // Round 63c: New-PsaContact created "Wei Li" for the account "Li Wei" (Wei | Li) and stored the link, and the very next
        // Find-PsaContactMatch took the unchanged account for a rename: a warning, and the row Suggested, not Matched.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var account = WriteTenant.Account("Li Wei", "wei.li@contoso.com", null, "Wei", "Li");

        var created = Assert.Single(New(ps, psa, store, account).Objects<ContactMatch>());
        var found = ps.Run(_sim.Connect(psa) + "$args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' " + store, account);

        Assert.Equal(("Wei", "Li"), (created.Contact!.FirstName, created.Contact.LastName));
        Assert.Empty(found.Warnings);
        var row = Assert.Single(found.Objects<ContactMatch>());
        Assert.Equal((MatchStatus.Matched, created.Contact.Id), (row.Status, row.ContactId));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_create_whose_answer_is_lost_leaves_exactly_one_contact(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect(psa));
        _sim.Sim.Faults.Set(new FaultSettings { CommitThenDrop = true });

        var result = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd'", WriteTenant.Account("Dora Dropped", "dora.dropped@contoso.com"));

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Contains(_sim.Sim.Requests.Entries(), e => e.Fault == "CommitThenDrop");
        Assert.Equal(match.Contact!.Id, Assert.Single(Stored(ps, "dora.dropped@contoso.com")).Id);
    }

    [Fact]
    public void An_Autotask_create_that_cannot_be_read_back_stores_its_link_and_is_never_made_again()
    {
        // Last session's note: the contact was created, reading it back found nothing (an API user that may create but not read
        // contacts), and no link was stored, so the next run looked for it again.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var command = "$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '" + store + "'";
        ps.Run(_sim.Connect("Autotask"));
        var warm = Assert.Single(ps.Run(command, WriteTenant.Account("Wes Warm", "wes.warm@contoso.com")).Objects<ContactMatch>());
        var nextId = (long.Parse(warm.Contact!.Id, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _sim.Sim.Faults.Set(new FaultSettings { FailWhenContains = "/Contacts/" + nextId, FailWhenContainsStatus = 404 });
        var account = WriteTenant.Account("Rhea Readback", "rhea.readback@contoso.com", "+1 206 555 0142");

        var result = ps.Run(command, account);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("For ", warning, System.StringComparison.Ordinal);
        Assert.Contains("created contact " + nextId + " but could not read it back", warning);
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal((MatchStatus.Matched, nextId, "Rhea", "Readback", "Contoso Ltd"), (match.Status, match.Contact!.Id, match.Contact.FirstName, match.Contact.LastName, match.Contact.CompanyName));
        Assert.Contains(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read(), d => d.AccountId == account.Id && d.ContactId == nextId && d.DecisionKind == MatchDecisionKind.Confirmed);

        _sim.Sim.Faults.Set(new FaultSettings());
        var creates = _sim.Count("POST", "/Contacts");
        var again = ps.Run(command, account);

        Assert.Empty(again.Errors);
        Assert.Equal(creates, _sim.Count("POST", "/Contacts"));
        Assert.Equal(nextId, Assert.Single(Stored(ps, "rhea.readback@contoso.com")).Id);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_create_slower_than_the_time_limit_is_one_accounts_error_never_sent_twice_and_found_by_the_next_run(string psa)
    {
        // Round 41: the PSA stores the create after the client gave up; the lookup right after finds nothing, and a
        // resend stored the person twice.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var command = "$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        ps.Run(_sim.Connect(psa).Replace(" | Out-Null", " -TimeoutSec 1 | Out-Null"));
        _sim.Sim.Requests.Clear();
        _sim.Sim.Faults.Set(new FaultSettings { SlowCreateMs = 2500 });
        var slow = WriteTenant.Account("Sol Slow", "sol.slow@contoso.com");

        // The same account twice in the run (round 43: the second row made the twin the first was kept from making).
        var result = ps.Run(command, slow, WriteTenant.Account("Nia Next", "nia.next@contoso.com"), slow);

        Assert.Null(result.TerminatingError);
        Assert.Equal(2, result.Errors.Count);
        var error = result.Errors[0];
        Assert.StartsWith("QuickpassPsa.ContactCreateUnconfirmed,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("Run the same New-PsaContact again", error.ErrorDetails!.RecommendedAction);
        Assert.Contains("within the per-request time limit (Connect-Psa -TimeoutSec)", error.Exception.Message);
        Assert.StartsWith("QuickpassPsa.ContactCreateUnconfirmed,", result.Errors[1].FullyQualifiedErrorId);
        Assert.Contains("earlier in this run got no answer", result.Errors[1].Exception.Message);
        Assert.Equal("nia.next@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Account.Email); // the next account went on
        // After a create without an answer the company's one read may lack a contact: Nia's lookups asked the PSA (round 48).
        Assert.True(ContactReads(psa) > 1, "the lookups after the unconfirmed create were answered from the read");

        // The slow create is stored in the end, once; the next run finds it and creates nothing.
        PsaContact[] stored = System.Array.Empty<PsaContact>();
        for (var i = 0; i < 100 && stored.Length == 0; i++)
        {
            System.Threading.Thread.Sleep(100);
            stored = Stored(ps, "sol.slow@contoso.com");
        }
        var again = ps.Run(command, slow);

        Assert.Empty(again.Errors);
        Assert.Equal(Assert.Single(stored).Id, Assert.Single(again.Objects<ContactMatch>()).Contact!.Id);
        Assert.Single(Stored(ps, "sol.slow@contoso.com"));
        // Sol's one create (logged when the simulator finished it) and Nia's; none from the lookup or the second run.
        Assert.Equal(2, psa == "ConnectWise" ? _sim.Count("POST", "company/contacts") : _sim.Count("POST", "/Contacts"));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_of_another_customer_is_matched_with_a_warning_and_not_created_in_the_named_company_without_Force(string psa)
    {
        // Round 42: Fabrikam's people, matched and created in Contoso because the command named Contoso.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var theirs = WriteTenant.Account("Zed Quinn", "zed.quinn@fabrikam.com");
        theirs.Customer = "Fabrikam Inc.";  // spelt otherwise than the company (round 43: only an exact name was looked up)
        var ours = WriteTenant.Account("Yan Ray", "yan.ray@contoso.com");
        ours.Customer = "Contoso";
        ps.Run(_sim.Connect(psa));

        var found = ps.Run("$args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' " + store, theirs, ours);
        var created = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, theirs, ours);

        var warning = Assert.Single(found.Warnings, w => !w.StartsWith("The decision store", System.StringComparison.Ordinal)); // a new store: none yet
        Assert.Contains("1 account of the customer 'Fabrikam Inc.' was matched in", warning);
        Assert.Contains("is the name of the company Fabrikam Inc", warning);
        var error = Assert.Single(created.Errors);
        Assert.StartsWith("QuickpassPsa.CustomerOfAnotherCompany,", error.FullyQualifiedErrorId);
        Assert.Contains("-Force", error.ErrorDetails!.RecommendedAction);
        Assert.Equal("yan.ray@contoso.com", Assert.Single(created.Objects<ContactMatch>()).Account.Email);
        Assert.Empty(Stored(ps, "zed.quinn@fabrikam.com"));

        var forced = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' -Force " + store, theirs);
        Assert.Empty(forced.Errors);
        Assert.Single(Stored(ps, "zed.quinn@fabrikam.com"));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_on_a_contact_with_another_persons_name_is_neither_linked_nor_duplicated(string psa)
    {
        // Round 45: the link was stored, came back Matched, and Update-PsaContact overwrote that person's mobile.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");

        var result = New(ps, psa, "-DecisionPath '" + store + "'", WriteTenant.Account("Michelle Campbell", "mark.campbell@contoso.com"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactAddressOnAnotherPerson,", error.FullyQualifiedErrorId);
        Assert.Contains("Set-PsaContactMatch", error.ErrorDetails!.RecommendedAction);
        Assert.Empty(result.Objects<ContactMatch>());
        Assert.Equal(0, _sim.Writes());
        Assert.False(System.IO.File.Exists(store) && new QuickpassPsa.Core.Decisions.DecisionStore(store).Read().Count > 0);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_at_one_of_the_accounts_aliases_is_the_persons_and_no_twin_is_created(string psa)
    {
        // Round 46: Jane Doe with jane.smith@ as an alias, on Jane Smith's contact: the matcher links it, New-PsaContact made a twin.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var renamed = WriteTenant.Account("Mark Campbell", "mcampbell@contoso.com", "253-555-0155");
        renamed.ProxyAddresses = new[] { ProxyAddress.Parse("SMTP:mcampbell@contoso.com")!, ProxyAddress.Parse("smtp:mark.campbell@contoso.com")! };

        var result = New(ps, psa, "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'", renamed);

        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors.Select(e => e.Exception.Message)));
        var found = Assert.Single(result.Objects<ContactMatch>());
        Assert.Contains("mark.campbell@contoso.com", found.Contact!.Emails);
        // Found at one of the account's other addresses, and said so (round 49: every row read EmailPrimary).
        Assert.Equal(MatchReason.EmailAlias, found.Reason);
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void Autotask_a_one_word_account_whose_address_is_on_a_contact_gets_that_contact_not_a_name_error()
    {
        // Round 44: "Reception" was refused as a name Autotask cannot split before its address was looked up.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var result = New(ps, "Autotask", "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'", WriteTenant.Account("Reception", "mark.campbell@contoso.com"));

        Assert.Empty(result.Errors);
        Assert.Equal("mark.campbell@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Contact!.Emails[0]);
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void Confirm_in_a_session_that_cannot_ask_stops_with_its_own_error_and_sends_nothing()
    {
        // Round 41: every account got ContactWriteFailed, as if the PSA had refused a write that was never sent.
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"), WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        Assert.NotNull(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.ConfirmationUnavailable", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("-Confirm:$false", result.TerminatingError.ErrorDetails!.RecommendedAction);
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_with_only_a_sign_in_name_gets_the_contact_at_that_address_and_no_new_one(string psa)
    {
        // Round 51: an export with a UPN and no mail column; Find-PsaContactMatch linked the account by its UPN, and New-PsaContact
        // said it "has no email address". Found by the sign-in name it is answered; with nothing found, no contact is made from it.
        using var ps = PowerShellHost.WithModule();
        var known = new Account { Id = "nb", DisplayName = "Natalie Baker", FirstName = "Natalie", LastName = "Baker", UserPrincipalName = "natalie.baker@contoso.com", Source = AccountSource.CsvFile };
        var unknown = new Account { Id = "nn", DisplayName = "Nora Newhire", FirstName = "Nora", LastName = "Newhire", UserPrincipalName = "nora.newhire@contoso.com", Source = AccountSource.CsvFile };

        var result = New(ps, psa, "", known, unknown);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.AccountHasNoEmail,", error.FullyQualifiedErrorId);
        Assert.Equal("Nora Newhire", Assert.IsType<Account>(error.TargetObject).DisplayName);
        var found = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal("natalie.baker@contoso.com", found.Contact!.Emails[0], ignoreCase: true);
        Assert.Equal(0, Creates(psa));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_without_an_email_is_refused_and_the_others_are_still_created(string psa)
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, psa, "", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"), WriteTenant.Account("No Mail", null, "206 555 0100"),
            WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.AccountHasNoEmail,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Equal("No Mail", Assert.IsType<Account>(error.TargetObject).DisplayName);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
        Assert.Equal(new[] { "zed.quinn@contoso.com", "yan.ray@contoso.com" }, result.Objects<ContactMatch>().Select(m => m.Contact!.Emails[0]));
        Assert.Equal(2, _sim.Writes());
    }

    [Fact]
    public void Autotask_a_single_word_name_is_an_error_that_says_to_fix_it_at_the_source_and_ConnectWise_takes_it_as_a_first_name()
    {
        using var ps = PowerShellHost.WithModule();
        var cher = WriteTenant.Account("Cher", "cher@contoso.com");

        var autotask = New(ps, "Autotask", "", cher, WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        var error = Assert.Single(autotask.Errors);
        Assert.StartsWith("QuickpassPsa.ContactNameUnsplittable,", error.FullyQualifiedErrorId);
        Assert.Contains("'Cher'", error.Exception.Message);
        Assert.Contains("at the source", error.ErrorDetails!.RecommendedAction);
        Assert.Single(autotask.Objects<ContactMatch>());
        Assert.Equal(1, _sim.Writes());

        var connectWise = New(ps, "ConnectWise", "", cher);
        Assert.Empty(connectWise.Errors);
        Assert.Equal(("Cher", ""), (Assert.Single(connectWise.Objects<ContactMatch>()).Contact!.FirstName, Assert.Single(connectWise.Objects<ContactMatch>()).Contact!.LastName ?? ""));
    }

    /// <summary>
    /// Round 73a: "Finance - Ian Brook" was created as 'Finance - Ian' | 'Brook' and the couples of the name fields ("Anna and Ben" |
    /// "Cole", "Mr &amp; Mrs" | "Lowe") as one person's contact, on both PSAs. Each is refused with ContactNameUnsplittable; a couple's
    /// advice is a contact made by hand and linked, or the account left out, never a name fixed at the source; the others are created.
    /// </summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_department_before_a_dash_and_a_couple_in_the_name_fields_are_refused_and_the_others_created(string psa)
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, psa, "", WriteTenant.Account("Finance - Ivo Brackwater", "ivo.brackwater@contoso.com"),
            WriteTenant.Account("Anna and Ben Quorrell", "quorrells@contoso.com", first: "Anna and Ben", last: "Quorrell"),
            WriteTenant.Account("Mr & Mrs Lowenthal", "lowenthals@contoso.com", first: "Mr & Mrs", last: "Lowenthal"),
            WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        Assert.Null(result.TerminatingError);
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.ContactNameUnsplittable,", e.FullyQualifiedErrorId));
        var dash = result.Errors.Single(e => ((Account)e.TargetObject).Email == "ivo.brackwater@contoso.com");
        Assert.Contains("'Finance', before the dash", dash.Exception.Message);
        Assert.Contains("set the given name and surname", dash.ErrorDetails!.RecommendedAction);
        foreach (var couple in result.Errors.Where(e => e != dash))
        {
            Assert.Contains("names two people", couple.Exception.Message);
            Assert.DoesNotContain("needs a first", couple.Exception.Message);
            var advice = couple.ErrorDetails!.RecommendedAction;
            Assert.Contains("This mailbox names two people", advice);
            Assert.Contains("by hand", advice);
            Assert.Contains("Set-PsaContactMatch", advice);
            Assert.Contains("leave the account out", advice);
            Assert.DoesNotContain("set the given name and surname", advice);
        }
        var created = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal("yan.ray@contoso.com", created.Contact!.Emails[0]);
        Assert.Equal(1, Creates(psa));
    }

    /// <summary>
    /// Round 56: ConnectWise made up names: an account with only the surname Smithers became "Smithers Smithers", "Li, " the first
    /// name "Li," and "MARTIN Paul" Paul MARTIN; an account with no name was refused saying ConnectWise needs a last name too.
    /// </summary>
    [Fact]
    public void ConnectWise_puts_a_single_name_in_the_first_name_once_and_says_it_needs_a_first_name_when_there_is_none()
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "ConnectWise", "", WriteTenant.Account("Smithers", "smithers@contoso.com", last: "Smithers"),
            WriteTenant.Account("Li, ", "li.x@contoso.com"), WriteTenant.Account("MARTIN Paul", "paul.martin@contoso.com"),
            WriteTenant.Account("", "noname.box@contoso.com"));

        Assert.Null(result.TerminatingError);
        var names = result.Objects<ContactMatch>().Select(m => Assert.Single(Stored(ps, m.Contact!.Emails[0]))).Select(c => (c.FirstName ?? "", c.LastName ?? "")).ToArray();
        Assert.Equal(new[] { ("Smithers", ""), ("Li", ""), ("Paul", "Martin") }, names);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactNameUnsplittable,", error.FullyQualifiedErrorId);
        Assert.Contains("no name at all", error.Exception.Message);
        Assert.Contains("ConnectWise needs a first name", error.Exception.Message);
        Assert.DoesNotContain("last name on a contact", error.Exception.Message);
    }

    /// <summary>Round 70a: "Selvam | -", "Lakshmi | ." and "Velu | Velu" were created on ConnectWise as "Selvam -", "Lakshmi ." and "Velu Velu".</summary>
    [Fact]
    public void ConnectWise_stores_no_filler_surname_and_not_the_one_name_twice()
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "ConnectWise", "", WriteTenant.Account("Selvam -", "selvam@contoso.com", first: "Selvam", last: "-"),
            WriteTenant.Account("Lakshmi .", "lakshmi@contoso.com", first: "Lakshmi", last: "."),
            WriteTenant.Account("Velu Velu", "velu@contoso.com", first: "Velu", last: "Velu"));

        Assert.Empty(result.Errors);
        var names = result.Objects<ContactMatch>().Select(m => Assert.Single(Stored(ps, m.Contact!.Emails[0]))).Select(c => (c.FirstName ?? "", c.LastName ?? "")).ToArray();
        Assert.Equal(new[] { ("Selvam", ""), ("Lakshmi", ""), ("Velu", "") }, names);
    }

    [Theory]
    [InlineData("Maximiliana-Alexandrinas Lee", "max@contoso.com", "firstName")]
    [InlineData("Al Long", "al.long.with.a.very.long.address.indeed.really@contoso.com", "emailAddress")]
    public void Autotask_a_value_longer_than_its_field_is_a_typed_error_never_a_cut(string name, string email, string field)
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "Autotask", "", WriteTenant.Account(name, email), WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains(field, error.Exception.Message);
        // Round 56: the message says the value is too long and nothing was sent, never "failed with no answer" (a lost answer).
        Assert.StartsWith("The " + field + " '", error.Exception.Message);
        Assert.Contains("Autotask's " + field + " field holds at most", error.Exception.Message);
        Assert.Contains("was not sent", error.Exception.Message);
        Assert.DoesNotContain("no answer", error.Exception.Message);
        Assert.Equal("yan.ray@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Contact!.Emails[0]);
        Assert.Equal(1, _sim.Count("POST", "/Contacts"));
        Assert.Empty(Stored(ps, email));
    }

    [Theory] // psa-api.md A2 "Limits": firstName and lastName 30; ContactCommunication.value 250 (the simulator answers 400 past them)
    [InlineData("Maximilianaalexandrinaseraphina", "Lee", "max.lee@contoso.com", "firstName")]
    [InlineData("Al", "Wolfeschlegelsteinhausenbergerdorff", "al.w@contoso.com", "lastName")]
    [InlineData("Al", "Long", null, "email")]
    public void ConnectWise_a_value_longer_than_its_field_is_a_typed_error_before_sending(string first, string last, string? email, string field)
    {
        using var ps = PowerShellHost.WithModule();
        email ??= new string('a', 60) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 3)) + ".contoso.com"; // 256 characters
        _sim.Sim.Requests.Clear();

        var result = New(ps, "ConnectWise", "", WriteTenant.Account(first + " " + last, email, null, first, last), WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("ConnectWise's " + field + " field holds at most", error.Exception.Message);
        // Round 56: it began "ConnectWise POST company/contacts failed with no answer", as a lost answer reads.
        Assert.StartsWith("The " + field + " '", error.Exception.Message);
        Assert.Contains("nothing was sent (ConnectWise POST company/contacts was not sent)", error.Exception.Message);
        Assert.DoesNotContain("no answer", error.Exception.Message);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
        Assert.Equal("yan.ray@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Contact!.Emails[0]);
        Assert.Equal(1, _sim.Count("POST", "/company/contacts"));
        Assert.DoesNotContain(_sim.Sim.Requests.Entries(), e => e.Status == 400);
    }

    [Fact]
    public void Unmatched_rows_are_created_and_other_rows_need_Force()
    {
        using var ps = PowerShellHost.WithModule();
        var unmatched = new ContactMatch(WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));
        var review = new ContactMatch(WriteTenant.Account("Yan Ray", "yan.ray@contoso.com")) { Status = MatchStatus.Review };

        var result = New(ps, "ConnectWise", "", unmatched, review);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.MatchNotUnmatched,", error.FullyQualifiedErrorId);
        Assert.Same(review, error.TargetObject);
        Assert.Equal("zed.quinn@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Contact!.Emails[0]);

        var forced = New(ps, "ConnectWise", "-Force", review);
        Assert.Empty(forced.Errors);
        Assert.Equal("yan.ray@contoso.com", Assert.Single(forced.Objects<ContactMatch>()).Contact!.Emails[0]);
    }

    [Fact]
    public void Company_takes_the_exact_name_and_never_a_near_one()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));

        var exact = ps.Run("$args | New-PsaContact -Company 'contoso ltd'", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));
        Assert.Null(exact.TerminatingError);
        Assert.Equal("Contoso Ltd", Assert.Single(exact.Objects<ContactMatch>()).CompanyName);

        var posts = _sim.Writes();
        var near = ps.Run("$args | New-PsaContact -Company 'Contoso'", WriteTenant.Account("Amy Quinn", "amy.quinn@contoso.com"));
        Assert.NotNull(near.TerminatingError);
        Assert.StartsWith("QuickpassPsa.CompanyNotFound,", near.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(posts, _sim.Writes());
    }

    [Fact]
    public void Without_a_company_an_account_with_no_customer_link_is_an_error_and_nothing_is_requested()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));
        _sim.Sim.Requests.Clear();

        // No company named, and neither the account (no Customer) nor a row says which: per item, not for the run.
        var result = ps.Run("$args | New-PsaContact", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"), WriteTenant.Account("Amy Quinn", "amy.quinn@contoso.com"));

        Assert.Null(result.TerminatingError);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.CompanyRequired,", e.FullyQualifiedErrorId));
        Assert.Contains("-CompanyName", result.Errors[0].ErrorDetails.RecommendedAction);
        Assert.Empty(_sim.Sim.Requests.Entries());
    }

    [Fact]
    public void Several_contacts_with_the_accounts_email_are_an_error_and_nothing_is_created()
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Single(New(ps, "ConnectWise", "", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com")).Objects<ContactMatch>());
        // A second contact takes the same address (Zed's email typed over Natalie's by hand in the PSA: Update-PsaContact refuses
        // to put an address another active contact holds, QuickpassPsa.AddressHeldByOtherContact).
        var natalie = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com'").Objects<PsaContact>());
        var item = ((object[])natalie.Raw!["communicationItems"]!).Cast<Hashtable>().First(i => (string)i["communicationType"]! == "Email");
        using (var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Patch, $"v4_6_release/apis/3.0/company/contacts/{natalie.Id}/communications/{item["id"]}")
        {
            Content = new System.Net.Http.StringContent("[{\"op\":\"replace\",\"path\":\"value\",\"value\":\"zed.quinn@contoso.com\"}]", System.Text.Encoding.UTF8, "application/json"),
        })
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("qpsa+qpsa-public:qpsa-private")));
            request.Headers.TryAddWithoutValidation("clientId", "qpsa-tests");
            _sim.Http.Send(request).EnsureSuccessStatusCode();
        }
        // (Checked against an empty store: the connection's store rightly links zed.quinn@ to Zed's new contact.)
        using var empty = new TempFolder();
        var posts = _sim.Writes();

        var result = New(ps, "ConnectWise", $"-DecisionPath '{System.IO.Path.Combine(empty.Path, "none.json")}'", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactEmailAmbiguous,", error.FullyQualifiedErrorId);
        Assert.Contains("2 contacts", error.Exception.Message);
        Assert.Empty(result.Output);
        Assert.Equal(posts, _sim.Writes());
    }

    [Fact]
    public void The_company_can_be_an_id_or_an_object_of_the_same_PSA_only()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("Autotask") + "$global:atCompany = Get-PsaCompany -Name 'Contoso Ltd'");

        var byId = ps.Run(_sim.Connect("ConnectWise") + "$args | New-PsaContact -CompanyId 19297", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));
        Assert.Equal("19297", Assert.Single(byId.Objects<ContactMatch>()).Contact!.CompanyId);

        var other = ps.Run("$args | New-PsaContact -Company $global:atCompany", WriteTenant.Account("Yan Ray", "yan.ray@contoso.com"));
        Assert.NotNull(other.TerminatingError);
        Assert.StartsWith("QuickpassPsa.PsaMismatch,", other.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(1, _sim.Writes());
    }

    /// <summary>Łukasz Nowak, whose contact in the sample tenant is "Lukasz Nowak" with his mobile and no email (round 47c).</summary>
    private static Account Lukasz() => WriteTenant.Account("Łukasz Nowak", "lukasz.nowak@contoso.com", "+48 22 555 0102", "Łukasz", "Nowak");

    private int Creates(string psa) => psa == "ConnectWise" ? _sim.Count("POST", "company/contacts") : _sim.Count("POST", "/Contacts");

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_whose_person_has_a_contact_under_no_address_gets_no_second_one_and_the_others_are_created(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");

        var result = New(ps, psa, $"-DecisionPath '{store}'", Lukasz(), WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal("lukasz.nowak@contoso.com", ((Account)error.TargetObject).Email);
        var lukasz = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>(), c => c.LastName == "Nowak");
        Assert.Contains("Lukasz Nowak [" + lukasz.Id + "]", error.Exception.Message);
        Assert.Contains("(Suggested, NameExact", error.Exception.Message);
        Assert.Contains("Find-PsaContactMatch", error.Exception.Message);
        Assert.Contains("-Force", error.Exception.Message);
        Assert.Contains("Find-PsaContactMatch", error.ErrorDetails.RecommendedAction);
        // The others go on: Zed has no candidate, and is created.
        Assert.Equal("zed.quinn@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Account.Email);
        Assert.Equal(1, Creates(psa));
        Assert.Empty(Stored(ps, "lukasz.nowak@contoso.com"));
        Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>(), c => c.LastName == "Nowak");
        // Only Zed's link is stored: nothing points Łukasz at a contact the run did not make.
        Assert.Equal(new[] { "zed.quinn@contoso.com" }, new QuickpassPsa.Core.Decisions.DecisionStore(store).Read().Select(d => d.Email));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void WhatIf_shows_the_same_refusal_and_sends_nothing(string psa)
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, psa, "-WhatIf", Lukasz(), WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));

        Assert.StartsWith("QuickpassPsa.ContactMayExist,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Empty(result.Output);
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Force_creates_the_contact_after_the_lookup_by_address(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var result = New(ps, psa, "-Force -DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'", Lukasz());

        Assert.Empty(result.Errors);
        var match = Assert.Single(result.Objects<ContactMatch>());
        Assert.Equal(("Łukasz", "Nowak"), (match.Contact!.FirstName, match.Contact.LastName));
        Assert.Equal(1, Creates(psa));
        Assert.Single(Stored(ps, "lukasz.nowak@contoso.com"));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_excluded_for_the_account_is_no_reason_to_refuse_but_one_linked_to_another_account_outside_the_run_is(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var nowak = "$nowak = Get-PsaContact -CompanyName 'Contoso Ltd' | Where-Object LastName -eq 'Nowak'\n";
        // A person said the contact is not this account's person: the matcher drops it, as Find-PsaContactMatch does.
        ps.Run(_sim.Connect(psa) + nowak + $"Set-PsaContactMatch -Account $args[0] -Contact $nowak -Exclude -DecisionPath '{store}' -Confirm:$false", Lukasz());
        _sim.Sim.Requests.Clear();

        var excluded = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", Lukasz());

        Assert.Empty(excluded.Errors);
        Assert.Single(excluded.Objects<ContactMatch>());
        Assert.Equal(1, Creates(psa));

        // A contact a person linked to another account that is not in this run (one department's file): the same person's other
        // account as likely as a namesake, so it is refused as Find-PsaContactMatch rates it (round 50: a twin was created).
        _sim.Fresh();
        var other = System.IO.Path.Combine(folder.Path, "other.json");
        ps.Run(_sim.Connect(psa) + nowak + $"Set-PsaContactMatch -Account $args[0] -Contact $nowak -DecisionPath '{other}' -Confirm:$false",
            WriteTenant.Account("Lukasz Nowak", "l.nowak@contoso.com", "+48 22 555 0102", "Lukasz", "Nowak"));
        _sim.Sim.Requests.Clear();

        var linked = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{other}'", Lukasz());

        var refused = Assert.Single(linked.Errors);
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", refused.FullyQualifiedErrorId);
        // It says whose contact it is, and not to link this account (that would take the contact from the other account: round 51).
        Assert.Contains("A stored decision links that contact to Lukasz Nowak", refused.Exception.Message);
        Assert.Contains("second account", refused.Exception.Message);
        Assert.Empty(linked.Objects<ContactMatch>());
        Assert.Equal(0, Creates(psa));
    }

    [Fact]
    public void The_companys_contacts_are_read_once_for_the_run_not_once_per_account()
    {
        using var ps = PowerShellHost.WithModule();

        var result = New(ps, "ConnectWise", "-WhatIf", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"), WriteTenant.Account("Amy Quinn", "amy.quinn@contoso.com"),
            WriteTenant.Account("Bo Quinn", "bo.quinn@contoso.com"), Lukasz());

        Assert.StartsWith("QuickpassPsa.ContactMayExist,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        // Every other read of company/contacts is one account's lookup by address (a childConditions on the items).
        Assert.Equal(1, _sim.Sim.Requests.Entries().Count(e => e.Method == "GET" && e.Path.EndsWith("company/contacts", System.StringComparison.OrdinalIgnoreCase) &&
                                                                 !e.Query.Contains("childConditions", System.StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Requests that read contacts: ConnectWise GETs of company/contacts, Autotask's Contacts queries.</summary>
    private int ContactReads(string psa) => psa == "ConnectWise"
        ? _sim.Sim.Requests.Entries().Count(e => e.Method == "GET" && e.Path.EndsWith("company/contacts", System.StringComparison.OrdinalIgnoreCase))
        : _sim.Sim.Requests.Entries().Count(e => e.Method == "POST" && e.Path.EndsWith("Contacts/query", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>The sample tenant with these people added to Contoso Ltd as contacts (no email: null), then a fresh request log.</summary>
    private void SeedContoso(string psa, params (string First, string Last, string? Email, string? Mobile, bool Active)[] people)
    {
        var tenant = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var contacts = tenant[psa == "ConnectWise" ? "connectWise" : "autotask"]!["contacts"]!.AsArray();
        var id = psa == "ConnectWise" ? 9100 : 39100000;
        foreach (var p in people)
        {
            if (psa == "ConnectWise")
            {
                var items = new System.Text.Json.Nodes.JsonArray();
                if (p.Email != null) items.Add(new System.Text.Json.Nodes.JsonObject { ["type"] = new System.Text.Json.Nodes.JsonObject { ["id"] = 1, ["name"] = "Email - Work" }, ["value"] = p.Email, ["defaultFlag"] = true });
                if (p.Mobile != null) items.Add(new System.Text.Json.Nodes.JsonObject { ["type"] = new System.Text.Json.Nodes.JsonObject { ["id"] = 4, ["name"] = "Cell" }, ["value"] = p.Mobile, ["defaultFlag"] = true });
                contacts.Add(new System.Text.Json.Nodes.JsonObject
                {
                    ["id"] = id++, ["firstName"] = p.First, ["lastName"] = p.Last, ["company"] = new System.Text.Json.Nodes.JsonObject { ["id"] = 19297 },
                    ["inactiveFlag"] = !p.Active, ["communicationItems"] = items,
                });
            }
            else
            {
                contacts.Add(new System.Text.Json.Nodes.JsonObject
                {
                    ["id"] = id++, ["companyID"] = 29683506, ["firstName"] = p.First, ["lastName"] = p.Last, ["emailAddress"] = p.Email, ["mobilePhone"] = p.Mobile,
                    ["isActive"] = p.Active ? 1 : 0,
                });
            }
        }
        _sim.Sim.Reset();
        _sim.Sim.Seed((System.Text.Json.Nodes.JsonObject)tenant);
        _sim.Sim.Requests.Clear();
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_returning_employee_whose_old_contact_is_inactive_without_email_gets_no_twin(string psa)
    {
        // Round 48b: Tom Baker came back; his old contact "Thomas Baker" is inactive, has no email, and has his mobile. Only
        // active contacts were matched, and a second contact was created.
        SeedContoso(psa, ("Thomas", "Baker", null, "+1 425 555 0402", false));
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var result = New(ps, psa, "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'",
            WriteTenant.Account("Tom Baker", "tom.baker@contoso.com", "+1 425 555 0402", "Tom", "Baker"), WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", error.FullyQualifiedErrorId);
        var thomas = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -IncludeInactive").Objects<PsaContact>(), c => c.FirstName == "Thomas");
        Assert.Contains("Thomas Baker [" + thomas.Id + "]", error.Exception.Message);
        Assert.Contains("InactiveContact", error.Exception.Message);
        Assert.Equal("zed.quinn@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Account.Email);
        Assert.Equal(1, Creates(psa));
        Assert.Empty(Stored(ps, "tom.baker@contoso.com"));
    }

    /// <summary>Staff with contacts at their own address, and new hires whose names are near theirs (round 48b), and one that is near no one.</summary>
    private static Account[] Onboarding() => new[]
    {
        WriteTenant.Account("John Paul Smith", "john.smith@contoso.com", null, "John Paul", "Smith"),
        WriteTenant.Account("James Wilson", "james.wilson@contoso.com", null, "James", "Wilson"),
        WriteTenant.Account("Samuel Taylor", "samuel.taylor@contoso.com", null, "Samuel", "Taylor"),
        WriteTenant.Account("Paul Smith", "paul.smith@contoso.com", null, "Paul", "Smith"),
        WriteTenant.Account("James Wilson", "james.wilson2@contoso.com", null, "James", "Wilson"),
        WriteTenant.Account("Sam Taylor", "sam.taylor@contoso.com", null, "Sam", "Taylor"),
        WriteTenant.Account("Priya Raman", "priya.raman@contoso.com", null, "Priya", "Raman"),
    };

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void The_runs_accounts_are_matched_together_as_Find_PsaContactMatch_matches_them_and_a_rerun_creates_nothing(string psa)
    {
        SeedContoso(psa, ("John Paul", "Smith", "john.smith@contoso.com", null, true), ("James", "Wilson", "james.wilson@contoso.com", null, true),
            ("Samuel", "Taylor", "samuel.taylor@contoso.com", null, true));
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var accounts = Onboarding();
        // What Example 1 says of the same file: New-PsaContact creates exactly its Unmatched accounts.
        var together = ps.Run(_sim.Connect(psa) + "$args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -IncludeInactive " + store, accounts.Cast<object>().ToArray())
            .Objects<ContactMatch>().ToDictionary(m => m.Account.Email!, m => m.Status);
        var toCreate = together.Where(p => p.Value == MatchStatus.Unmatched).Select(p => p.Key).OrderBy(e => e).ToArray();
        Assert.Contains("priya.raman@contoso.com", toCreate);
        _sim.Sim.Requests.Clear();

        var first = New(ps, psa, store, accounts.Cast<object>().ToArray());

        Assert.Null(first.TerminatingError);
        var staff = new[] { "john.smith@contoso.com", "james.wilson@contoso.com", "samuel.taylor@contoso.com" };
        Assert.Equal(staff.Concat(toCreate).OrderBy(e => e), first.Objects<ContactMatch>().Select(m => m.Account.Email).OrderBy(e => e));
        var refused = first.Errors.Select(e => ((Account)e.TargetObject).Email!).OrderBy(e => e).ToArray();
        Assert.All(first.Errors, e => Assert.StartsWith("QuickpassPsa.ContactMayExist,", e.FullyQualifiedErrorId));
        Assert.Equal(together.Where(p => p.Value != MatchStatus.Unmatched && !staff.Contains(p.Key)).Select(p => p.Key).OrderBy(e => e), refused);
        Assert.Equal(toCreate.Length, Creates(psa));

        // Run 1 stored the staff's links; run 2 of the same command creates nothing and refuses the same accounts (round 48b:
        // the links took the colleagues' contacts out of the check, and the refused new hires were created without -Force).
        _sim.Sim.Requests.Clear();
        var second = New(ps, psa, store, accounts.Cast<object>().ToArray());

        Assert.Equal(0, _sim.Writes());
        Assert.Equal(refused, second.Errors.Select(e => ((Account)e.TargetObject).Email!).OrderBy(e => e));
        Assert.Equal(first.Objects<ContactMatch>().Select(m => (m.Account.Email, m.Contact!.Id)).OrderBy(p => p.Email),
            second.Objects<ContactMatch>().Select(m => (m.Account.Email, m.Contact!.Id)).OrderBy(p => p.Email));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_linked_by_hand_to_a_contact_without_email_is_returned_with_that_contact_on_every_run(string psa)
    {
        // Round 48b: ContactMayExist advises Set-PsaContactMatch; after it, every run gave ContactDecidedOtherwise.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var refused = New(ps, psa, $"-DecisionPath '{store}'", Lukasz());
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", Assert.Single(refused.Errors).FullyQualifiedErrorId);
        ps.Run("$nowak = Get-PsaContact -CompanyName 'Contoso Ltd' | Where-Object LastName -eq 'Nowak'\n" +
               $"Set-PsaContactMatch -Account $args[0] -Contact $nowak -DecisionPath '{store}' -Confirm:$false", Lukasz());
        var nowak = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>(), c => c.LastName == "Nowak");

        for (var run = 0; run < 2; run++)
        {
            var result = New(ps, psa, $"-DecisionPath '{store}'", Lukasz());

            Assert.Empty(result.Errors);
            var match = Assert.Single(result.Objects<ContactMatch>());
            Assert.Equal((MatchStatus.Matched, nowak.Id), (match.Status, match.Contact!.Id));
            Assert.Equal(0, _sim.Writes());
        }
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void The_lookups_by_address_are_answered_from_the_companys_one_read(string psa)
    {
        // Round 48b: 60 accounts cost 90 lookups besides the read of the company's contacts.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var zed = WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com");

        // The same account (one sign-in name) seen again under its tagged address: another account would be refused the contact
        // this run linked (round 62a).
        var mark = WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com");
        var tagged = WriteTenant.Account("Mark Campbell", "mark.campbell+qp@contoso.com");
        mark.UserPrincipalName = tagged.UserPrincipalName = "mark.campbell@contoso.com";
        var result = New(ps, psa, store, mark, tagged,
            zed, WriteTenant.Account("Amy Quinn", "amy.quinn@contoso.com"), zed);

        Assert.Empty(result.Errors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception.Message));
        var matches = result.Objects<ContactMatch>().ToArray();
        Assert.Equal(5, matches.Length);
        Assert.Equal(matches[0].Contact!.Id, matches[1].Contact!.Id); // the plus tag, from the read
        Assert.Equal(matches[2].Contact!.Id, matches[4].Contact!.Id); // a contact the run created, found again without a request
        Assert.Equal(2, Creates(psa));
        // One read of the company's contacts, and one PSA-wide lookup of the run's addresses before any create (round 60b), and
        // one lookup of each created address under the create lock (round 61b: another run may have created it since the read).
        Assert.Equal(2 + Creates(psa), ContactReads(psa));
    }
}
