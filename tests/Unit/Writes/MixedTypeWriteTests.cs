using System;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 67a (u9.ps1, u10.ps1): a 'Mobile' type with the email and the phone flag (MixedFlags) beside a clean 'Cell'. Update-PsaContact
/// filed each new mobile under 'Mobile', ConnectWise stored it as an email, the module never read it back as the mobile, and every run
/// added another item. A type of two kinds is never picked, by Update-PsaContact or New-PsaContact: the clean Cell or Mobile is, else
/// the row (the run) is refused with the MixedFlags advice. Read back from the simulator over HTTP.
/// </summary>
public class MixedTypeWriteTests : IClassFixture<AcmeTenant>, IDisposable
{
    private const string MixedMobileAndCell = """
        [ { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true },
          { "id": 2, "description": "Direct", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": true },
          { "id": 3, "description": "Mobile", "emailFlag": true, "phoneFlag": true, "faxFlag": false, "defaultFlag": false },
          { "id": 7, "description": "Cell", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": false } ]
        """;

    private const string MixedMobileOnly = """
        [ { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true },
          { "id": 2, "description": "Direct", "emailFlag": false, "phoneFlag": true, "faxFlag": false, "defaultFlag": true },
          { "id": 3, "description": "Mobile", "emailFlag": true, "phoneFlag": true, "faxFlag": false, "defaultFlag": false } ]
        """;

    private readonly AcmeTenant _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public MixedTypeWriteTests(AcmeTenant sim)
    {
        _sim = sim;
        _store = System.IO.Path.Combine(_folder.Path, "decisions.json");
    }

    public void Dispose()
    {
        _sim.Fresh();
        _folder.Dispose();
    }

    private static Account Account(string first, string last, string? email, string? mobile = null) => new()
    {
        Id = email, FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email, UserPrincipalName = email, MobilePhone = mobile,
        Source = AccountSource.CsvFile, Customer = "Acme Corp",
    };

    private PsaContact Contact(PowerShellHost ps, int n) =>
        Assert.Single(ps.Run(_sim.Connect("ConnectWise") + $"Get-PsaContact -CompanyId '{AcmeTenant.CwCompany}' -IncludeInactive").Objects<PsaContact>(), c => c.Id == AcmeTenant.Id("ConnectWise", n));

    private static ContactMatch Linked(Account account, PsaContact contact)
    {
        var row = LinkedMatch.Create(account, contact);
        row.Status = MatchStatus.Matched;
        row.CompanyId = contact.CompanyId;
        return row;
    }

    private PsResult Update(PowerShellHost ps, string parameters, params ContactMatch[] rows) =>
        ps.Run($"$args | Update-PsaContact -DecisionPath '{_store}' -Confirm:$false {parameters}", rows.Cast<object>().ToArray());

    [Fact]
    public void Update_files_a_new_mobile_under_the_clean_Cell_and_a_rerun_changes_nothing()
    {
        _sim.Fresh(MixedMobileAndCell);
        using var ps = PowerShellHost.WithModule();
        var vi = Contact(ps, 16);
        var account = Account("Vi", "Quon", "vi.quon@acme.com", "+1 206 555 0216");

        var result = Update(ps, string.Empty, Linked(account, vi));

        Assert.Empty(result.Errors);
        Assert.True(Assert.Single(result.Objects<ContactChange>()).Applied);
        Assert.Equal(new (string?, string?, string?)[] { ("Email", "Email", "vi.quon@acme.com"), ("Cell", "Phone", "+1 206 555 0216") }, _sim.AllItems("2016"));
        var after = Contact(ps, 16);
        Assert.Equal("+1 206 555 0216", after.MobilePhone);
        Assert.Equal(["vi.quon@acme.com"], after.Emails);

        // u10.ps1: every run added another item; now the second run finds the number and writes nothing.
        _sim.Sim.Requests.Clear();
        var again = Update(ps, string.Empty, Linked(account, after));
        Assert.Empty(again.Errors);
        Assert.Empty(again.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(2, _sim.AllItems("2016").Length);
    }

    [Fact]
    public void Update_with_only_a_Mobile_of_two_kinds_refuses_the_row_under_WhatIf_too_with_the_MixedFlags_advice_and_writes_nothing_of_it()
    {
        _sim.Fresh(MixedMobileOnly);
        using var ps = PowerShellHost.WithModule();
        var vi = Contact(ps, 16);
        var pam = Contact(ps, 17);
        _sim.Sim.Requests.Clear();
        var rows = new[] { Linked(Account("Vi", "Quon", "vi.q@acme.com", "+1 206 555 0216"), vi), Linked(Account("Pam", "Reed", "pam.reed2@acme.com"), pam) };

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.CommunicationTypeNotFound,", error.FullyQualifiedErrorId);
            Assert.Same(rows[0], error.TargetObject);
            Assert.StartsWith("For Vi Quon <vi.q@acme.com>", error.ErrorDetails.Message);
            Assert.Contains("'Mobile' (id 3)", error.Exception.Message);
            Assert.Contains("email and the phone flags", error.Exception.Message);
            Assert.Contains("MixedFlags", error.Exception.Message);
            Assert.Contains("Nothing was written for this row", error.Exception.Message);
            Assert.Contains("Test-CwCommunicationType", error.ErrorDetails.RecommendedAction);
            // The other row goes on.
            Assert.Equal(pam.Id, Assert.Single(result.Objects<ContactChange>()).ContactId);
        }
        // Nothing of Vi's row, its address included.
        Assert.Equal(new (string?, string?, string?)[] { ("Email", "Email", "vi.quon@acme.com") }, _sim.AllItems("2016"));
        Assert.Equal(1, _sim.Writes());
    }

    [Fact]
    public void New_PsaContact_files_the_mobile_under_the_clean_Cell_without_a_warning()
    {
        _sim.Fresh(MixedMobileAndCell);
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));

        var result = ps.Run($"$args | New-PsaContact -CompanyId '{AcmeTenant.CwCompany}' -DecisionPath '{_store}' -Confirm:$false",
            Account("Ned", "Vale", "ned.vale@acme.com", "+1 206 555 0230"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var created = Assert.Single(result.Objects<ContactMatch>()).Contact!;
        Assert.Equal(new (string?, string?, string?)[] { ("Email", "Email", "ned.vale@acme.com"), ("Cell", "Phone", "+1 206 555 0230") }, _sim.AllItems(created.Id));
        Assert.Equal("+1 206 555 0230", created.MobilePhone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-MobileType 'Mobile'")]
    public void New_PsaContact_with_only_a_Mobile_of_two_kinds_stops_with_the_MixedFlags_advice_and_creates_nothing(string parameter)
    {
        _sim.Fresh(MixedMobileOnly);
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));
        _sim.Sim.Requests.Clear();

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = ps.Run($"$args | New-PsaContact -CompanyId '{AcmeTenant.CwCompany}' -DecisionPath '{_store}' -Confirm:$false {parameter} {whatIf}",
                Account("Ned", "Vale", "ned.vale@acme.com", "+1 206 555 0230"));

            var error = result.TerminatingError;
            Assert.NotNull(error);
            Assert.StartsWith("QuickpassPsa.CommunicationTypeNotFound,", error!.FullyQualifiedErrorId);
            Assert.Contains("'Mobile' (id 3)", error.Exception.Message);
            Assert.Contains("MixedFlags", error.Exception.Message);
        }
        Assert.Equal(0, _sim.Writes());
    }
}
