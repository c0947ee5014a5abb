using System.Linq;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// New-PsaContact after round 49's onboarding day: the rows of Find-PsaContactMatch are checked against the company's inactive
/// contacts, the refusals name the step for that one account (and the commands they name work as written), a hand link to an
/// inactive contact is an answer, and a created contact is told from a found one.
/// </summary>
public class NewPsaContactNextStepTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactNextStepTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    /// <summary>Tom Baker, back; his old contact "Thomas Baker" is inactive, has no email and has his mobile.</summary>
    private static Account Tom() => WriteTenant.Account("Tom Baker", "tom.baker@contoso.com", "+1 425 555 0402", "Tom", "Baker");

    private static Account Zed() => WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com");

    private static Account Lukasz() => WriteTenant.Account("Łukasz Nowak", "lukasz.nowak@contoso.com", "+48 22 555 0102", "Łukasz", "Nowak");

    private int Creates(string psa) => psa == "ConnectWise" ? _sim.Count("POST", "company/contacts") : _sim.Count("POST", "/Contacts");

    /// <summary>Full reads of the company's contacts (not one account's lookup by address).</summary>
    private int CompanyReads(string psa) => psa == "ConnectWise"
        ? _sim.Sim.Requests.Entries().Count(e => e.Method == "GET" && e.Path.EndsWith("company/contacts", System.StringComparison.OrdinalIgnoreCase) &&
                                                 !e.Query.Contains("childConditions", System.StringComparison.OrdinalIgnoreCase))
        : _sim.Sim.Requests.Entries().Count(e => e.Method == "POST" && e.Path.EndsWith("Contacts/query", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>The sample tenant with Thomas Baker (inactive, no email, Tom's mobile) added to Contoso Ltd.</summary>
    private void SeedThomas(string psa)
    {
        var tenant = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var contacts = tenant[psa == "ConnectWise" ? "connectWise" : "autotask"]!["contacts"]!.AsArray();
        if (psa == "ConnectWise")
        {
            contacts.Add(new JsonObject
            {
                ["id"] = 9100, ["firstName"] = "Thomas", ["lastName"] = "Baker", ["company"] = new JsonObject { ["id"] = 19297 }, ["inactiveFlag"] = true,
                ["communicationItems"] = new JsonArray(new JsonObject { ["type"] = new JsonObject { ["id"] = 4, ["name"] = "Cell" }, ["value"] = "+1 425 555 0402", ["defaultFlag"] = true }),
            });
        }
        else
        {
            contacts.Add(new JsonObject
            {
                ["id"] = 39100000, ["companyID"] = 29683506, ["firstName"] = "Thomas", ["lastName"] = "Baker", ["mobilePhone"] = "+1 425 555 0402", ["isActive"] = 0,
            });
        }
        _sim.Sim.Reset();
        _sim.Sim.Seed((JsonObject)tenant);
        _sim.Sim.Requests.Clear();
    }

    /// <summary>The Set-PsaContactMatch command a message names, with its placeholder for the input replaced by a variable.</summary>
    private static string CommandIn(string message, string placeholder, string variable, bool exclude)
    {
        var at = 0;
        while (true)
        {
            at = message.IndexOf(placeholder, at, System.StringComparison.Ordinal);
            Assert.True(at >= 0, "No command with " + placeholder + (exclude ? " and -Exclude" : string.Empty) + " in: " + message);
            var end = message.IndexOf(". ", at, System.StringComparison.Ordinal);
            var command = end < 0 ? message.Substring(at).TrimEnd('.') : message.Substring(at, end - at);
            if (command.EndsWith(" -Exclude", System.StringComparison.Ordinal) == exclude) return variable + command.Substring(placeholder.Length);
            at += placeholder.Length;
        }
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Example_1_without_IncludeInactive_gives_a_returning_employee_no_twin_and_the_exclusion_it_names_lets_the_next_run_create(string psa)
    {
        // Round 49b, repro-01: Find-PsaContactMatch without -IncludeInactive does not read "Thomas Baker", so Tom's row is
        // Unmatched, and New-PsaContact looked the row up by email only: a second contact was created.
        SeedThomas(psa);
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var find = _sim.Connect(psa) + "$global:rows = @($args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' " + store + " | Where-Object Status -eq Unmatched)";
        var example1 = "$global:rows | New-PsaContact -CompanyName 'Contoso Ltd' " + store;
        ps.Run(find, Tom(), Zed());
        _sim.Sim.Requests.Clear();

        var result = ps.Run(example1);
        var reads = CompanyReads(psa);

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", error.FullyQualifiedErrorId);
        Assert.IsType<ContactMatch>(error.TargetObject);
        var thomas = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -IncludeInactive").Objects<PsaContact>(), c => c.FirstName == "Thomas");
        var message = error.Exception.Message;
        Assert.Contains("the inactive contact Thomas Baker [" + thomas.Id + "]", message);
        // The candidate is inactive: Find-PsaContactMatch shows it only with -IncludeInactive (repro-04).
        Assert.Contains("Review it with Find-PsaContactMatch -IncludeInactive.", message);
        Assert.Contains("Find-PsaContactMatch -IncludeInactive", error.ErrorDetails.RecommendedAction);
        // Zed is created; one read of the company's contacts served both rows.
        Assert.Equal("zed.quinn@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Account.Email);
        Assert.Equal(1, Creates(psa));
        // One read of the company (on Autotask the log cannot tell it from the PSA-wide lookup of the run's addresses, round 60b,
        // nor from the lookup of Zed's address under the create lock, round 61b).
        Assert.Equal(psa == "ConnectWise" ? 1 : 3, reads);
        Assert.Empty(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'tom.baker@contoso.com' -IncludeInactive").Objects<PsaContact>());

        // The exclusion the message names, run as written on the same rows, lets the next run create Tom's contact.
        var exclude = CommandIn(message, "<your Find-PsaContactMatch rows>", "$rows", exclude: true);
        Assert.Contains("-ContactId " + thomas.Id + " -CompanyId " + thomas.CompanyId + " -Exclude", exclude);
        var excluded = ps.Run(_sim.Connect(psa) + "$rows = @($args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' " + store + ")\n" +
                              exclude + " " + store + " -Confirm:$false", Tom());
        Assert.Empty(excluded.Errors);
        _sim.Sim.Requests.Clear();

        ps.Run(find, Tom());
        var again = ps.Run(example1);

        Assert.Empty(again.Errors);
        var created = Assert.Single(again.Objects<ContactMatch>());
        Assert.Equal(("Tom", "Baker", MatchReason.ContactCreated), (created.Contact!.FirstName, created.Contact.LastName, created.Reason));
        Assert.Equal(1, Creates(psa));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_row_with_Force_is_created_beside_an_inactive_namesake(string psa)
    {
        SeedThomas(psa);
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var result = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' -Force -DecisionPath '" +
                            System.IO.Path.Combine(folder.Path, "decisions.json") + "'", new ContactMatch(Tom()));

        Assert.Empty(result.Errors);
        Assert.Equal(MatchReason.ContactCreated, Assert.Single(result.Objects<ContactMatch>()).Reason);
        Assert.Equal(1, Creates(psa));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void ContactMayExist_names_the_link_and_the_exclusion_for_this_account_and_both_work_as_written(string psa)
    {
        // Round 49b, repro-03: "if it is not this person, pass -Force" made the whole file's rerun create a twin for every other
        // refused account (9 on the day).
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var nowak = Assert.Single(ps.Run(_sim.Connect(psa) + "Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>(), c => c.LastName == "Nowak");

        var refused = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, Lukasz());

        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("QuickpassPsa.ContactMayExist,", error.FullyQualifiedErrorId);
        var message = error.Exception.Message;
        Assert.Contains("Review it with Find-PsaContactMatch.", message); // an active candidate: no -IncludeInactive needed
        Assert.DoesNotContain("pass -Force", message);
        Assert.Contains("-Force creates a contact for every account piped in", message);
        Assert.Contains("only on a run of this account alone", message);
        Assert.Contains("-ContactId " + nowak.Id.Trim(), error.ErrorDetails.RecommendedAction);
        var link = CommandIn(message, "<your accounts>", "$accounts", exclude: false);
        var exclude = CommandIn(message, "<your accounts>", "$accounts", exclude: true);
        Assert.Equal("$accounts | Where-Object Email -eq 'lukasz.nowak@contoso.com' | Set-PsaContactMatch -ContactId " + nowak.Id.Trim() + " -CompanyId " + nowak.CompanyId, link);

        // The link, as written: the next run returns the contact (StoredDecision) and creates nothing.
        ps.Run("$accounts = $args\n" + link + " " + store + " -Confirm:$false", Lukasz(), Zed());
        var linked = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, Lukasz());
        Assert.Empty(linked.Errors);
        var row = Assert.Single(linked.Objects<ContactMatch>());
        Assert.Equal((nowak.Id, MatchReason.StoredDecision), (row.Contact!.Id, row.Reason));
        Assert.Equal(0, Creates(psa));

        // The exclusion, as written (it replaces the link of the same pair): the next run creates the account's contact.
        ps.Run("$accounts = $args\n" + exclude + " " + store + " -Confirm:$false", Lukasz(), Zed());
        var created = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, Lukasz());
        Assert.Empty(created.Errors);
        Assert.Equal(MatchReason.ContactCreated, Assert.Single(created.Objects<ContactMatch>()).Reason);
        Assert.Equal(1, Creates(psa));
    }

    /// <summary>The sample tenant with Mark Campbell's contact (mark.campbell@contoso.com) made inactive; returns its id.</summary>
    private string DeactivateMark(string psa)
    {
        var tenant = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var contacts = tenant[psa == "ConnectWise" ? "connectWise" : "autotask"]!["contacts"]!.AsArray();
        var mark = contacts.First(c => c!.ToJsonString().Contains("mark.campbell@contoso.com"))!;
        if (psa == "ConnectWise") mark["inactiveFlag"] = true;
        else mark["isActive"] = 0;
        _sim.Sim.Reset();
        _sim.Sim.Seed((JsonObject)tenant);
        _sim.Sim.Requests.Clear();
        return mark["id"]!.ToString();
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void ContactInactive_says_to_reactivate_or_exclude_and_the_exclusion_as_written_lets_the_next_run_create(string psa)
    {
        // Round 49b, repro-05: the message named the contact, not the next step.
        var id = DeactivateMark(psa);
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var mark = WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com");

        var refused = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, mark);

        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("QuickpassPsa.ContactInactive,", error.FullyQualifiedErrorId);
        Assert.Contains("reactivate the contact in the PSA: the next run links it", error.Exception.Message);
        Assert.Contains("Reactivate the contact in the PSA", error.ErrorDetails.RecommendedAction);
        var exclude = CommandIn(error.Exception.Message, "<your accounts>", "$accounts", exclude: true);
        Assert.Contains("-ContactId " + id + " ", exclude);
        Assert.Equal(0, _sim.Writes());

        ps.Run("$accounts = $args\n" + exclude + " " + store + " -Confirm:$false", mark);
        var created = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, mark);

        Assert.Empty(created.Errors);
        var row = Assert.Single(created.Objects<ContactMatch>());
        Assert.NotEqual(id, row.Contact!.Id);
        Assert.Equal(MatchReason.ContactCreated, row.Reason);
        Assert.Equal(1, Creates(psa));
    }

    [Theory]
    [InlineData("ConnectWise", false)]
    [InlineData("Autotask", false)]
    [InlineData("ConnectWise", true)]
    public void An_account_linked_by_hand_to_an_inactive_contact_gets_it_with_a_warning_on_every_run(string psa, bool asRow)
    {
        // Round 49b, repro-05: after Set-PsaContactMatch -ContactId to the inactive contact, every run was the same ContactInactive error.
        var id = DeactivateMark(psa);
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var mark = WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com");
        var company = psa == "ConnectWise" ? "19297" : "29683506";
        ps.Run(_sim.Connect(psa) + "Set-PsaContactMatch -Account $args[0] -ContactId " + id + " -CompanyId " + company + " " + store + " -Confirm:$false", mark);
        object input = asRow ? new ContactMatch(mark) : mark;

        for (var run = 0; run < 2; run++)
        {
            var result = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, input);

            Assert.Empty(result.Errors);
            var row = Assert.Single(result.Objects<ContactMatch>());
            Assert.Equal((MatchStatus.Matched, id, MatchReason.StoredDecision), (row.Status, row.Contact!.Id, row.Reason));
            var warning = Assert.Single(result.Warnings, w => w.Contains("inactive in the PSA", System.StringComparison.Ordinal));
            Assert.Contains("Reactivate it in the PSA", warning);
            Assert.Equal(0, _sim.Writes());
        }
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_created_contact_says_ContactCreated_and_a_found_one_how_it_was_found(string psa)
    {
        // Round 49b, repro-06: 23 created and 46 found all read Matched, EmailPrimary.
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";

        var first = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store,
            Zed(), WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com"));

        Assert.Empty(first.Errors);
        var reasons = first.Objects<ContactMatch>().ToDictionary(m => m.Account.Email!, m => (m.Status, m.Reason, string.Join(",", m.Reasons), m.Candidates.Single().Reasons.Single()));
        Assert.Equal((MatchStatus.Matched, MatchReason.ContactCreated, "ContactCreated", MatchReason.ContactCreated), reasons["zed.quinn@contoso.com"]);
        Assert.Equal((MatchStatus.Matched, MatchReason.EmailPrimary, "EmailPrimary", MatchReason.EmailPrimary), reasons["mark.campbell@contoso.com"]);

        // The next run finds both by their stored links.
        var second = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store, Zed(), WriteTenant.Account("Mark Campbell", "mark.campbell@contoso.com"));
        Assert.All(second.Objects<ContactMatch>(), m => Assert.Equal(MatchReason.StoredDecision, m.Reason));
    }
}
