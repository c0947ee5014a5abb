using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// New-PsaContact creates no contact for an account that is plainly no person (round 61a: a scheduled run would have created
/// "Veeam Service" and six "scan2email" contacts as people): QuickpassPsa.AccountNotAPerson, -WhatIf alike; -Force creates it.
/// </summary>
public class NewPsaContactNonPersonTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactNonPersonTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_service_account_and_a_scanner_mailbox_are_refused_and_Force_creates_them(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";
        var service = WriteTenant.Account("Veeam Backup", "svc-backup@contoso.com", first: "Veeam", last: "Backup");
        var scanner = WriteTenant.Account("Scan Email", "scan2email@contoso.com", first: "Scan", last: "Email");
        var person = WriteTenant.Account("Yan Ray", "yan.ray@contoso.com");
        ps.Run(_sim.Connect(psa));

        foreach (var whatIf in new[] { "-WhatIf", "" })
        {
            _sim.Sim.Requests.Clear();
            var result = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' " + store + " " + whatIf, service, scanner, person);

            Assert.Equal(2, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.AccountNotAPerson,", e.FullyQualifiedErrorId));
            Assert.Equal("svc-backup@contoso.com looks like a service account, not a person: no contact is created for it; pass -Force to create one anyway, or exclude it.",
                result.Errors[0].Exception.Message);
            Assert.Contains("a scanner, printer or fax mailbox", result.Errors[1].Exception.Message);
            Assert.Contains("-Force", result.Errors[0].ErrorDetails!.RecommendedAction);
            Assert.Equal(whatIf.Length == 0 ? 1 : 0, _sim.Writes());
        }

        _sim.Sim.Requests.Clear();
        var forced = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd' -Force " + store, service);

        Assert.Empty(forced.Errors);
        Assert.Equal(MatchStatus.Matched, Assert.Single(forced.Objects<ContactMatch>()).Status);
        Assert.Equal(1, _sim.Writes());
    }
}
