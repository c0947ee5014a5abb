using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Writes;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Round 59: a link made with Set-PsaContactMatch -ContactId (the id not among the row's candidates) was stored without the
/// contact's name, so when the PSA record was later reused for someone else, Find-PsaContactMatch and New-PsaContact kept the
/// account Matched to the new person without a word. Now the contact is read so the link keeps its name, and a link stored
/// without one (older stores) is judged by the account's own names and addresses.
/// </summary>
public class HandLinkNameTests : IClassFixture<WriteTenant>
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json");

    private readonly WriteTenant _sim;

    public HandLinkNameTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private static Account Natalie() => new()
    {
        Id = "natalie-1", UserPrincipalName = "natalie.baker@contoso.com", Email = "natalie.baker@contoso.com", FirstName = "Natalie", LastName = "Baker",
        DisplayName = "Natalie Baker", Customer = "Contoso Ltd", Source = AccountSource.CsvFile,
    };

    private PsaContact NataliesContact(PowerShellHost ps, string psa) =>
        Assert.Single(ps.Run(_sim.Connect(psa) + "Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com'").Objects<PsaContact>());

    /// <summary>The same PSA records, ids and all, with Natalie Baker's contact reused for Gretchen Schwartz (names and address).</summary>
    private void ReuseNataliesContact()
    {
        var text = File.ReadAllText(SamplePath)
            .Replace("\"firstName\": \"Natalie\", \"lastName\": \"Baker\"", "\"firstName\": \"Gretchen\", \"lastName\": \"Schwartz\"")
            .Replace("natalie.baker@contoso.com", "gretchen.schwartz@contoso.com");
        Assert.Contains("Gretchen", text);
        _sim.Sim.Reset();
        _sim.Sim.Seed((JsonObject)JsonNode.Parse(text)!);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_link_by_id_alone_reads_the_contact_and_keeps_its_name_and_company(string psa)
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var contact = NataliesContact(ps, psa);
        // A row that does not carry the contact: Unmatched, no candidates, no company.
        var row = new ContactMatch(Natalie()) { Status = MatchStatus.Unmatched };

        var byAccount = ps.Run($"$args[0] | Set-PsaContactMatch -ContactId {contact.Id} -CompanyId {contact.CompanyId} -DecisionPath '{store}' -PassThru", Natalie());
        var byRow = ps.Run($"$args[0] | Set-PsaContactMatch -ContactId {contact.Id} -DecisionPath '{store}' -PassThru -WarningAction SilentlyContinue", row);

        Assert.Empty(byAccount.Errors);
        Assert.Equal((contact.Id, "Natalie Baker"), (Assert.Single(byAccount.Objects<ContactMatchDecision>()).ContactId, Assert.Single(byAccount.Objects<ContactMatchDecision>()).ContactName));
        Assert.Empty(byRow.Errors);
        var fromRow = Assert.Single(byRow.Objects<ContactMatchDecision>());
        Assert.Equal(("Natalie Baker", contact.CompanyId), (fromRow.ContactName, fromRow.CompanyId)); // the company comes from the contact read
        Assert.Equal("Natalie Baker", Assert.Single(new DecisionStore(store).Read()).ContactName);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_link_to_an_id_the_PSA_does_not_have_is_refused_and_an_exclusion_of_it_is_stored(string psa)
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var contact = NataliesContact(ps, psa);

        var link = ps.Run($"$args[0] | Set-PsaContactMatch -ContactId 987654 -CompanyId {contact.CompanyId} -DecisionPath '{store}'", Natalie());
        Assert.False(File.Exists(store));
        var exclude = ps.Run($"$args[0] | Set-PsaContactMatch -ContactId 987654 -CompanyId {contact.CompanyId} -Exclude -DecisionPath '{store}'", Natalie());

        var error = Assert.Single(link.Errors);
        Assert.StartsWith("QuickpassPsa.DecisionContactNotFound,", error.FullyQualifiedErrorId);
        Assert.Contains("no contact 987654", error.Exception.Message);
        Assert.Contains("Nothing was saved", error.Exception.Message);
        Assert.Contains("Get-PsaContact", error.ErrorDetails.RecommendedAction);
        Assert.Empty(exclude.Errors);
        Assert.Equal(MatchDecisionKind.Excluded, Assert.Single(new DecisionStore(store).Read()).DecisionKind);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_link_made_by_id_is_passed_over_with_a_warning_once_its_record_is_reused_for_someone_else(string psa)
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var contact = NataliesContact(ps, psa);
        ps.Run($"$args[0] | Set-PsaContactMatch -ContactId {contact.Id} -CompanyId {contact.CompanyId} -DecisionPath '{store}'", Natalie());
        ReuseNataliesContact();

        var find = ps.Run($"$args[0] | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", Natalie());

        var row = Assert.Single(find.Objects<ContactMatch>());
        Assert.NotEqual(MatchStatus.Matched, row.Status);
        Assert.Contains("which was Natalie Baker when the link was made and is now Gretchen Schwartz", Assert.Single(find.Warnings));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_link_stored_without_a_name_is_judged_by_the_account_and_passed_over_when_the_record_names_another_person(string psa)
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var contact = NataliesContact(ps, psa);
        // An older store: the link by id alone, with no contact name.
        new DecisionStore(store).Save(new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, contact.CompanyId!, contact.Id, "natalie.baker@contoso.com", "natalie.baker@contoso.com", "natalie-1") });

        var before = ps.Run($"$args[0] | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", Natalie());
        Assert.Equal(MatchStatus.Matched, Assert.Single(before.Objects<ContactMatch>()).Status); // still her record: the link stands
        Assert.Empty(before.Warnings);

        ReuseNataliesContact();
        var one = ps.Run($"$args[0] | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", Natalie());
        var all = ps.Run($"Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId {contact.CompanyId} -DecisionPath '{store}'\n" +
                         $"$args[0] | Find-PsaContactMatch -DecisionPath '{store}'", Natalie());
        var create = ps.Run($"$args[0] | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}' -WhatIf", Natalie());

        foreach (var find in new[] { one, all })
        {
            Assert.Empty(find.Errors);
            var row = Assert.Single(find.Objects<ContactMatch>());
            Assert.NotEqual(MatchStatus.Matched, row.Status);
            var warning = Assert.Single(find.Warnings);
            Assert.Contains("points to contact [" + contact.Id + "], stored without the contact's name", warning);
            Assert.Contains("is now Gretchen Schwartz", warning);
            Assert.Contains("reused for someone else", warning);
        }
        Assert.DoesNotContain(create.Objects<ContactMatch>(), m => m.Status == MatchStatus.Matched && m.Reasons.Contains(MatchReason.StoredDecision));
        var passedOver = Assert.Single(create.Warnings, w => w.Contains("stored without the contact's name"));
        Assert.Contains("handled as if it had no link", passedOver);
        Assert.Single(new DecisionStore(store).Read()); // the decision is kept for a person to look at
    }
}
