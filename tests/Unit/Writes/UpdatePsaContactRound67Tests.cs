using System;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 67a (u2.ps1, u6.ps1, u7.ps1; u4.ps1 is UpdatePsaContactSyncTests' Kate Bell and WriteCoreTests): -WhatIf sees the addresses earlier rows of the run release and take, an address handed on from
/// one active person's contact to another's is said, and ConnectWise extensions are read and written alike. Read back over HTTP.
/// </summary>
public class UpdatePsaContactRound67Tests : IClassFixture<AcmeTenant>, IDisposable
{
    private readonly AcmeTenant _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public UpdatePsaContactRound67Tests(AcmeTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
        _store = System.IO.Path.Combine(_folder.Path, "decisions.json");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>An account whose UPN is its old address: the contact's address is its own, so no "not known to have had" warning.</summary>
    private static Account Account(string first, string last, string email, string? was = null, string? mobile = null) => new()
    {
        Id = Guid.NewGuid().ToString(), FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email, UserPrincipalName = was ?? email,
        MobilePhone = mobile, Source = AccountSource.CsvFile, Customer = "Acme Corp",
    };

    private PsResult Update(PowerShellHost ps, string parameters, params ContactMatch[] rows) =>
        ps.Run($"$args | Update-PsaContact -DecisionPath '{_store}' -Confirm:$false {parameters}", rows.Cast<object>().ToArray());

    // ---------------------------------------------------------------- 4. addresses handed on within one run

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void WhatIf_shows_what_the_real_run_does_when_an_earlier_row_releases_the_address_and_the_hand_over_is_said(string psa)
    {
        // u2.ps1 "chain": Ann Cole leaves ann.cole@ for ann.c@; then Lia Ford takes ann.cole@. -WhatIf refused Lia's row, the real run wrote both.
        using var ps = PowerShellHost.WithModule();
        var ann = _sim.Contact(ps, psa, 2);
        var lia = _sim.Contact(ps, psa, 5);
        var rows = new[] { AcmeTenant.Linked(Account("Ann", "Cole", "ann.c@acme.com", "ann.cole@acme.com"), ann), AcmeTenant.Linked(Account("Lia", "Ford", "ann.cole@acme.com", "lia.ford@acme.com"), lia) };

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            Assert.Empty(result.Errors);
            Assert.Equal([(ann.Id, "ann.cole@acme.com", "ann.c@acme.com"), (lia.Id, "lia.ford@acme.com", "ann.cole@acme.com")],
                result.Objects<ContactChange>().Select(c => (c.ContactId, c.Before, c.After)).ToArray());
            Assert.All(result.Objects<ContactChange>(), c => Assert.Equal(whatIf.Length == 0, c.Applied));
            // Handed on from one active person's contact to another's: said, as for an inactive holder.
            var warning = Assert.Single(result.Warnings);
            Assert.StartsWith("For Lia Ford <ann.cole@acme.com>: the address ann.cole@acme.com was on the active contact Ann Cole [" + ann.Id + "]", warning);
            Assert.Contains(whatIf.Length == 0 ? "an earlier row of this run replaced it there" : "an earlier row of this run would replace it there", warning);
            Assert.Contains("it is written to Lia Ford [" + lia.Id + "]", warning);
            Assert.Contains("handed on", warning);
        }
        Assert.Equal(["ann.c@acme.com"], _sim.Contact(ps, psa, 2).Emails);
        Assert.Equal(["ann.cole@acme.com"], _sim.Contact(ps, psa, 5).Emails);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void The_other_order_is_refused_alike_under_WhatIf_and_for_real_as_the_address_is_still_held(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var ann = _sim.Contact(ps, psa, 2);
        var lia = _sim.Contact(ps, psa, 5);
        var rows = new[] { AcmeTenant.Linked(Account("Lia", "Ford", "ann.cole@acme.com", "lia.ford@acme.com"), lia), AcmeTenant.Linked(Account("Ann", "Cole", "ann.c@acme.com", "ann.cole@acme.com"), ann) };

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.AddressHeldByOtherContact,", error.FullyQualifiedErrorId);
            Assert.Same(rows[0], error.TargetObject);
            Assert.Equal(ann.Id, Assert.Single(result.Objects<ContactChange>()).ContactId);
            Assert.Empty(result.Warnings);
        }
        Assert.Equal(["lia.ford@acme.com"], _sim.Contact(ps, psa, 5).Emails);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Under_WhatIf_an_address_an_earlier_row_would_take_is_refused_for_a_later_row_as_in_the_real_run(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var ann = _sim.Contact(ps, psa, 2);
        var lia = _sim.Contact(ps, psa, 5);
        var pam = _sim.Contact(ps, psa, 17);
        // Ann's row releases ann.cole@; Lia's takes it; Pam's wants it too: held by Lia's contact now.
        var rows = new[]
        {
            AcmeTenant.Linked(Account("Ann", "Cole", "ann.c@acme.com", "ann.cole@acme.com"), ann), AcmeTenant.Linked(Account("Lia", "Ford", "ann.cole@acme.com", "lia.ford@acme.com"), lia),
            AcmeTenant.Linked(Account("Pam", "Reed", "ann.cole@acme.com", "pam.reed@acme.com"), pam),
        };

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var result = Update(ps, whatIf, rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.AddressHeldByOtherContact,", error.FullyQualifiedErrorId);
            Assert.Same(rows[2], error.TargetObject);
            Assert.Contains("Lia Ford [" + lia.Id + "]", error.Exception.Message);
            Assert.Contains("an earlier row of this run", error.Exception.Message);
            Assert.Equal(2, result.Objects<ContactChange>().Count);
        }
        Assert.Equal(["pam.reed@acme.com"], _sim.Contact(ps, psa, 17).Emails);
    }

    // ---------------------------------------------------------------- 8. ConnectWise extensions

    [Theory]
    [InlineData("tel:+1-206-555-0203;ext=12", "+1-206-555-0203", "12")]
    [InlineData("+1 206 555 0203 x123456789012345", "+1 206 555 0203", "123456789012345")]
    [InlineData("+1 206 555 0203 ext.12 (desk)", "+1 206 555 0203 (desk)", "12")]
    [InlineData("+1 206 555 0203 extension: 12", "+1 206 555 0203", "12")]
    public void ConnectWise_an_extension_however_written_goes_into_the_extension_field_and_a_rerun_changes_nothing(string mobile, string value, string extension)
    {
        using var ps = PowerShellHost.WithModule();
        var eve = _sim.Contact(ps, "ConnectWise", 3);
        var account = Account("Eve", "Dunn", "eve.dunn@acme.com", mobile: mobile);

        var result = Update(ps, string.Empty, AcmeTenant.Linked(account, eve));

        Assert.Empty(result.Errors);
        Assert.Equal(("+1 206 555 0203 x5", mobile, true), result.Objects<ContactChange>().Select(c => (c.Before, c.After, c.Applied)).Single());
        Assert.Equal(new (string?, string?, bool)[] { (value, extension, true) }, _sim.Items("2003", "Phone"));
        _sim.Sim.Requests.Clear();
        var again = Update(ps, string.Empty, AcmeTenant.Linked(account, _sim.Contact(ps, "ConnectWise", 3)));
        Assert.Empty(again.Errors);
        Assert.Empty(again.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
    }

    [Theory]
    [InlineData("+1 206 555 0203 ext. 7 ext. 9", "has two extensions (7 and 9)")]
    [InlineData("+1 206 555 0203 ext. 12345678901234567", "has 17 digits; ConnectWise's extension field holds at most 15")]
    public void ConnectWise_two_extensions_or_one_longer_than_the_field_are_refused_under_WhatIf_too_and_nothing_is_written(string mobile, string said)
    {
        using var ps = PowerShellHost.WithModule();
        var eve = _sim.Contact(ps, "ConnectWise", 3);
        _sim.Sim.Requests.Clear();

        foreach (var whatIf in new[] { "-WhatIf", string.Empty })
        {
            var error = Assert.Single(Update(ps, whatIf, AcmeTenant.Linked(Account("Eve", "Dunn", "eve.d@acme.com", "eve.dunn@acme.com", mobile), eve)).Errors);

            Assert.StartsWith("QuickpassPsa.ContactValueInvalid,", error.FullyQualifiedErrorId);
            Assert.Contains(said, error.Exception.Message);
            Assert.Contains("nothing was sent", error.Exception.Message);
        }
        Assert.Equal(0, _sim.Writes());
        Assert.Equal(new (string?, string?, bool)[] { ("+1 206 555 0203", "5", true) }, _sim.Items("2003", "Phone"));
        Assert.Equal(["eve.dunn@acme.com"], _sim.Contact(ps, "ConnectWise", 3).Emails);
    }

    [Fact]
    public void ConnectWise_the_same_number_with_the_first_of_two_extensions_already_on_the_contact_is_no_change()
    {
        using var ps = PowerShellHost.WithModule();
        var eve = _sim.Contact(ps, "ConnectWise", 3);
        _sim.Sim.Requests.Clear();

        var result = Update(ps, string.Empty, AcmeTenant.Linked(Account("Eve", "Dunn", "eve.dunn@acme.com", mobile: "+1 206 555 0203 ext. 5 ext. 7"), eve));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Objects<ContactChange>());
        Assert.Equal(0, _sim.Writes());
    }
}
