using System.Management.Automation;
using System.Collections;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>Update-PsaContact in hosted PowerShell against the simulator's sample tenant; every change is read back from the simulator.</summary>
public class UpdatePsaContactCmdletTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public UpdatePsaContactCmdletTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    /// <summary>The sample contact with this email in Contoso Ltd, as Get-PsaContact reads it.</summary>
    private PsaContact Contact(PowerShellHost ps, string psa, string email) =>
        Assert.Single(ps.Run(_sim.Connect(psa) + "Get-PsaContact -CompanyName 'Contoso Ltd' -Email '" + email + "'").Objects<PsaContact>());

    private static PsaContact ReadBack(PowerShellHost ps, PsaContact contact) =>
        Assert.Single(ps.Run("Get-PsaContact -CompanyId '" + contact.CompanyId + "' -IncludeInactive").Objects<PsaContact>(), c => c.Id == contact.Id);

    private static ContactMatch Linked(PsaContact contact, string? email, string? mobile, MatchStatus status = MatchStatus.Matched)
    {
        var match = LinkedMatch.Create(WriteTenant.Account(contact.DisplayName, email, mobile), contact);
        match.Status = status;
        return match;
    }

    private static (long TypeId, string Value)[] Items(PsaContact contact, string kind) =>
        ((object[])contact.Raw!["communicationItems"]!).Cast<Hashtable>().Where(i => (string)i["communicationType"]! == kind)
            .Select(i => ((long)((Hashtable)i["type"]!)["id"]!, (string)i["value"]!)).ToArray();

    [Fact]
    public void ConnectWise_changes_only_the_mobile_that_differs_and_keeps_the_items_type()
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, "ConnectWise", "natalie.baker@contoso.com");
        _sim.Sim.Requests.Clear();

        // Same address in another case: not a change. Another number: a change.
        var result = ps.Run("$args | Update-PsaContact", Linked(natalie, "Natalie.Baker@Contoso.com", "+1 425 555 0999"));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((natalie.Id, "Natalie Baker", ContactField.MobilePhone, "(425) 555-0170", "+1 425 555 0999", true, "ConnectWise"),
            (change.ContactId, change.ContactName, change.Field, change.Before, change.After, change.Applied, change.Psa));
        Assert.Equal(1, _sim.Writes());
        Assert.Equal(1, _sim.Count("PATCH", "/communications/"));
        var stored = ReadBack(ps, natalie);
        Assert.Equal(new[] { (4L, "+1 425 555 0999") }, Items(stored, "Phone"));
        Assert.Equal(new[] { (1L, "natalie.baker@contoso.com") }, Items(stored, "Email"));
    }

    [Fact] // ContactCommunication.value holds 250 characters (spec): a longer address is a typed error, and nothing is sent
    public void ConnectWise_an_address_longer_than_its_field_is_a_typed_error_and_nothing_is_written()
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, "ConnectWise", "natalie.baker@contoso.com");
        var email = new string('a', 60) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 3)) + ".contoso.com"; // 256 characters
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", Linked(natalie, email, "+1 425 555 0999"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", error.FullyQualifiedErrorId);
        Assert.Contains("ConnectWise's email field holds at most 250", error.Exception.Message);
        Assert.StartsWith("The email '", error.Exception.Message); // round 56: not "... failed with no answer"
        Assert.DoesNotContain("no answer", error.Exception.Message);
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(new[] { (4L, "(425) 555-0170") }, Items(ReadBack(ps, natalie), "Phone"));
    }

    [Theory] // the preview says what the real run would do: a value the PSA cannot hold is the same error under -WhatIf
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void WhatIf_refuses_an_address_longer_than_its_field_as_the_real_run_does(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var email = new string('a', 60) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".contoso.com"; // 317 characters

        // A store of its own: the class's default store may hold another test's link of this contact (LinkSuperseded).
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");

        var preview = ps.Run($"$args | Update-PsaContact -WhatIf -DecisionPath '{store}'", Linked(natalie, email, "+1 425 555 0999"));
        var real = ps.Run($"$args | Update-PsaContact -DecisionPath '{store}'", Linked(natalie, email, "+1 425 555 0999"));

        var previewError = Assert.Single(preview.Errors);
        var realError = Assert.Single(real.Errors);
        Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", previewError.FullyQualifiedErrorId);
        Assert.Equal(realError.Exception.Message, previewError.Exception.Message);
        Assert.Contains("field holds at most", previewError.Exception.Message);
        Assert.Empty(preview.Objects<ContactChange>());
        Assert.Empty(real.Objects<ContactChange>());
        // Nothing was written: the contact still holds its own address.
        Assert.Contains("natalie.baker@contoso.com", ReadBack(ps, natalie).Emails);
    }

    [Fact]
    public void ConnectWise_a_new_email_replaces_the_default_email_item_keeping_Email_Work()
    {
        using var ps = PowerShellHost.WithModule();
        var mark = Contact(ps, "ConnectWise", "mark.campbell@contoso.com");

        var result = ps.Run("$args | Update-PsaContact", Linked(mark, "mark.c@contoso.com", "253-555-0155"));

        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.Email, "mark.campbell@contoso.com", "mark.c@contoso.com"), (change.Field, change.Before, change.After));
        Assert.Equal(new[] { (1L, "mark.c@contoso.com") }, Items(ReadBack(ps, mark), "Email"));
    }

    [Fact]
    public void ConnectWise_a_contact_without_a_mobile_item_gets_one_of_type_Cell()
    {
        using var ps = PowerShellHost.WithModule();
        var ap = Contact(ps, "ConnectWise", "ap@contoso.com");

        var result = ps.Run("$args | Update-PsaContact", Linked(ap, "ap@contoso.com", "206 555 0123"));

        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Null(change.Before);
        Assert.Equal(1, _sim.Count("POST", "/communications"));
        var stored = ReadBack(ps, ap);
        Assert.Equal(new[] { (4L, "206 555 0123") }, Items(stored, "Phone"));
        Assert.Equal("206 555 0123", stored.MobilePhone);
    }

    [Fact]
    public void Autotask_changes_email_and_mobile_in_one_PATCH_through_the_company()
    {
        using var ps = PowerShellHost.WithModule();
        var hao = Contact(ps, "Autotask", "hao.wang@contoso.com");
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", Linked(hao, "hao.w@contoso.com", "206-555-0999"));

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { ContactField.Email, ContactField.MobilePhone }, result.Objects<ContactChange>().Select(c => c.Field));
        Assert.All(result.Objects<ContactChange>(), c => Assert.True(c.Applied));
        Assert.Equal(1, _sim.Writes());
        Assert.Equal(1, _sim.Count("PATCH", "/Companies/29683506/Contacts"));
        var stored = ReadBack(ps, hao);
        Assert.Equal(("hao.w@contoso.com", "206-555-0999"), (stored.Emails[0], stored.MobilePhone));
    }

    [Theory] // digits only: formatting and a leading country code 1 are not a difference
    [InlineData("Autotask", "gloria.ellis@contoso.com", "(425) 555-0177")]  // stored "+1 425 555 0177"
    [InlineData("Autotask", "susan.morgan@contoso.com", "+1 (425) 555-0147")] // stored "1-425-555-0147"
    [InlineData("Autotask", "hector.rodriguez@contoso.com", "4255550190")]   // stored "425.555.0190"
    [InlineData("ConnectWise", "agnieszka.mazur@contoso.com", "2065550127")] // stored "+1 206 555 0127"
    public void Numbers_that_differ_only_in_format_are_not_changed(string psa, string email, string mobile)
    {
        using var ps = PowerShellHost.WithModule();
        var contact = Contact(ps, psa, email);
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", Linked(contact, email.ToUpperInvariant(), mobile));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.Equal(0, _sim.Writes());
        Assert.Contains(result.Verbose, v => v.Contains("already has the email and mobile"));
    }

    [Theory]
    [InlineData("ConnectWise", "natalie.baker@contoso.com")]
    [InlineData("Autotask", "bronwen.evans@contoso.com")]
    public void An_empty_account_value_never_blanks_the_contacts(string psa, string email)
    {
        using var ps = PowerShellHost.WithModule();
        var contact = Contact(ps, psa, email);
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", Linked(contact, null, "  "));

        Assert.Empty(result.Output);
        Assert.Equal(0, _sim.Writes());
        var stored = ReadBack(ps, contact);
        Assert.Equal((contact.Emails[0], contact.MobilePhone), (stored.Emails[0], stored.MobilePhone));
    }

    [Theory]
    [InlineData("ConnectWise", "natalie.baker@contoso.com")]
    [InlineData("Autotask", "hao.wang@contoso.com")]
    public void WhatIf_emits_the_changes_as_not_applied_and_sends_nothing(string psa, string email)
    {
        using var ps = PowerShellHost.WithModule();
        var contact = Contact(ps, psa, email);
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact -WhatIf", Linked(contact, "someone.else@contoso.com", "206 555 0999"));

        Assert.Equal(2, result.Objects<ContactChange>().Count);
        Assert.All(result.Objects<ContactChange>(), c => Assert.False(c.Applied));
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(contact.Emails[0], ReadBack(ps, contact).Emails[0]);
    }

    [Fact]
    public void Suggested_rows_are_skipped_unless_IncludeSuggested_and_other_statuses_always()
    {
        using var ps = PowerShellHost.WithModule();
        var hao = Contact(ps, "Autotask", "hao.wang@contoso.com");
        var suggested = Linked(hao, "hao.new@contoso.com", null, MatchStatus.Suggested);
        var review = Linked(hao, "hao.other@contoso.com", null, MatchStatus.Review);

        var skipped = ps.Run("$args | Update-PsaContact", suggested, review);
        Assert.Empty(skipped.Output);
        Assert.Contains(skipped.Verbose, v => v.Contains("-IncludeSuggested"));
        Assert.Equal(0, _sim.Writes());
        // One warning says so: a run over rows that are not linked does not end without a word.
        var warning = Assert.Single(skipped.Warnings);
        Assert.StartsWith("2 rows were not updated because they are not linked pairs (", warning);
        Assert.Contains("1 Suggested", warning);
        Assert.Contains("1 Review", warning);
        Assert.Contains("-IncludeSuggested", warning);
        // Round 47c: one row reads as one row.
        Assert.StartsWith("1 row was not updated because it is not a linked pair (1 Review). ", Assert.Single(ps.Run("$args | Update-PsaContact", review).Warnings));

        var included = ps.Run("$args | Update-PsaContact -IncludeSuggested", suggested, review);
        Assert.Equal("hao.new@contoso.com", Assert.Single(included.Objects<ContactChange>()).After);
        Assert.Equal("hao.new@contoso.com", ReadBack(ps, hao).Emails[0]);
    }

    [Fact]
    public void Rows_passed_through_Select_Object_with_their_Account_are_taken_and_without_it_say_why_not()
    {
        // Round 42: Select-Object Status, Account, Contact met PowerShell's bare "cannot be bound" error.
        using var ps = PowerShellHost.WithModule();
        var hao = Contact(ps, "Autotask", "hao.wang@contoso.com");
        var row = Linked(hao, "hao.new@contoso.com", null);

        var selected = ps.Run("$args | Select-Object Status, Account, Contact | Update-PsaContact", row);
        var stripped = ps.Run("$args | Select-Object Status, Contact | Update-PsaContact", row);

        Assert.Empty(selected.Errors);
        Assert.Equal("hao.new@contoso.com", Assert.Single(selected.Objects<ContactChange>()).After);
        Assert.Contains("without its Account property", Assert.Single(stripped.Errors).Exception.Message);
    }

    [Fact]
    public void An_account_piped_instead_of_a_row_is_an_error_that_says_what_to_pipe()
    {
        // Round 41: PowerShell made an Unmatched row of the account, and Update-PsaContact passed it over without a word.
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));

        var result = ps.Run("$args | Update-PsaContact", WriteTenant.Account("Hao Wang", "hao.new@contoso.com"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("This is an account, not a row of Find-PsaContactMatch", error.Exception.Message);
        Assert.Empty(result.Output);
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void A_contact_the_PSA_cannot_update_is_an_error_and_the_others_go_on()
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, "ConnectWise", "natalie.baker@contoso.com");
        var gone = new PsaContact { Id = "999999", Psa = "ConnectWise", CompanyId = "19297", FirstName = "Gone", LastName = "Away", Emails = new[] { "gone@contoso.com" } };

        var result = ps.Run("$args | Update-PsaContact", Linked(gone, "gone.now@contoso.com", null), Linked(natalie, "natalie.b@contoso.com", null));

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.LinkedContactMissing,", error.FullyQualifiedErrorId);
        Assert.Contains("does not exist", error.Exception.Message);
        Assert.Equal("natalie.b@contoso.com", Assert.Single(result.Objects<ContactChange>()).After);
        Assert.Equal("natalie.b@contoso.com", ReadBack(ps, natalie).Emails[0]);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_row_whose_contact_id_is_someone_else_in_this_PSA_writes_nothing(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        // A row saved on another site: the same id there was Olga, with her own address.
        var elsewhere = new PsaContact { Id = natalie.Id, Psa = psa, CompanyId = natalie.CompanyId, FirstName = "Olga", LastName = "Otherperson", Emails = new[] { "olga@othersite.com" }, MobilePhone = "999 555 0000" };
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", Linked(elsewhere, "olga.new@othersite.com", "+1 425 555 7777"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.LinkedContactChanged,", error.FullyQualifiedErrorId);
        Assert.Contains("Natalie Baker", error.Exception.Message);
        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_reused_for_someone_else_since_the_link_is_not_written(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        // Ann's stored link points to the record that is Natalie Baker's now: the row (from Find) shows today's record.
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var row = LinkedMatch.Create(WriteTenant.Account("Ann Lee", "ann.lee@contoso.com", "+1 425 555 0100", "Ann", "Lee"), natalie);
        row.Status = MatchStatus.Matched;
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", row);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.LinkedContactChanged,", error.FullyQualifiedErrorId);
        Assert.Contains("reused for someone else", error.Exception.Message);
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_now_in_another_company_than_the_rows_is_not_written(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var row = Linked(natalie, "natalie.baker@contoso.com", "+1 425 555 0999");
        row.CompanyId = "424242"; // the row was matched in another company (the record moved, or another site's id)
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", row);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.LinkedContactChanged,", error.FullyQualifiedErrorId);
        Assert.Contains("424242", error.Exception.Message);
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Two_rows_of_one_run_for_one_contact_write_it_once(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var monday = Linked(natalie, "natalie.baker@contoso.com", "+1 425 555 0901");
        var tuesday = LinkedMatch.Create(WriteTenant.Account("Natalie Baker", "n.baker@contoso.com", "+1 425 555 0902", "Natalie", "Baker"), natalie);
        tuesday.Status = MatchStatus.Matched;
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", monday, tuesday);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.LinkSuperseded,", error.FullyQualifiedErrorId);
        Assert.All(result.Objects<ContactChange>(), c => Assert.Equal("natalie.baker@contoso.com", c.AccountId));
        Assert.Equal("+1 425 555 0901", ReadBack(ps, natalie).MobilePhone);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_kept_row_whose_contact_a_person_has_excluded_since_is_not_written(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var row = Linked(natalie, "natalie.baker@contoso.com", "+1 425 555 0931");
        ps.Run($"Set-PsaContactMatch -Account $args[0] -Contact $args[1] -Exclude -DecisionPath '{store}' -Confirm:$false", row.Account, natalie);
        _sim.Sim.Requests.Clear();

        var result = ps.Run($"$args | Update-PsaContact -DecisionPath '{store}'", row);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.LinkSuperseded,", error.FullyQualifiedErrorId);
        Assert.Contains("excludes", error.Exception.Message);
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void A_server_error_on_one_write_is_that_contacts_error_and_the_next_rows_go_on()
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, "ConnectWise", "natalie.baker@contoso.com");
        var mark = Contact(ps, "ConnectWise", "mark.campbell@contoso.com");
        // Every write carrying Natalie's new number fails (its retries too); the reads and Mark's write are served.
        _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailWhenContains = "0941", FailWhenContainsStatus = 503 });

        var result = ps.Run("$args | Update-PsaContact", Linked(natalie, "natalie.baker@contoso.com", "+1 425 555 0941"), Linked(mark, "mark.campbell@contoso.com", "+1 425 555 0942"));
        _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings());

        Assert.Null(result.TerminatingError);
        Assert.NotEmpty(result.Errors);
        Assert.Contains(result.Objects<ContactChange>(), c => c.ContactId == mark.Id && c.Applied);
    }

    /// <summary>
    /// Round 56: -CommandTimeoutSec was counted per row, so a run limited to 90 s waited out two 59 s Retry-After waits. The
    /// limit bounds the whole command: a wait that would end past it stops the run at once with PsaTimeout, which says
    /// what the run did before.
    /// </summary>
    [Fact]
    public void A_Retry_After_wait_past_the_commands_limit_stops_the_run_at_once_and_says_what_was_done()
    {
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, "ConnectWise", "natalie.baker@contoso.com");
        var mark = Contact(ps, "ConnectWise", "mark.campbell@contoso.com");
        _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailWhenContains = "0952", FailWhenContainsStatus = 429, RetryAfterSeconds = 59 });

        var result = ps.Run(_sim.Connect("ConnectWise").Replace(" | Out-Null", " -CommandTimeoutSec 30 | Out-Null") + "$args | Update-PsaContact",
            Linked(natalie, "natalie.baker@contoso.com", "+1 425 555 0951"), Linked(mark, "mark.campbell@contoso.com", "+1 425 555 0952"),
            Linked(natalie, "natalie.baker@contoso.com", "+1 425 555 0951"));
        _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings());

        var error = result.TerminatingError;
        Assert.NotNull(error);
        Assert.StartsWith("QuickpassPsa.PsaTimeout,", error!.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        var message = error.ErrorDetails!.Message;
        Assert.Contains("would not finish within 30 s (the per-command time limit)", message);
        Assert.Contains("59.0 s (Retry-After)", message);
        Assert.Contains("Before it stopped, 2 linked rows had been checked and 1 contact updated", message);
        // Round 58: cut off inside the row's own write, the message no longer says the row was not written.
        Assert.Contains("this row's write to " + mark.DisplayName + " [" + mark.Id + "] was cut off and may have been made in whole or in part", message);
        Assert.DoesNotContain("this row and the ones after it were not", message);
        Assert.Contains("Connect-Psa -CommandTimeoutSec (now 30)", error.ErrorDetails.RecommendedAction);
        Assert.Equal(natalie.Id, Assert.Single(result.Objects<ContactChange>()).ContactId);
        Assert.Equal("+1 425 555 0951", ReadBack(ps, natalie).MobilePhone);
    }

    /// <summary>Round 56: 40 unchanged rows made 40 GETs of one contact each; the company's contacts are read once, in pages.</summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void The_rows_contacts_are_read_once_per_company_not_one_request_per_row(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var contacts = ps.Run(_sim.Connect(psa) + "Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>().Where(c => c.Emails.Count > 0).Take(6).ToList();
        Assert.Equal(6, contacts.Count);
        var rows = contacts.Select((c, i) => Linked(c, c.Emails[0], i < 2 ? "+1 425 555 096" + i : c.MobilePhone)).ToArray();
        var moved = Linked(contacts[5], contacts[5].Emails[0], "+1 425 555 0969");
        moved.CompanyId = "424242"; // a row of another company: its contact is asked for by id, and found moved
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact -WhatIf", rows.Cast<object>().Append(moved).ToArray());

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { contacts[0].Id, contacts[1].Id }, result.Objects<ContactChange>().Where(c => c.Field == ContactField.MobilePhone).Select(c => c.ContactId));
        Assert.StartsWith("QuickpassPsa.LinkedContactChanged,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        var single = _sim.Sim.Requests.Entries().Count(e => e.Method == "GET" && System.Text.RegularExpressions.Regex.IsMatch(e.Path, "contacts/[0-9]+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Equal(1, single); // the moved row's contact only
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void Set_PsaContactMatch_takes_a_contact_read_back_with_Import_Clixml()
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        Contact(ps, "ConnectWise", "natalie.baker@contoso.com");

        var result = ps.Run($$"""
            $path = Join-Path '{{folder.Path}}' 'contact.xml'
            Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com' | Export-Clixml $path
            $back = Import-Clixml $path
            Set-PsaContactMatch -Account $args[0] -Contact $back -DecisionPath '{{store}}' -Confirm:$false
            """, WriteTenant.Account("Natalie Baker", "natalie.baker@contoso.com"));

        Assert.Empty(result.Errors);
        Assert.Null(result.TerminatingError);
        Assert.Single(new QuickpassPsa.Core.Decisions.DecisionStore(store).Read());
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_contact_deactivated_since_the_link_is_not_written(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        // Marcus Bell's old record, deactivated (the sample tenant also holds his active one).
        var marcus = Assert.Single(ps.Run(_sim.Connect(psa) + "Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'marcus.bell@contoso.com' -IncludeInactive").Objects<PsaContact>(), c => !c.Active);
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact", Linked(marcus, "marcus.bell@contoso.com", "+1 425 555 0911"));

        Assert.StartsWith("QuickpassPsa.LinkedContactInactive,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, _sim.Writes());
    }

    /// <summary>
    /// Round 54: Monday's rows, saved with Export-Clixml and piped on Thursday, wrote the account's old address back over the
    /// new one Wednesday's run had put on the contact. The row carries the contact as it was read; a field the update would
    /// write that the contact holds otherwise now is a newer change, and the row is refused.
    /// </summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_saved_row_does_not_write_an_old_value_back_over_a_change_made_on_the_contact_since(string psa)
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var saved = System.IO.Path.Combine(folder.Path, "monday.xml");
        var store = System.IO.Path.Combine(folder.Path, "decisions.json"); // links other tests stored for the connection are not this test's
        // Monday: the row as matched (account and contact agree), saved for later.
        ps.Run("$args[0] | Export-Clixml -Path $args[1] -Depth 6", Linked(natalie, "natalie.baker@contoso.com", natalie.MobilePhone), saved);
        // Wednesday: her address and mobile change, and the nightly run writes them.
        var nightly = ps.Run($"$args | Update-PsaContact -DecisionPath '{store}'", Linked(natalie, "natalie.miller@contoso.com", "+1 425 555 0999"));
        Assert.Equal(2, nightly.Objects<ContactChange>().Count(c => c.Applied));
        _sim.Sim.Requests.Clear();

        // Thursday: Monday's saved row.
        var result = ps.Run($"Import-Clixml -Path $args[0] | Update-PsaContact -DecisionPath '{store}'", saved);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactChangedSinceRow,", error.FullyQualifiedErrorId);
        Assert.Contains("natalie.miller@contoso.com", error.ErrorDetails.Message);
        Assert.Contains("the row read 'natalie.baker@contoso.com'", error.ErrorDetails.Message);
        Assert.Contains("nothing was written", error.ErrorDetails.Message);
        Assert.Contains("Find-PsaContactMatch again", error.ErrorDetails.RecommendedAction);
        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
        var stored = ReadBack(ps, natalie);
        Assert.Contains("natalie.miller@contoso.com", stored.Emails);
        Assert.True(PhoneNumbers.Same("+1 425 555 0999", stored.MobilePhone));
    }

    /// <summary>Only the fields the update writes count: a row whose contact changed elsewhere (its mobile) still gets its new address, and an old row of an unchanged contact is written.</summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_days_old_row_of_a_contact_unchanged_in_the_fields_it_writes_is_written_with_Before_as_the_PSA_holds_it(string psa)
    {
        using var folder = new TempFolder();
        using var ps = PowerShellHost.WithModule();
        var natalie = Contact(ps, psa, "natalie.baker@contoso.com");
        var saved = System.IO.Path.Combine(folder.Path, "monday.xml");
        var store = System.IO.Path.Combine(folder.Path, "decisions.json"); // links other tests stored for the connection are not this test's
        // The row read another mobile than the contact holds now, but it writes only the address (its mobile is the contact's).
        var stale = new PsaContact { Id = natalie.Id, Psa = psa, CompanyId = natalie.CompanyId, FirstName = natalie.FirstName, LastName = natalie.LastName, Emails = natalie.Emails, MobilePhone = "111 555 0000" };
        ps.Run("$args[0] | Export-Clixml -Path $args[1] -Depth 6", Linked(stale, "natalie.b@contoso.com", natalie.MobilePhone), saved);

        var result = ps.Run($"Import-Clixml -Path $args[0] | Update-PsaContact -DecisionPath '{store}'", saved);

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.Email, "natalie.baker@contoso.com", "natalie.b@contoso.com", true), (change.Field, change.Before, change.After, change.Applied));

        // The same stale row with a mobile to write: that field changed since the row was made, so the row is refused.
        var refused = ps.Run($"$args | Update-PsaContact -DecisionPath '{store}'", Linked(stale, "natalie.b@contoso.com", "+1 425 555 0999"));
        Assert.Contains("its mobile is '" + natalie.MobilePhone + "' now, the row read '111 555 0000'", Assert.Single(refused.Errors).ErrorDetails.Message);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_the_contact_already_has_in_a_second_slot_is_no_change(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        // Hannah Schmidt: hannah.schmidt82@gmail.com first, hannah.schmidt@contoso.com second.
        var hannah = Contact(ps, psa, "hannah.schmidt@contoso.com");
        _sim.Sim.Requests.Clear();

        var result = ps.Run("$args | Update-PsaContact -Verbose", Linked(hannah, "hannah.schmidt@contoso.com", null));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(new[] { "hannah.schmidt82@gmail.com", "hannah.schmidt@contoso.com" }, ReadBack(ps, hannah).Emails);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_work_address_is_added_beside_a_contacts_only_personal_address(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        // Round 58: Olivia Brennan's only address, olivia.brennan@gmail.com, was overwritten with her work address.
        var olivia = Contact(ps, psa, "olivia.brennan@gmail.com");
        using var folder = new TempFolder();

        var result = ps.Run($"$args | Update-PsaContact -DecisionPath '{System.IO.Path.Combine(folder.Path, "decisions.json")}'", Linked(olivia, "olivia.brennan@contoso.com", null));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.Email, (string?)null, "olivia.brennan@contoso.com", true), (change.Field, change.Before, change.After, change.Applied));
        Assert.Equal(new[] { "olivia.brennan@gmail.com", "olivia.brennan@contoso.com" }, ReadBack(ps, olivia).Emails);
    }

    /// <summary>The sample tenant with Olivia Brennan's Autotask contact holding these three addresses, one per slot.</summary>
    private void OliviaWithSlots(string first, string second, string third)
    {
        var seed = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var olivia = seed["autotask"]!["contacts"]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["emailAddress"] == "olivia.brennan@gmail.com");
        olivia["emailAddress"] = first;
        olivia["emailAddress2"] = second;
        olivia["emailAddress3"] = third;
        _sim.Sim.Reset();
        _sim.Sim.Seed(seed);
        _sim.Sim.Requests.Clear();
    }

    [Fact]
    public void Autotask_a_contact_with_a_personal_address_in_each_slot_is_refused_naming_them_and_nothing_is_written()
    {
        // Round 60b (a3): emailAddress3 was overwritten with the work address and the change's Before was empty.
        OliviaWithSlots("olivia.brennan@gmail.com", "obrennan@yahoo.com", "olivia.b@outlook.com");
        using var ps = PowerShellHost.WithModule();
        var olivia = Contact(ps, "Autotask", "olivia.brennan@gmail.com");
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        _sim.Sim.Requests.Clear();

        foreach (var whatIf in new[] { " -WhatIf", string.Empty })
        {
            var result = ps.Run($"$args | Update-PsaContact -DecisionPath '{store}'" + whatIf, Linked(olivia, "olivia.brennan@contoso.com", "+1 253 555 0999"));

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.ContactEmailSlotsFull,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
            Assert.Contains("emailAddress olivia.brennan@gmail.com, emailAddress2 obrennan@yahoo.com, emailAddress3 olivia.b@outlook.com", error.Exception.Message);
            Assert.Contains("olivia.brennan@contoso.com", error.Exception.Message);
            Assert.Contains("-ReplacePersonalEmail", error.ErrorDetails.RecommendedAction);
            Assert.Empty(result.Objects<ContactChange>()); // the row as a whole: the mobile is not written either
        }
        Assert.Equal(0, _sim.Writes());
        var stored = ReadBack(ps, olivia);
        Assert.Equal(new[] { "olivia.brennan@gmail.com", "obrennan@yahoo.com", "olivia.b@outlook.com" }, stored.Emails);
        Assert.Equal("+1 253 555 0122", stored.MobilePhone);
    }

    [Fact]
    public void Autotask_ReplacePersonalEmail_puts_the_work_address_in_the_third_slot_and_Before_shows_what_it_replaced()
    {
        OliviaWithSlots("olivia.brennan@gmail.com", "obrennan@yahoo.com", "olivia.b@outlook.com");
        using var ps = PowerShellHost.WithModule();
        var olivia = Contact(ps, "Autotask", "olivia.brennan@gmail.com");
        using var folder = new TempFolder();

        var result = ps.Run($"$args | Update-PsaContact -ReplacePersonalEmail -DecisionPath '{System.IO.Path.Combine(folder.Path, "decisions.json")}'", Linked(olivia, "olivia.brennan@contoso.com", null));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.Email, "olivia.b@outlook.com", "olivia.brennan@contoso.com", true), (change.Field, change.Before, change.After, change.Applied));
        var raw = ReadBack(ps, olivia).Raw!;
        Assert.Equal(("olivia.brennan@gmail.com", "obrennan@yahoo.com", "olivia.brennan@contoso.com"), ((string?)raw["emailAddress"], (string?)raw["emailAddress2"], (string?)raw["emailAddress3"]));
    }

    [Fact]
    public void Autotask_an_address_held_in_two_slots_gives_one_up_and_Before_shows_it()
    {
        OliviaWithSlots("olivia.brennan@gmail.com", "obrennan@yahoo.com", "Olivia.Brennan@gmail.com");
        using var ps = PowerShellHost.WithModule();
        var olivia = Contact(ps, "Autotask", "olivia.brennan@gmail.com");
        using var folder = new TempFolder();

        var result = ps.Run($"$args | Update-PsaContact -DecisionPath '{System.IO.Path.Combine(folder.Path, "decisions.json")}'", Linked(olivia, "olivia.brennan@contoso.com", null));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal("olivia.brennan@gmail.com", change.Before);
        var emails = ReadBack(ps, olivia).Emails;
        Assert.Equal(3, emails.Count);
        Assert.Contains("olivia.brennan@contoso.com", emails);
        Assert.Contains("obrennan@yahoo.com", emails);
        Assert.Contains(emails, e => e.Equals("olivia.brennan@gmail.com", System.StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_new_address_replaces_the_old_one_at_its_domain_and_keeps_the_personal_address_in_the_first_slot(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        // Hannah Schmidt: hannah.schmidt82@gmail.com first, hannah.schmidt@contoso.com second; she is now h.schmidt@contoso.com.
        var hannah = Contact(ps, psa, "hannah.schmidt@contoso.com");
        // An empty store of its own: other test classes keep links to the sample contacts in this process's default store.
        using var folder = new TempFolder();

        var result = ps.Run($"$args | Update-PsaContact -DecisionPath '{System.IO.Path.Combine(folder.Path, "decisions.json")}'", Linked(hannah, "h.schmidt@contoso.com", null));

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal((ContactField.Email, "hannah.schmidt@contoso.com", "h.schmidt@contoso.com", true), (change.Field, change.Before, change.After, change.Applied));
        Assert.Equal(new[] { "hannah.schmidt82@gmail.com", "h.schmidt@contoso.com" }, ReadBack(ps, hannah).Emails);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_address_at_a_new_domain_still_replaces_the_first_slot_when_it_holds_a_work_address(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var mark = Contact(ps, psa, "mark.campbell@contoso.com");
        using var folder = new TempFolder();

        var result = ps.Run($"$args | Update-PsaContact -DecisionPath '{System.IO.Path.Combine(folder.Path, "decisions.json")}'", Linked(mark, "mark.campbell@fabrikam.com", null));

        var change = Assert.Single(result.Objects<ContactChange>());
        Assert.Equal(("mark.campbell@contoso.com", "mark.campbell@fabrikam.com"), (change.Before, change.After));
        Assert.Equal("mark.campbell@fabrikam.com", ReadBack(ps, mark).Emails[0]);
    }
}
